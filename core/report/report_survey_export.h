/* report_survey_export.h — the consolidated respondent list for the Post Office and the
 * Ministry: an .xlsx workbook with one sheet per survey group (header frozen), or one CSV
 * for Excel with the group in its first column.  The caller sorts the people.
 * Provides struct export_person, report_survey_export().  Uses: libxlsxwriter,
 * report_csv_record.h. */
#ifndef PARIDX_REPORT_SURVEY_EXPORT_H
#define PARIDX_REPORT_SURVEY_EXPORT_H

#include <stddef.h>

#include "model.h"

struct export_person {
    const char *group, *code, *name, *position, *workplace, *phone, *email, *address,
        *agency; /* NULL when not given */
};

/* Writes people (sorted, grouped by m's survey groups in their order) to path; xlsx when
 * xlsx is set, else CSV.  0, or -1 after saying why. */
int report_survey_export(const char *path, int xlsx, const struct model *m,
                         const struct export_person *people, size_t n);

#endif
