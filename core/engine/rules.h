/* rules.h — a year's rule file, loaded: the sandbox it runs in (its scales live there) and
 * the model it declared, checked for shape (codes, nesting, maxima adding up, agencies).
 * Provides struct rules, rules_load(), rules_load_all(), rules_free().
 * Uses: budget.h, model.h, findings.h, store.h; sandbox.h inside. */
#ifndef PARIDX_RULES_H
#define PARIDX_RULES_H

#include "diag.h"
#include "model.h"
#include "budget.h"

struct findings;
struct sandbox;
struct store;

struct rules {
    struct sandbox *sb;
    struct model model;
};

/* Loads path in a new sandbox (require looks in <dir of path>/lib).  db, when not NULL, is
 * offered read-only as paridx.db.  On failure returns -1 with e set (PX_RULE with the
 * findings as whole "file:line: message" lines, as many as fit, PX_LIMIT, PX_SYSTEM) and *out
 * is empty. */
int rules_load(const char *path, const struct sandbox_limits *lim, struct store *db,
               struct rules *out, struct px_err *e);

/* As rules_load, but when the model's checks (codes, maxima, agencies …) find problems, every
 * one of them goes into *found (the caller frees it; e says how many). */
int rules_load_all(const char *path, const struct sandbox_limits *lim, struct store *db,
                   struct rules *out, struct findings *found, struct px_err *e);
void rules_free(struct rules *r);

#endif
