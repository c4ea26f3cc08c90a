/* cmd_run.c — `paridx run RULES`: score every unit, save the run, print the scoreboard as a
 * table, CSV or JSON, and say which facts the rules read that the data lacks (all of them with
 * --missing: how one year's data fares under another year's rules).
 * Uses: session.h, report.h, report_missing.h. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "report_missing.h"
#include "report.h"
#include "session.h"

static struct session_opts so = {.saves = 1};
static const char *unit, *format;
static int missing;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"unit", "CODE", "show only this unit (ranked among all)", &unit, NULL},
    {"format", "FMT", "table (default), csv or json", &format, NULL},
    {"missing", NULL, "list the facts the rules read that the data lacks, instead of the scores",
     NULL, &missing},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)nargs;
    int (*write)(FILE *, const struct results *) =
        !format || !strcmp(format, "table") ? report_table
        : !strcmp(format, "csv")            ? report_csv
        : !strcmp(format, "json")           ? report_json
                                            : NULL;
    if (!write) {
        px_say("run: --format: expected table, csv or json, found '%s'", format);
        return PX_USAGE;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc == 0)
        rc = session_score(&ss, 1);
    if (rc == 0) {
        struct results shown = ss.results;
        if (unit) {
            int i = session_unit(&ss, unit);
            if (i < 0) {
                rc = PX_USAGE;
            } else {
                shown.units += i;
                shown.nunits = 1;
            }
        }
        if (rc == 0 && missing)
            rc = report_missing(stdout, &shown) != 0 ? PX_SYSTEM : PX_OK;
        else if (rc == 0) {
            missing_summary(&shown);
            rc = write(stdout, &shown) != 0 ? PX_SYSTEM : PX_OK;
        }
    }
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_RUN = {
    "run", "RULES", 1, 1, "score every unit with the rule file and print the scoreboard",
    OPTS, run};
