/* deadlines_today.h — what deadlines, submit and remind share: the as-of day (--as-of, else
 * today: $PARIDX_NOW's date when set, else the UTC date) and the submissions of the rule
 * file's year as receipts, and where each deadline stands on that day.
 * Provides cli_as_of(), cli_receipts(), struct cli_deadlines, cli_deadlines_load(), cli_deadlines_free().
 * Uses: calendar.h, submissions.h, deadline_status.h. */
#ifndef PARIDX_DEADLINES_TODAY_H
#define PARIDX_DEADLINES_TODAY_H

#include <stddef.h>

#include "deadline_status.h"
#include "submissions.h"

/* The day as yyyy-mm-dd into iso: `given` (dd/mm/yyyy) when not NULL, else today.  0, or
 * PX_USAGE after saying why the date is wrong (`opt` names the option). */
int cli_as_of(const char *opt, const char *given, char iso[11]);

/* Receipts borrowing from rows[0..n). NULL when out of memory (n > 0). */
struct receipt *cli_receipts(const struct submission_row *rows, size_t n);

/* The statuses on a day and what they borrow from (the submissions, as receipts). */
struct cli_deadlines {
    struct submission_row *rows;
    size_t nrows;
    struct receipt *receipts;
    struct deadline_status *st; /* st[0..n), most urgent first (deadline_statuses) */
    size_t n;
};

/* The statuses on day (yyyy-mm-dd) of the deadlines of m, from the submissions of m's year in
 * s, due within soon working days counting as due soon, only `agency`'s when not NULL.  PX_OK,
 * or the error's code after saying it; either way cli_deadlines_free(d) afterwards. */
int cli_deadlines_load(struct cli_deadlines *d, struct store *s, const struct model *m,
                       const char *day, long soon, const char *agency);
void cli_deadlines_free(struct cli_deadlines *d);

#endif
