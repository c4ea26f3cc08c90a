/* report_data.c — what `paridx report` reads besides the scores (see report_data.h).
 * Uses: report_data.h, store.h, submissions.h, survey_facts.h, deadlines_today.h, i18n.h
 * (messages). */
#include "report_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadlines_today.h"
#include "i18n.h"
#include "store.h"
#include "survey_facts.h"

/* The deadlines' statuses are judged on --as-of, else today. */
static int pick_day(struct report_data *rd, const struct session *ss)
{
    if (ss->as_of[0]) {
        memcpy(rd->as_of, ss->as_of, sizeof rd->as_of);
        return 0;
    }
    return cli_as_of("as-of", NULL, rd->as_of);
}

int report_data_load(struct report_data *rd, struct session *ss)
{
    const struct model *m = &ss->rules.model;
    struct px_err e = {0};
    memset(rd, 0, sizeof *rd);
    int rc = pick_day(rd, ss);
    if (rc != 0)
        return rc;
    if (store_evidence(ss->store, ss->data_year, NULL, &rd->evidence, &rd->nevidence, &e) != 0 ||
        store_submissions(ss->store, m->year, &rd->submissions, &rd->nsubmissions, &e) != 0 ||
        engine_survey_load(m, ss->store, ss->data_year, &rd->tallies, &e) != 0) {
        px_report(&e);
        report_data_free(rd);
        return e.code;
    }
    rd->receipts = cli_receipts(rd->submissions, rd->nsubmissions);
    if (!rd->receipts && rd->nsubmissions) {
        px_say(_("out of memory"));
        report_data_free(rd);
        return PX_SYSTEM;
    }
    rd->d = (struct annex_data){.year = ss->data_year, .evidence = rd->evidence,
                                .nevidence = rd->nevidence, .as_of = rd->as_of, .within = 3,
                                .receipts = rd->receipts, .nreceipts = rd->nsubmissions,
                                .tallies = &rd->tallies};
    return 0;
}

void report_data_free(struct report_data *rd)
{
    evidence_rows_free(rd->evidence, rd->nevidence);
    store_free_submissions(rd->submissions, rd->nsubmissions);
    free(rd->receipts);
    survey_tallies_free(&rd->tallies);
    memset(rd, 0, sizeof *rd);
}
