/* deadlines_today.c — the as-of day and where the deadlines stand on it (see deadlines_today.h).
 * Uses: calendar.h, diag.h, submissions.h (store), deadline_status.h, libc time, i18n.h
 * (messages). */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "deadlines_today.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "i18n.h"

int cli_as_of(const char *opt, const char *given, char iso[11])
{
    struct px_date d;
    struct px_err e;
    if (given) {
        if (date_parse(given, &d, &e) != 0) {
            px_say(_("--%s: %s"), opt, e.msg);
            return PX_USAGE;
        }
        date_iso(d, iso);
        return 0;
    }
    const char *fixed = getenv("PARIDX_NOW");
    if (fixed && strlen(fixed) >= 10) {
        memcpy(iso, fixed, 10);
        iso[10] = '\0';
        return 0;
    }
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(iso, 11, "%Y-%m-%d", &tm);
    return 0;
}

struct receipt *cli_receipts(const struct submission_row *rows, size_t n)
{
    struct receipt *r = calloc(n ? n : 1, sizeof *r);
    for (size_t i = 0; r && i < n; i++)
        r[i] = (struct receipt){rows[i].deadline, rows[i].agency, rows[i].received, rows[i].doc};
    return r;
}

int cli_deadlines_load(struct cli_deadlines *d, struct store *s, const struct model *m,
                       const char *day, long soon, const char *agency)
{
    struct px_err e;
    *d = (struct cli_deadlines){0};
    if (store_submissions(s, m->year, &d->rows, &d->nrows, &e) != 0) {
        d->rows = NULL;
        d->nrows = 0;
        px_report(&e);
        return e.code;
    }
    d->receipts = cli_receipts(d->rows, d->nrows);
    if (!d->receipts) {
        px_say(_("out of memory"));
        return PX_SYSTEM;
    }
    if (deadline_statuses(m, d->receipts, d->nrows, day, soon, agency, &d->st, &d->n, &e) != 0) {
        d->st = NULL;
        d->n = 0;
        px_report(&e);
        return e.code;
    }
    return PX_OK;
}

void cli_deadlines_free(struct cli_deadlines *d)
{
    free(d->st);
    free(d->receipts);
    store_free_submissions(d->rows, d->nrows);
    *d = (struct cli_deadlines){0};
}
