/* survey_views.h — the views of `paridx survey`: status, export and ranks, each writing to
 * out and returning an exit code (after saying any error).
 * Provides survey_status(), survey_export(), survey_ranks().  Uses: model.h, store.h,
 * report_rows.h, session.h. */
#ifndef PARIDX_SURVEY_VIEWS_H
#define PARIDX_SURVEY_VIEWS_H

#include <stdio.h>

#include "model.h"
#include "report_rows.h"
#include "session.h"
#include "store.h"

/* as_of: yyyy-mm-dd, the day lists are judged on.  PX_FINDINGS when a list is missing, a
 * quota unmet or a respondent listed twice. */
int survey_status(FILE *out, const struct model *m, struct store *s, int year,
                  const char *as_of, enum rows_format f);

/* The consolidated list, one sheet per group (xlsx) or one CSV with the group first; sorted
 * by the respondent's unit (cơ quan/đơn vị), then given name, in Vietnamese order.  xlsx
 * when format is "xlsx" (default), "csv" otherwise. */
int survey_export(const char *path, const char *format, const struct model *m,
                  struct store *s, int year);

/* Each unit's rank and the range of ranks its survey points' 95% intervals allow; the
 * session is scored already. */
int survey_ranks(FILE *out, struct session *ss, enum rows_format f);

#endif
