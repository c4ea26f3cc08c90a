/* script.c — a Lua file run in a fresh sandbox with the paridx API (see script.h). */
#include "script.h"

#include "lapi.h"
#include "sandbox.h"

int script_run(const char *path, const char *lib_dir, const struct sandbox_limits *lim,
               struct store *db, struct px_err *e)
{
    struct sandbox *sb = sandbox_new(lim, lib_dir, e);
    if (!sb)
        return -1;
    sandbox_push_base(sb);
    lapi_open(sandbox_lua(sb), db);
    lua_pop(sandbox_lua(sb), 1);
    int rc = (sandbox_load(sb, path, e) || sandbox_call(sb, 0, 0, e)) ? -1 : 0;
    sandbox_free(sb);
    return rc;
}
