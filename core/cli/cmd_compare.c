/* cmd_compare.c — `paridx compare RULES_A RULES_B [--db FILE] [--format table|csv|json]
 * [--stage self|final]`: two years side by side — each rule file scores its own year's facts
 * (from the database, or without --db each its own bundled example in memory) and every unit's
 * total, index, band, rank and points per field are shown in both with the change and its
 * arrow.  Nothing is stored.
 * Uses: session.h (opening and scoring, as run does), report_compare.h, report_sheet.h,
 * i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "i18n.h"
#include "report_compare.h"
#include "session.h"

static struct session_opts so;
static const char *format;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database holding both years (default: each rule file's "
     "example, in memory)"), &so.db, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"), &format, NULL},
    {"stage", "STAGE", N_("final (default: with the appraisals) or self (the self-assessment)"),
     &so.stage, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)nargs;
    enum sheet_mode fmt;
    if (report_sheet_mode(format, &fmt) != 0) {
        px_say(_("compare: --format: expected table, csv, csv-plain or json, found '%s'"), format);
        return PX_USAGE;
    }
    struct session ss[2];
    int opened = 0, rc = 0;
    for (; opened < 2 && rc == 0; opened++)
        if ((rc = session_open(&ss[opened], args[opened], &so)) == 0)
            rc = session_score(&ss[opened], 0, NULL);
        else
            break; /* session_open left nothing to close */
    if (rc == 0 && report_compare(stdout, &ss[0].results, &ss[1].results, fmt) != 0)
        rc = PX_SYSTEM;
    while (opened-- > 0)
        session_close(&ss[opened]);
    return rc;
}

const struct cli_cmd CMD_COMPARE = {
    "compare", "RULES_A RULES_B", 2, 2,
    N_("show two years side by side: each unit's total, index, band, rank and fields, with the "
       "change"),
    OPTS, run};
