/* deadlines_today.c — the as-of day and the receipts (see deadlines_today.h).
 * Uses: calendar.h, diag.h, libc time, i18n.h (messages). */
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
