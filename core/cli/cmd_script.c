/* cmd_script.c — `paridx script FILE`: runs a Lua file in the rule sandbox with the paridx
 * API (paridx.re, paridx.date, paridx.db read-only with --db, paridx.NA).  The Lua tests in
 * tests/lua run this way, inside the real binary; so will the helper scripts in scripts/.
 * Uses: script.h, store.h, session.h (limits options), i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "script.h"
#include "session.h"
#include "store.h"
#include "i18n.h"

static struct session_opts so;
static const char *lib;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"lib", "DIR", N_("where require finds libraries (default rules/lib)"), &lib, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)nargs;
    struct sandbox_limits lim;
    if (session_limits(&so, &lim))
        return PX_USAGE;
    struct px_err e;
    struct store *db = NULL;
    if (so.db && !(db = store_open(so.db, STORE_READ, &e))) {
        px_report(&e);
        return e.code;
    }
    int rc = script_run(args[0], lib ? lib : "rules/lib", &lim, db, &e);
    if (rc)
        px_report(&e);
    store_close(db);
    return rc ? e.code : 0;
}

const struct cli_cmd CMD_SCRIPT = {
    "script", "FILE", 1, 1, N_("run a Lua script in the rule sandbox with the paridx API"), OPTS,
        run};
