/* cmd_backup.c — `paridx backup --db FILE --out COPY`: a consistent copy of a database, taken
 * through SQLite's backup API (safe while an import runs); COPY must not exist yet.
 * Uses: store.h (store_backup), i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "store.h"
#include "i18n.h"

static const char *db, *out;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database to copy"), &db, NULL},
    {"out", "FILE", N_("where the copy goes (a new file)"), &out, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)args, (void)nargs;
    if (!db || !out) {
        px_say(_("backup: --db FILE and --out FILE are both required"));
        return PX_USAGE;
    }
    struct px_err e;
    long pages = store_backup(db, out, &e);
    if (pages < 0) {
        px_report(&e);
        return e.code;
    }
    printf(ngettext("%s: copied to %s (%ld page)\n", "%s: copied to %s (%ld pages)\n",
                    (unsigned long)pages),
           db, out, pages);
    return PX_OK;
}

const struct cli_cmd CMD_BACKUP = {
    "backup", "", 0, 0,
    N_("copy a database consistently, even while an import runs (SQLite's backup API)"), OPTS, run};
