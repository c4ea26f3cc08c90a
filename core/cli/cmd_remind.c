/* cmd_remind.c — `paridx remind RULES [--db F] [--as-of DATE] [--within N] --out DIR`: one
 * Vietnamese text per agency that has a task overdue or due within N working days
 * (DIR/<CODE>.txt), ready for an official reminder (công văn đôn đốc) or an e-mail; the
 * folder is made when missing, and one line per file written says so.
 * Uses: session.h, deadlines_today.h, deadline_status.h, report_remind.h, submissions.h,
 * i18n.h (messages). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "deadline_status.h"
#include "deadlines_today.h"
#include "report_remind.h"
#include "session.h"
#include "submissions.h"
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
    struct submission_row *rows;
    size_t nrows, n = 0;
    struct deadline_status *st = NULL;
    struct px_err e;
    if (store_submissions(ss->store, m->year, &rows, &nrows, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    struct receipt *r = cli_receipts(rows, nrows);
    int rc = PX_OK;
    if (!r) {
        px_say(_("out of memory"));
        rc = PX_SYSTEM;
    } else if (deadline_statuses(m, r, nrows, day, soon, NULL, &st, &n, &e) != 0) {
        px_report(&e);
        rc = e.code;
    }
    size_t letters = 0;
    for (size_t i = 0; i < m->nagencies && rc == PX_OK; i++)
        if (report_remind_needed(st, n, m->agencies[i].code)) {
            rc = write_one(m, day, m->agencies[i].code, st, n);
            letters++;
        }
    if (rc == PX_OK && !letters)
        px_say(_("remind: no agency has a task overdue or due within %ld working days"), soon);
    free(st);
    free(r);
    store_free_submissions(rows, nrows);
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
