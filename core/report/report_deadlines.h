/* report_deadlines.h — `paridx deadlines`: where each deadline stands for each agency, most
 * urgent first, as an aligned table, CSV for Excel or for programs, or JSON.
 * Provides report_deadlines().  Uses: model.h, deadline_status.h. */
#ifndef PARIDX_REPORT_DEADLINES_H
#define PARIDX_REPORT_DEADLINES_H

#include <stdio.h>

#include "deadline_status.h"
#include "model.h"

enum deadlines_format { DEADLINES_TABLE, DEADLINES_CSV, DEADLINES_CSV_PLAIN, DEADLINES_JSON };

/* Writes the statuses on as_of (yyyy-mm-dd).  0, or -1 when the output failed (said). */
int report_deadlines(FILE *out, enum deadlines_format f, const struct model *m,
                     const char *as_of, const struct deadline_status *s, size_t n);

/* The status in words: "quá hạn 3 ngày làm việc", "còn 2 ngày làm việc", "đúng hạn" … */
void report_deadline_words(const struct model *m, const struct deadline_status *s, char *buf,
                           size_t len);

#endif
