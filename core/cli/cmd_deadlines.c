/* cmd_deadlines.c — `paridx deadlines RULES [--db F] [--as-of DATE] [--agency CODE]
 * [--within N] [--format table|csv|csv-plain|json]`: for each deadline of the plan and each
 * agency that must meet it, on time, late, overdue, due soon, not yet due or waiting, most urgent
 * first.  Without --db, the rule file's example in memory (as run does).
 * Uses: session.h, deadlines_today.h, report_deadlines.h, i18n.h (messages). */
#include <stdio.h>

#include "commands.h"
#include "deadlines_today.h"
#include "report_deadlines.h"
#include "session.h"
#include "i18n.h"

static struct session_opts so = {.plan_only = 1};
static const char *as_of, *agency, *within, *format;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"), &so.db,
     NULL},
    {"as-of", "DATE", N_("the day to judge on (dd/mm/yyyy; default today)"), &as_of, NULL},
    {"agency", "CODE", N_("only the deadlines of this agency"), &agency, NULL},
    {"within", "N", N_("due within N working days counts as due soon (default 3)"), &within, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"),
     &format, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int show(struct session *ss, const char *day, long soon, enum deadlines_format f)
{
    struct cli_deadlines d;
    int rc = cli_deadlines_load(&d, ss->store, &ss->rules.model, day, soon, agency);
    if (rc == PX_OK)
        rc = report_deadlines(stdout, f, &ss->rules.model, day, d.st, d.n) != 0 ? PX_SYSTEM : PX_OK;
    cli_deadlines_free(&d);
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    int f = cli_table_format(format);
    if (f < 0) {
        px_say(_("deadlines: --format: expected table, csv, csv-plain or json, found '%s'"),
               format);
        return PX_USAGE;
    }
    long long soon = 3;
    char day[11];
    if ((within && cli_number("within", within, 0, &soon)) || cli_as_of("as-of", as_of, day))
        return PX_USAGE;
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc)
        return rc;
    if (agency && !model_agency(&ss.rules.model, agency)) {
        px_say(_("deadlines: --agency: %s declares no agency '%s'"), args[0], agency);
        rc = PX_USAGE;
    } else {
        rc = show(&ss, day, (long)soon, (enum deadlines_format)f);
    }
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_DEADLINES = {
    "deadlines", "RULES", 1, 1,
    N_("show where each deadline of the plan stands for each agency, most urgent first"), OPTS, run};
