/* import_plan.h — submissions checked against the rule file's deadlines as they are imported
 * or recorded: the deadline's code exists, and names the agency among those that must meet it.
 * Provides import_plan_check().  Uses: model.h. */
#ifndef PARIDX_IMPORT_PLAN_H
#define PARIDX_IMPORT_PLAN_H

#include <stddef.h>

#include "model.h"

/* plan is a struct model.  0 when deadline `code` exists and its `by` names `agency`; else
 * with why: -1 the code is unknown ("expected a deadline's code of rules.lua (DS, TDG, …),
 * found 'X'"), -2 the agency is not one of the deadline's. */
int import_plan_check(const void *plan, const char *code, const char *agency, char *why,
                      size_t n);

#endif
