/* lint_years.h — the lint that finds dates left over from last year's copy of a rule file:
 * a date or a "năm YYYY" in the index's or a node's title or a deadline's task, and a date in
 * a scale's description (its `due`), that belongs to neither the index year nor the next (a
 * deadline's due date: rules_lint.c).  A scale's date may also fall in the last month of the
 * year before (a plan for the year is issued by 31/12 of the year before).  The legal basis
 * and the evidence asked for are not looked at: they rightly name earlier years (the budget
 * settlement of the year before).
 * Provides lint_years().  Uses: model.h, findings.h. */
#ifndef PARIDX_LINT_YEARS_H
#define PARIDX_LINT_YEARS_H

#include "findings.h"
#include "model.h"

void lint_years(const struct model *m, struct findings *out);

#endif
