/* cmd_survey.c — `paridx survey RULES [--db FILE] VIEW`: the sociological survey as the
 * Department of Home Affairs follows it.  Views:
 *   status  lists received or missing against each agency's deadline (--as-of DATE, else
 *           today), respondents against the groups' quotas, people listed twice, the Post
 *           Office round (distributed, returned, return rate); exit 1 when something is
 *           missing, short or doubled;
 *   export  the consolidated list for the Post Office and the Ministry (--out FILE,
 *           --format xlsx|csv);
 *   ranks   each unit's rank and the ranks its survey points' 95% intervals allow.
 * Without --db it works on the rule file's example with its survey, in memory.
 * Uses: session.h, survey_views.h, report_rows.h, store.h (the clock). */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "session.h"
#include "survey_views.h"
#include "i18n.h"

static struct session_opts so = {.survey = 1};
static const char *format, *out;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"format", "FMT", N_("status, ranks: table (default), csv or json; export: xlsx (default) or csv"),
     &format, NULL},
    {"out", "FILE", N_("export: the file to write"), &out, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* The day status judges deadlines on: --as-of, else today (yyyy-mm-dd). */
static void judged_on(const struct session *ss, char day[11])
{
    char now[20];
    store_now(now);
    memcpy(day, ss->as_of[0] ? ss->as_of : now, 10);
    day[10] = '\0';
}

static int view(struct session *ss, const char *name)
{
    enum rows_format f = ROWS_TABLE;
    int exporting = !strcmp(name, "export");
    if (!exporting && format && report_rows_format(format, &f) != 0) {
        px_say(_("survey: --format: expected table, csv or json, found '%s'"), format);
        return PX_USAGE;
    }
    if (exporting && format && strcmp(format, "xlsx") && strcmp(format, "csv")) {
        px_say(_("survey: export: --format: expected xlsx or csv, found '%s'"), format);
        return PX_USAGE;
    }
    if (exporting && !out) {
        px_say(_("survey: export needs --out FILE, the list to write"));
        return PX_USAGE;
    }
    char day[11];
    judged_on(ss, day);
    if (!strcmp(name, "status"))
        return survey_status(stdout, &ss->rules.model, ss->store, ss->data_year, day, f);
    if (exporting)
        return survey_export(out, format, &ss->rules.model, ss->store, ss->data_year);
    int rc = session_score(ss, 0, NULL);
    return rc ? rc : survey_ranks(stdout, ss, f);
}

static int run(char **args, int nargs)
{
    (void)nargs;
    const char *name = args[1];
    if (strcmp(name, "status") && strcmp(name, "export") && strcmp(name, "ranks")) {
        px_say(_("survey: expected a view, status, export or ranks, found '%s'"), name);
        return PX_USAGE;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc == 0)
        rc = view(&ss, name);
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_SURVEY = {
    "survey", "RULES status|export|ranks", 2, 2,
    N_("the sociological survey: lists and quotas, the Post Office round, the consolidated list, "
       "how sure each rank is"),
    OPTS, run};
