/* script.c — a Lua file run in a fresh sandbox with the paridx API (see script.h). */
#include "script.h"

#include "lapi.h"
#include "sandbox.h"

/* Protected: the paridx API, reading the store given as ud, into the base. */
static int open_api(lua_State *L)
{
    sandbox_push_base(sandbox_of(L));
    lapi_open(L, lua_touserdata(L, 1));
    return 0;
}

int script_run(const char *path, const char *lib_dir, const struct sandbox_limits *lim,
               struct store *db, struct px_err *e)
{
    struct sandbox *sb = sandbox_new(lim, lib_dir, e);
    if (!sb)
        return -1;
    int rc = (sandbox_protect(sb, open_api, db, 0, e) || sandbox_seal(sb, e) ||
              sandbox_load(sb, path, NULL, e) || sandbox_call(sb, 0, 0, e)) ? -1 : 0;
    sandbox_free(sb);
    return rc;
}
