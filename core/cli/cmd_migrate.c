/* cmd_migrate.c — `paridx migrate --db FILE [--year Y]`: upgrades a database written by an
 * older paridx in place; facts stored before facts had a year take the assessment year Y
 * (required when there are any; other commands refuse such a database with this hint).
 * Uses: store.h (store_upgrade, store_schema_version), cli.h (cli_year), i18n.h (messages). */
#include <stdint.h>
#include <stdio.h>

#include "commands.h"
#include "store.h"
#include "i18n.h"

static const char *db, *year_opt;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database to upgrade"), &db, NULL},
    {"year", "Y", N_("the assessment year of the facts it holds from before years were kept"),
     &year_opt, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)args, (void)nargs;
    int year = 0;
    if (!db) {
        px_say(_("migrate: --db FILE is required (the database to upgrade)"));
        return PX_USAGE;
    }
    if (year_opt && cli_year("year", year_opt, &year))
        return PX_USAGE;
    struct px_err e;
    int64_t from;
    struct store *s = store_upgrade(db, year, &from, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    store_close(s);
    if (from == store_schema_version())
        printf(_("%s: already at schema version %d, nothing to do\n"), db, store_schema_version());
    else
        printf(_("%s: upgraded from schema version %lld to %d\n"), db, (long long)from,
               store_schema_version());
    return PX_OK;
}

const struct cli_cmd CMD_MIGRATE = {
    "migrate", "", 0, 0,
    N_("upgrade a database from an older paridx in place (--year Y: the year of its facts)"), OPTS,
    run};
