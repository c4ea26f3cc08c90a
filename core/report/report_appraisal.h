/* report_appraisal.h — the appraisal sheet for people and programs: one row per scored unit
 * and applicable sub-criterion with its maximum, self score, round 1 and its reason, the
 * unit's explanation, round 2 and its reason, and the final points.
 * Provides report_appraisal(), report_appraisal_lines().  Uses: appraisal_sheet.h, report_sheet.h, numfmt.h, json_out.h. */
#ifndef PARIDX_REPORT_APPRAISAL_H
#define PARIDX_REPORT_APPRAISAL_H

#include <stdio.h>

#include "appraisal_sheet.h"
#include "report_sheet.h"

/* Table and CSV: Mã | Đơn vị | Tiêu chí | Tối đa | Tự chấm | Vòng 1 | Lý do vòng 1 | Giải trình
 * | Vòng 2 | Lý do vòng 2 | Kết quả, points with 2 places.  JSON: [{"unit","name","node",
 * "max","self","round1","reason1","explanation","round2","reason2","final"}] with numbers at
 * full precision and nulls for what was not set.  The units of r in their order (each found
 * on the sheet s by its code), only: one unit's code, or NULL for all.
 * 0, or -1 (said on stderr). */
int report_appraisal(FILE *out, const struct results *r, const struct appraisal_sheet *s,
                     const char *only, enum sheet_mode fmt);

/* For explain: the appraisal of one sub-criterion under its explanation, one line each for
 * what was set — "Thẩm định vòng 1: 1.50 — lý do: …", "Giải trình: …", "Thẩm định vòng 2: …"
 * — and that the points shown are the latest round's; nothing when nothing was set. */
void report_appraisal_lines(FILE *out, const struct sheet_entry *e);

#endif
