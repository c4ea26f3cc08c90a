/* cmd_appraisals.c — `paridx appraisals RULES [--db FILE] [--unit CODE] [--format
 * table|csv|json]`: the appraisal sheet of the rule file's year — per unit and sub-criterion
 * the self score, round 1 and its reason, the unit's explanation, round 2 and its reason, and
 * the final points (what `run` counts by default).  Without --db, the rule file's example in
 * memory (which has no appraisals: every final equals the self score).  Nothing is stored.
 * Uses: session.h (scoring the self-assessment, the sheet kept as each unit is scored),
 * report_appraisal.h, i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "i18n.h"
#include "report_appraisal.h"
#include "session.h"

static struct session_opts so = {.stage = "self"};
static const char *unit, *format;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"), &so.db,
     NULL},
    {"unit", "CODE", N_("only this unit's sheet"), &unit, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"), &format, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int run(char **args, int nargs)
{
    (void)nargs;
    enum sheet_mode fmt;
    if (report_sheet_mode(format, &fmt) != 0) {
        px_say(_("appraisals: --format: expected table, csv, csv-plain or json, found '%s'"), format);
        return PX_USAGE;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc != 0)
        return rc;
    rc = session_score(&ss, SESSION_KEEP_SHEET, NULL);
    if (rc == 0 && unit && session_unit(&ss, unit) < 0)
        rc = PX_USAGE;
    if (rc == 0 && report_appraisal(stdout, &ss.results, &ss.sheet, unit, fmt) != 0)
        rc = PX_SYSTEM;
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_APPRAISALS = {
    "appraisals", "RULES", 1, 1,
    N_("show the appraisal sheet: self score, rounds 1 and 2 with their reasons, explanation, "
       "final"),
    OPTS, run};
