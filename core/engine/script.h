/* script.h — running a Lua file (not a rule file) in the rule sandbox with the paridx API:
 * the Lua tests and the helper scripts in scripts/.
 * Provides script_run().  Uses: budget.h, diag.h; sandbox.h and lapi.h inside. */
#ifndef PARIDX_SCRIPT_H
#define PARIDX_SCRIPT_H

#include "diag.h"
#include "budget.h"

struct store;

/* Runs path with require looking in lib_dir and paridx.db reading db (may be NULL).
 * 0 on success; -1 with e set (PX_RULE, PX_DATA, PX_LIMIT, PX_SYSTEM) otherwise. */
int script_run(const char *path, const char *lib_dir, const struct sandbox_limits *lim,
               struct store *db, struct px_err *e);

#endif
