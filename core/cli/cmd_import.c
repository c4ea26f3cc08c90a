/* cmd_import.c — `paridx import --db FILE KIND CSV…`: load units, agencies or facts from CSV
 * files exported from Excel; each file is one transaction; the first bad file stops the
 * import (the files before it stay loaded).  Uses: store.h, import.h. */
#include <stdio.h>

#include "commands.h"
#include "import.h"
#include "store.h"

static const char *db;

/* One row of each kind, for "1 unit imported" (import_kind_name gives the plural). */
static const char *const ROW_WORDS[] = {[IMPORT_UNITS] = "unit", [IMPORT_AGENCIES] = "agency",
                                        [IMPORT_FACTS] = "fact"};

static const struct cli_opt OPTS[] = {
    {"db", "FILE", "the paridx database to load into (created if missing)", &db, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    enum import_kind kind;
    if (import_kind_from_name(args[0], &kind) != 0) {
        px_say("import: expected units, agencies or facts, found '%s'", args[0]);
        return PX_USAGE;
    }
    if (!db) {
        px_say("import: --db FILE is required (the database to load into)");
        return PX_USAGE;
    }
    struct px_err e;
    struct store *s = store_open(db, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    int rc = 0;
    for (int i = 1; i < nargs && rc == 0; i++) {
        long rows = import_file(s, kind, args[i], &e);
        if (rows < 0) {
            px_report(&e);
            px_say("%s was not imported; the database is unchanged by it", args[i]);
            rc = e.code;
        } else {
            printf("%s: %ld %s imported\n", args[i], rows,
                   rows == 1 ? ROW_WORDS[kind] : import_kind_name(kind));
        }
    }
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_IMPORT = {
    "import", "KIND CSV...", 2, -1,
    "load units, agencies or facts from CSV files into a database (one transaction per file)",
    OPTS, run};
