/* report_missing.h — the facts the rules read that the data did not have: what a year's data lacks
 * under another year's rules (`paridx run rules/2020.lua --db data-2019.db --missing`).
 * Provides missing_summary(), enum missing_format, report_missing().
 * Uses: results.h, diag.h, text.h, json_out.h, report_csv_record.h, report_out.h. */
#ifndef PARIDX_REPORT_MISSING_H
#define PARIDX_REPORT_MISSING_H

#include <stdio.h>

#include "results.h"

/* One line on stderr (px_say) when a unit scored lacked a fact it read ("paridx: the data
 * lacks 3 facts that rules/2020.lua reads, for 1 unit: a, b, c; they scored as missing (see
 * --missing)"); nothing otherwise (units with no data or a data error say so themselves).  Returns the number of (unit, fact) pairs missing. */
size_t missing_summary(const struct results *r);

/* run's --format order */
enum missing_format { MISSING_TABLE, MISSING_CSV, MISSING_CSV_PLAIN, MISSING_JSON };

/* One row per unit and fact: Mã | Đơn vị | Dữ kiện | Tiêu chí cần as an aligned table, or as
 * CSV for Excel (UTF-8 with BOM, ';', the leaves as "1.1.2, 2.1") or plain CSV, or as JSON
 * {"rules":"…","missing":[{"unit":"HGG","name":"Hà Giang","kind":"province",
 * "fact":"plan_date","nodes":["1.1.2"]}]}.  A unit with no data yet lists every fact its
 * leaves read.  0, or -1 when the output failed (said on stderr). */
int report_missing(FILE *out, const struct results *r, enum missing_format format);

#endif
