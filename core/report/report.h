/* report.h — the scoreboard and the explanation, written for people and programs.  Each
 * writer returns 0, or -1 when it ran out of memory or its output failed (said on stderr).
 * Provides report_table(), report_csv(), report_json().
 * Uses: results.h, numfmt.h, text.h, report_out.h. */
#ifndef PARIDX_REPORT_H
#define PARIDX_REPORT_H

#include <stdio.h>

#include "results.h"

/* Aligned table: Hạng | Mã | Đơn vị | field 1 … field N | Tổng | Tối đa | Chỉ số % | Xếp loại.
 * Points rounded to 2 places for display; Vietnamese names align by display width. */
int report_table(FILE *out, const struct results *r);

/* The same columns as CSV (UTF-8 with BOM, for Excel), comma-separated, 2 places; a text
 * cell starting with =, +, -, @, tab or CR gets a leading apostrophe, so Excel never runs a
 * unit's name as a formula (OWASP's advice). */
int report_csv(FILE *out, const struct results *r);

/* {"year":2019,"index":"…","as_of":null,"units":[{"code":"LCH","name":"Lai Châu",
 *   "kind":"province","total":79.51,"max":100,"percent":79.51,"rank":1,"band":"C",
 *   "fields":{"1":{"points":7.25,"max":9}, …}}]}  — numbers at full precision. */
int report_json(FILE *out, const struct results *r);

#endif
