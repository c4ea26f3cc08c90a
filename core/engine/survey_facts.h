/* survey_facts.h — the survey feeding the scales: a survey-assessed leaf that has answers
 * reads the share its answers give instead of a typed one, so the leaf's own scale
 * (scale.share) scores it and explain shows where it came from.
 * Provides engine_survey_load(), engine_survey_facts(), engine_survey_own().  Uses: survey.h, store_survey.h,
 * fact.h. */
#ifndef PARIDX_SURVEY_FACTS_H
#define PARIDX_SURVEY_FACTS_H

#include "diag.h"
#include "fact.h"
#include "store.h"
#include "survey.h"

/* Reads the tallies of `year` (never the answers themselves) into t (zeroed first). */
int engine_survey_load(const struct model *m, struct store *s, int year,
                       struct survey_tallies *t, struct px_err *e);

/* Sets, in the unit's facts (*facts, *n: as store_facts gives them, grown when needed), the
 * share fact (the first ratio its scale reads) of each survey leaf with answers to the share
 * of its answers, its source saying how many; *nfew counts the leaves with fewer answers than their questions ask.  0, or -1
 * when out of memory (e set). */
int engine_survey_facts(const struct model *m, const struct survey_tallies *t,
                        const char *unit, struct fact_info **facts, size_t *n, size_t *nfew,
                        struct px_err *e);

/* Replaces *facts (n of them, borrowed from a store cursor) with a copy the caller owns
 * (free it with store_free_facts), for engine_survey_facts to change.  0, or -1 when out of
 * memory (e set; *facts unchanged). */
int engine_survey_own(struct fact_info **facts, size_t n, struct px_err *e);

#endif
