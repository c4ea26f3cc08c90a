/* survey_tally.h — the tallies an import of answers adds to, counted in memory and written
 * to the database in bulk: one upsert per unit, question, group and option instead of one
 * per answer.  The table starts at 55 KiB and grows to hold at most SURVEY_TALLY_KEYS counts
 * (about 6 MiB: every count of 190 units of a 27-question survey); when it is full, or at the
 * end of the file, its counts are added to survey_tally and it starts empty, so memory stays
 * bounded however many answers a file holds.
 * Provides struct survey_tally, survey_tally_new(), survey_tally_count(),
 * survey_tally_flush(), survey_tally_free().  Uses: store_survey.h. */
#ifndef PARIDX_SURVEY_TALLY_H
#define PARIDX_SURVEY_TALLY_H

#include "diag.h"
#include "store.h"
#include "store_survey.h"

enum { SURVEY_TALLY_KEYS = 65536 };

struct survey_tally;

/* An empty table for the answers of `year`, or NULL when out of memory. */
struct survey_tally *survey_tally_new(int year);

/* Counts one answer of t->unit to t->question by t->group choosing t->option (t->n is
 * ignored); may write the counts so far to s.  0, or -1 with e set.  With s NULL (the
 * database is busy) it counts only what needs no write, and returns 1, counting nothing,
 * where it would write: call it again with s once the database is free. */
int survey_tally_count(struct survey_tally *t, struct store *s, const struct tally_row *answer,
                       struct px_err *e);

/* Adds every count held to survey_tally in s and empties the table.  0, or -1 with e set. */
int survey_tally_flush(struct survey_tally *t, struct store *s, struct px_err *e);

void survey_tally_free(struct survey_tally *t);

#endif
