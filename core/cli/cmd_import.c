/* cmd_import.c — `paridx import --db FILE KIND CSV…`: load units, agencies or facts from CSV
 * files exported from Excel; each file is one transaction; the first bad file stops the
 * import (the files before it stay loaded); a file imported before that would change nothing
 * is said so and not recorded again.  Uses: store.h, import.h. */
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
        fprintf(stderr, "paridx: import: expected units, agencies or facts, found '%s'\n", args[0]);
        return PX_USAGE;
    }
    if (!db) {
        fprintf(stderr, "paridx: import: --db FILE is required (the database to load into)\n");
        return PX_USAGE;
    }
    struct px_err e;
    struct store *s = store_open(db, STORE_CREATE, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    int rc = 0;
    for (int i = 1; i < nargs && rc == 0; i++) {
        struct import_result r;
        if (import_file(s, kind, args[i], &r, &e) != 0) {
            px_report(&e);
            fprintf(stderr, "paridx: %s was not imported; the database is unchanged by it\n", args[i]);
            rc = e.code;
        } else if (r.already[0]) {
            printf("%s: already imported on %s, nothing changed\n", args[i], r.already);
        } else {
            printf("%s: %ld %s imported\n", args[i], r.rows,
                   r.rows == 1 ? ROW_WORDS[kind] : import_kind_name(kind));
        }
    }
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_IMPORT = {
    "import", "KIND CSV...", 2, -1,
    "load units, agencies or facts from CSV files into a database (one transaction per file)",
    OPTS, run};
