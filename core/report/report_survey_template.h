/* report_survey_template.h — the blank respondent list an agency fills in for the survey:
 * the columns `import respondents` reads, as CSV, or as an .xlsx workbook whose sheet "Hướng
 * dẫn" names the groups the agency lists with their quotas and its deadline, and whose sheet
 * "Danh sách" has the header frozen, a drop-down of those groups and phones kept as text.
 * Provides report_survey_template().  Uses: model.h, libxlsxwriter, report_csv_record.h. */
#ifndef PARIDX_REPORT_SURVEY_TEMPLATE_H
#define PARIDX_REPORT_SURVEY_TEMPLATE_H

#include "model.h"

/* Writes the list of agency a of m to path (xlsx when xlsx is set); 0, or -1 after saying
 * why. */
int report_survey_template(const char *path, int xlsx, const struct model *m,
                           const struct agency *a);

#endif
