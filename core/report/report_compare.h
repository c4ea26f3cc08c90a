/* report_compare.h — two scorings side by side (two years' rule files, each on its year's
 * data): for each unit its total, index, band and rank in both, the points of each field
 * (matched by code), the change and its arrow (↑ better, ↓ worse, → the same as displayed).
 * Changes are between the values as displayed (2 places), so a table never shows
 * 79,51 → 79,52 with a change of 0,00.
 * Provides report_compare().  Uses: results.h, report_sheet.h (table and CSV), numfmt.h,
 * json_out.h, text.h. */
#ifndef PARIDX_REPORT_COMPARE_H
#define PARIDX_REPORT_COMPARE_H

#include <stdio.h>

#include "report_sheet.h"
#include "results.h"

/* Table: a summary (Mã | Đơn vị | [Loại] | Tổng A | Tổng B | ± | Chỉ số A | Chỉ số B | ± | ↑↓ |
 * Xếp loại A | Xếp loại B | Hạng A | Hạng B | ± | ↑↓), then "Điểm theo lĩnh vực": one row
 * per unit and field (Mã | Đơn vị | Lĩnh vực | A | B | ± | ↑↓).  CSV: one row per unit and
 * item (Tổng, Chỉ số, Xếp loại, Hạng, each field's code).  JSON: {"a":{"file","year"},
 * "b":{…},"units":[{"code","name","kind","a":{"total","percent","band","rank","fields":{…}},
 * "b":{…},"change":{"total","percent","rank","fields":{…}}}]} with full precision, nulls where
 * a side has no result.  Units in A's order (kind, rank), then those only B scores.  A and B
 * are named by their years (or "A" and "B" when the years are equal).  0, or -1 (said). */
int report_compare(FILE *out, const struct results *a, const struct results *b,
                   enum sheet_mode fmt);

#endif
