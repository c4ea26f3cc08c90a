/* rules_lint.h — what `paridx check` adds to the load-time checks: text in NFC, a lead agency
 * on every leaf, deadlines addressed and in date order, survey groups saying who lists their
 * respondents, a legal basis, and every scale probed with generated facts (missing, zero,
 * boundaries, extremes, "không áp dụng") for results outside [0, max], errors, and facts read
 * but not declared; in the fact dictionary, facts no scale reads, points above the leaf's
 * maximum, and labels missing or shared.
 * Provides rules_lint().  Uses: rules.h, engine.h, findings.h, fileio.h, text.h. */
#ifndef PARIDX_RULES_LINT_H
#define PARIDX_RULES_LINT_H

#include "findings.h"
#include "rules.h"

/* Adds findings; returns the number of scale probes run, or -1 when a budget stopped them
 * (then a finding says so). */
long rules_lint(struct rules *rl, struct findings *out);

#endif
