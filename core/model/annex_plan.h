/* annex_plan.h — what the score report shows of the plan besides the points: where each
 * deadline stands for each agency on the report's day (deadline_status.h), and the survey's
 * coverage from its tallies: the answers each unit has for each survey-assessed leaf (and
 * whether a question of it has fewer than its min_answers), and the answers per group of
 * respondents against the group's quota or minimum.
 * Provides annex_plan_deadlines(), annex_plan_survey().  Uses: annex.h, deadline_status.h,
 * survey.h. */
#ifndef PARIDX_ANNEX_PLAN_H
#define PARIDX_ANNEX_PLAN_H

#include "annex.h"

/* Fills a->deadlines from d's receipts on d->as_of; when the statuses cannot be worked out
 * (no working-day calendar), a->deadlines_why says why and a->ndeadlines is 0.  0, or -1
 * when out of memory (e set). */
int annex_plan_deadlines(struct annex *a, const struct annex_data *d, struct px_err *e);

/* Fills each unit's survey rows (survey_answers, survey_few) and a->group_answers from d's
 * tallies; a->survey_answered is 0 when there are none.  0, or -1 when out of memory. */
int annex_plan_survey(struct annex *a, const struct annex_data *d, struct px_err *e);

#endif
