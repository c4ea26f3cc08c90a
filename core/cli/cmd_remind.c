/* cmd_remind.c — `paridx remind RULES [--db F] [--as-of DATE] [--within N] --out DIR`: one
 * Vietnamese text per agency that has a task overdue or due within N working days
 * (DIR/<CODE>.txt), ready for an official reminder (công văn đôn đốc) or an e-mail; the
 * folder is made when missing, and one line per file written says so.
 * Uses: session.h, deadlines_today.h, report_remind.h, i18n.h (messages). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "deadlines_today.h"
#include "report_remind.h"
#include "session.h"
#include "i18n.h"

static struct session_opts so = {.plan_only = 1};
static const char *as_of, *within, *out;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"), &so.db,
     NULL},
    {"as-of", "DATE", N_("the day to judge on (dd/mm/yyyy; default today)"), &as_of, NULL},
    {"within", "N", N_("remind of tasks due within N working days too (default 3)"), &within, NULL},
    {"out", "DIR", N_("the folder the texts go to, one <AGENCY>.txt each (required)"), &out, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static int write_one(const struct model *m, const char *day, const char *agency,
                     const struct deadline_status *st, size_t n)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.txt", out, agency);
    FILE *f = fopen(path, "wb");
    if (!f) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, path, 0, 0, _("cannot write the reminder: %s"), strerror(errno));
        px_report(&e);
        return PX_SYSTEM;
    }
    int rc = report_remind(f, m, day, agency, st, n);
    if (fclose(f) != 0 || rc != 0)
        return PX_SYSTEM;
    printf("%s: %zu\n", path, report_remind_needed(st, n, agency));
    return PX_OK;
}

/* One text per declared agency that needs one, in the rule file's order of agencies. */
static int remind(struct session *ss, const char *day, long soon)
{
    const struct model *m = &ss->rules.model;
    struct cli_deadlines d;
    int rc = cli_deadlines_load(&d, ss->store, m, day, soon, NULL);
    size_t letters = 0;
    for (size_t i = 0; i < m->nagencies && rc == PX_OK; i++)
        if (report_remind_needed(d.st, d.n, m->agencies[i].code)) {
            rc = write_one(m, day, m->agencies[i].code, d.st, d.n);
            letters++;
        }
    if (rc == PX_OK && !letters)
        px_say(_("remind: no agency has a task overdue or due within %ld working days"), soon);
    cli_deadlines_free(&d);
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    if (!out) {
        px_say(_("remind: --out DIR is required (the folder for the texts)"));
        return PX_USAGE;
    }
    long long soon = 3;
    char day[11];
    if ((within && cli_number("within", within, 0, &soon)) || cli_as_of("as-of", as_of, day))
        return PX_USAGE;
    if (mkdir(out, 0777) != 0 && errno != EEXIST) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, out, 0, 0, _("cannot make the folder: %s"), strerror(errno));
        px_report(&e);
        return PX_SYSTEM;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc)
        return rc;
    rc = remind(&ss, day, (long)soon);
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_REMIND = {
    "remind", "RULES", 1, 1,
    N_("write one Vietnamese reminder per agency with tasks overdue or due soon"), OPTS, run};
