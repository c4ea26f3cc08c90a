/* workdays.h — a working-day calendar: Monday to Friday, less the days off a year's table lists
 * (public holidays, Tết, compensatory and swapped days), plus the weekend days it lists as
 * worked (a swapped day made up on a Saturday).  The tables come from the rule file's calendar
 * (rules/lib/calendar_vn.lua); a date in a year the calendar has no table for is refused, never
 * guessed.  Also day arithmetic on struct px_date.
 * Provides struct workcal, workcal_*, date_days(), date_from_days(), date_weekday().
 * Uses: calendar.h (struct px_date), diag.h. */
#ifndef PARIDX_WORKDAYS_H
#define PARIDX_WORKDAYS_H

#include <stddef.h>

#include "calendar.h"
#include "diag.h"

/* Days since 1970-01-01 (negative before). */
long date_days(struct px_date d);
struct px_date date_from_days(long days);
/* 0 Monday … 6 Sunday. */
int date_weekday(struct px_date d);

struct workcal_day {
    long day;   /* date_days() */
    int off;    /* 1 a weekday off, 0 a weekend day worked */
    char *name; /* "Tết Nguyên đán", "làm bù cho thứ Hai 29/4" */
};

struct workcal {
    char *name;           /* "vn" */
    int *years;           /* the years it has a table for, ascending */
    size_t nyears, years_cap;
    struct workcal_day *days; /* sorted by day */
    size_t ndays, days_cap;
};

/* Adds a year the calendar covers (its table may list no day). 0, or -1 out of memory. */
int workcal_add_year(struct workcal *c, int year);
/* Adds one listed day; off as in struct workcal_day.  0; -1 with e (PX_RULE, no place) when
 * the date's year is not covered, an "off" day is a weekend, a "worked" day a weekday, or the
 * date is listed twice. */
int workcal_add_day(struct workcal *c, struct px_date d, int off, const char *name,
                    struct px_err *e);
/* Sorts the days; call once after the last workcal_add_day. */
void workcal_finish(struct workcal *c);
void workcal_free(struct workcal *c);

/* 1 a working day, 0 not; -1 with e when the calendar has no table for its year. */
int workcal_is_workday(const struct workcal *c, struct px_date d, struct px_err *e);
/* The n-th working day after d (n ≥ 0; n = 0 gives d itself). 0, or -1 with e. */
int workcal_add(const struct workcal *c, struct px_date d, long n, struct px_date *out,
                struct px_err *e);
/* Working days in (a, b]: after a, up to and including b; negative when b is before a
 * (-(working days in (b, a])).  0, or -1 with e. */
int workcal_count(const struct workcal *c, struct px_date a, struct px_date b, long *out,
                  struct px_err *e);
/* The listed day at d, or NULL (an ordinary weekday or weekend). */
const struct workcal_day *workcal_day(const struct workcal *c, struct px_date d);

#endif
