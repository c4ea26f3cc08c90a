/* report_missing.h — the facts the rules read that the data did not have: what a year's data lacks
 * under another year's rules (`paridx run rules/2020.lua --db data-2019.db --missing`).
 * Provides missing_summary(), report_missing().  Uses: results.h, diag.h, text.h, report_out.h. */
#ifndef PARIDX_REPORT_MISSING_H
#define PARIDX_REPORT_MISSING_H

#include <stdio.h>

#include "results.h"

/* One line on stderr (px_say) when any fact read was missing ("paridx: the data lacks 3 facts that
 * rules/2020.lua reads, for 1 unit: a, b, c; they scored as missing (see --missing)");
 * nothing otherwise.  Returns the number of (unit, fact) pairs missing. */
size_t missing_summary(const struct results *r);

/* The table: Mã | Đơn vị | Dữ kiện | Tiêu chí cần — one row per unit and fact.  0, or -1
 * when the output failed (said on stderr). */
int report_missing(FILE *out, const struct results *r);

#endif
