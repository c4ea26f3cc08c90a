/* cmd_check_db.c — `paridx check-db --db FILE`: examines a database without changing it
 * (SQLite's integrity_check and foreign_key_check, the paridx marker, the schema version), one
 * line per problem and a summary; exit 0 when sound, 4 when damaged.
 * Uses: store.h (store_check), i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "store.h"
#include "i18n.h"

static const char *db;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database to examine"), &db, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)args, (void)nargs;
    if (!db) {
        px_say(_("check-db: --db FILE is required"));
        return PX_USAGE;
    }
    struct px_err e;
    long problems = store_check(db, stdout, &e);
    if (problems < 0) {
        px_report(&e);
        return e.code;
    }
    return problems ? PX_DATA : PX_OK;
}

const struct cli_cmd CMD_CHECK_DB = {
    "check-db", "", 0, 0,
    N_("examine a database: SQLite's integrity and foreign key checks, the schema version"), OPTS,
    run};
