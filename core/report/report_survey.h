/* report_survey.h — what people read about the survey: in `explain`, where a survey leaf's
 * share came from (answers per question and group, the share of each option, the 95%
 * confidence interval of the points; or the share typed by hand); the tables of `paridx
 * survey status` and `survey ranks`, and the consolidated respondent list of `survey export`.
 * Provides report_survey_leaf() and the writers below.  Uses: survey.h, model.h, report.h
 * (grids), text.h, numfmt.h. */
#ifndef PARIDX_REPORT_SURVEY_H
#define PARIDX_REPORT_SURVEY_H

#include <stdio.h>

#include "model.h"
#include "survey.h"

/* The survey lines of explain for leaf `node` (max its points' maximum): l is its outcome,
 * NULL when it has no answers (the typed share stands). */
void report_survey_leaf(FILE *out, const struct model *m, size_t node, double max,
                        const struct survey_leaf *l);

#endif
