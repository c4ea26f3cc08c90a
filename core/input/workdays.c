/* workdays.c — working days over a calendar's yearly tables, and day arithmetic (see
 * workdays.h).  Days are counted with the civil-from-days algorithm of the proleptic
 * Gregorian calendar (H. Hinnant), so no time zone or libc time function is involved.
 * Uses: calendar.h, diag.h, vec.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "workdays.h"

#include <stdlib.h>
#include <string.h>

#include "vec.h"
#include "i18n.h"

/* Walking day by day, at most this many days (about 27 years) before giving up. */
#define MAX_WALK 10000

long date_days(struct px_date d)
{
    long y = d.m <= 2 ? d.y - 1 : d.y;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (d.m > 2 ? d.m - 3 : d.m + 9) + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct px_date date_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (struct px_date){(int)(yoe + era * 400 + (m <= 2)), m, d};
}

int date_weekday(struct px_date d)
{
    long w = (date_days(d) + 3) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

static int covers(const struct workcal *c, int year)
{
    for (size_t i = 0; i < c->nyears; i++)
        if (c->years[i] == year)
            return 1;
    return 0;
}

static int uncovered(const struct workcal *c, struct px_date d, struct px_err *e)
{
    char vn[11];
    date_vn(d, vn);
    px_err_set(e, PX_RULE, _("the working-day calendar '%s' has no table for %d (date %s); add "
               "the year's holidays to it"), c->name ? c->name : "?", d.y, vn);
    return -1;
}

int workcal_add_year(struct workcal *c, int year)
{
    if (covers(c, year))
        return 0;
    if (VEC_PUSH(c->years, c->nyears, c->years_cap, year) != 0)
        return -1;
    for (size_t i = c->nyears - 1; i > 0 && c->years[i - 1] > c->years[i]; i--) {
        int t = c->years[i];
        c->years[i] = c->years[i - 1];
        c->years[i - 1] = t;
    }
    return 0;
}

const struct workcal_day *workcal_day(const struct workcal *c, struct px_date d)
{
    long day = date_days(d);
    size_t lo = 0, hi = c->ndays;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->days[mid].day < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->ndays && c->days[lo].day == day ? &c->days[lo] : NULL;
}

int workcal_add_day(struct workcal *c, struct px_date d, int off, const char *name,
                    struct px_err *e)
{
    char vn[11];
    date_vn(d, vn);
    if (!covers(c, d.y))
        return uncovered(c, d, e);
    int weekend = date_weekday(d) >= 5;
    if (off && weekend) {
        px_err_set(e, PX_RULE, _("%s (%s) is a weekend day; list only weekdays off (give the "
                   "compensatory weekday instead)"), vn, name);
        return -1;
    }
    if (!off && !weekend) {
        px_err_set(e, PX_RULE, _("%s (%s) is a weekday, always worked; list only weekend days "
                   "worked"), vn, name);
        return -1;
    }
    long day = date_days(d);
    for (size_t i = 0; i < c->ndays; i++)
        if (c->days[i].day == day) {
            px_err_set(e, PX_RULE, _("%s is listed twice (%s, %s)"), vn, c->days[i].name, name);
            return -1;
        }
    struct workcal_day w = {day, off, strdup(name)};
    if (!w.name || VEC_PUSH(c->days, c->ndays, c->days_cap, w) != 0) {
        free(w.name);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    return 0;
}

static int by_day(const void *a, const void *b)
{
    const struct workcal_day *x = a, *y = b;
    return (x->day > y->day) - (x->day < y->day);
}

void workcal_finish(struct workcal *c)
{
    if (c->ndays)
        qsort(c->days, c->ndays, sizeof *c->days, by_day);
}

void workcal_free(struct workcal *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->ndays; i++)
        free(c->days[i].name);
    free(c->days);
    free(c->years);
    free(c->name);
    memset(c, 0, sizeof *c);
}

int workcal_is_workday(const struct workcal *c, struct px_date d, struct px_err *e)
{
    if (!covers(c, d.y))
        return uncovered(c, d, e);
    const struct workcal_day *w = workcal_day(c, d);
    if (w)
        return !w->off;
    return date_weekday(d) < 5;
}

int workcal_add(const struct workcal *c, struct px_date d, long n, struct px_date *out,
                struct px_err *e)
{
    if (n < 0 || n > MAX_WALK) {
        px_err_set(e, PX_RULE, _("expected a number of working days from 0 to %d, found %ld"),
                   MAX_WALK, n);
        return -1;
    }
    long day = date_days(d);
    for (long left = n; left > 0;) {
        struct px_date next = date_from_days(++day);
        int w = workcal_is_workday(c, next, e);
        if (w < 0)
            return -1;
        left -= w;
    }
    *out = date_from_days(day);
    return 0;
}

int workcal_count(const struct workcal *c, struct px_date a, struct px_date b, long *out,
                  struct px_err *e)
{
    long from = date_days(a), to = date_days(b), sign = 1;
    if (to < from) {
        long t = from;
        from = to;
        to = t;
        sign = -1;
    }
    if (to - from > MAX_WALK) {
        px_err_set(e, PX_RULE, _("the dates are more than %d days apart"), MAX_WALK);
        return -1;
    }
    long n = 0;
    for (long day = from + 1; day <= to; day++) {
        int w = workcal_is_workday(c, date_from_days(day), e);
        if (w < 0)
            return -1;
        n += w;
    }
    *out = sign * n;
    return 0;
}
