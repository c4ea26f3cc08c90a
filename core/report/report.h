/* report.h — the scoreboard and the explanation, written for people and programs.  Each
 * writer returns 0, or -1 when it ran out of memory or its output failed (said on stderr).
 * Provides report_table(), report_csv(), report_csv_plain(), report_json().
 * Uses: results.h, numfmt.h, text.h, report_out.h. */
#ifndef PARIDX_REPORT_H
#define PARIDX_REPORT_H

#include <stdio.h>

#include "results.h"

/* Aligned table: Hạng | Mã | Đơn vị | field 1 … field N | Tổng | Tối đa | Chỉ số % | Xếp loại
 * [| Ghi chú: lỗi dữ liệu, chưa có dữ liệu, thiếu N dữ kiện], one table per kind of unit
 * under the kind's name when the index declares several kinds, then under "Lỗi dữ liệu:" each
 * unit's data error.  Points rounded to 2 places with a decimal comma; Vietnamese names align by
 * display width. */
int report_table(FILE *out, const struct results *r);

/* The same columns as CSV, in one list, with a first column Loại (the kind's code) and the
 * Ghi chú column always, for Excel set to Vietnamese: UTF-8 with BOM, ';'-separated, 2
 * places with a decimal comma; a text cell starting with =, +, -, @, tab or CR gets a leading
 * apostrophe, so Excel never runs a unit's name as a formula (OWASP's advice). */
int report_csv(FILE *out, const struct results *r);

/* The same for programs: ','-separated, a decimal point, no BOM. */
int report_csv_plain(FILE *out, const struct results *r);

/* {"year":2019,"index":"…","as_of":null,"units":[{"code":"LCH","name":"Lai Châu",
 *   "kind":"province","status":"scored","missing":0,"total":79.51,"max":100,
 *   "percent":79.51,"rank":1,"band":"C","fields":{"1":{"points":7.25,"max":9}, …}}],
 *  "errors":[{"unit":"DBN","node":"1.1.3","message":"…","file":"rules/2019.lua","line":17}]}
 * — numbers at full precision; status "scored", "error" or "no_data" (then total, max,
 * percent, rank and band are null and fields empty); rank within the unit's kind. */
int report_json(FILE *out, const struct results *r);

#endif
