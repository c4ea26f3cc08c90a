/* deadlines_today.h — what deadlines, submit and remind share: the as-of day (--as-of, else
 * today: $PARIDX_NOW's date when set, else the UTC date) and the submissions of the rule
 * file's year as receipts.
 * Provides cli_as_of(), cli_receipts().  Uses: calendar.h, submissions.h, deadline_status.h. */
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

#endif
