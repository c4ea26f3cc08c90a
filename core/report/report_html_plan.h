/* report_html_plan.h — the plan's sections of the HTML score report: where each deadline
 * stands for each agency on the report's day, and the survey's coverage (answers per group of
 * respondents against its quota, per unit and survey-assessed sub-criterion against
 * min_answers), or that the database holds no answers.
 * Provides html_deadlines(), html_survey_coverage().  Uses: report_annex.h. */
#ifndef PARIDX_REPORT_HTML_PLAN_H
#define PARIDX_REPORT_HTML_PLAN_H

#include <stdio.h>

#include "report_annex.h"

void html_deadlines(FILE *out, const struct annex *a);

void html_survey_coverage(FILE *out, const struct annex *a);

#endif
