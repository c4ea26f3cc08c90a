/* report_data.h — what `paridx report` reads from the database besides the scores, for the
 * annex: every unit's evidence register, the submissions of the plan's deadlines (judged on
 * --as-of, else today) and the survey's tallies.
 * Provides struct report_data, report_data_load(), report_data_free().
 * Uses: session.h, annex.h, store.h, submissions.h, survey_facts.h, deadlines_today.h. */
#ifndef PARIDX_REPORT_DATA_H
#define PARIDX_REPORT_DATA_H

#include "annex.h"
#include "session.h"
#include "submissions.h"

struct report_data {
    struct annex_data d; /* borrows from the rest */
    struct evidence_row *evidence;
    size_t nevidence;
    struct submission_row *submissions;
    size_t nsubmissions;
    struct receipt *receipts;
    struct survey_tallies tallies;
    char as_of[11];
};

/* Reads them for ss's rule file and data year.  0, or an exit code after saying why (rd is
 * then empty). */
int report_data_load(struct report_data *rd, struct session *ss);

void report_data_free(struct report_data *rd);

#endif
