/* rules.h — a year's rule file, loaded: the sandbox it runs in (its scales live there) and
 * the model it declared, checked for shape (codes, nesting, maxima adding up, agencies).
 * Provides struct rules, rules_load(), rules_free().  Uses: budget.h, model.h, store.h; sandbox.h inside. */
#ifndef PARIDX_RULES_H
#define PARIDX_RULES_H

#include "diag.h"
#include "model.h"
#include "budget.h"

struct sandbox;

struct store;

struct rules {
    struct sandbox *sb;
    struct model model;
};

/* Loads path in a new sandbox (require looks in <dir of path>/lib).  db, when not NULL, is
 * offered read-only as paridx.db.  On failure returns -1 with e set (PX_RULE with every
 * finding as "file:line: message" lines, PX_LIMIT, PX_SYSTEM) and *out is empty. */
int rules_load(const char *path, const struct sandbox_limits *lim, struct store *db,
               struct rules *out, struct px_err *e);
void rules_free(struct rules *r);

#endif
