/* report_explain.h — why a node got its points for one unit: for a leaf, the scale, the facts it read
 * with their values and where they came from, the scale's own words; for a parent, each
 * child's points; always what was lost against the maximum.
 * Provides report_explain().  Uses: results.h, fact.h (fact_info), numfmt.h, text.h,
 * report_out.h. */
#ifndef PARIDX_REPORT_EXPLAIN_H
#define PARIDX_REPORT_EXPLAIN_H

#include <stdio.h>

#include "results.h"
#include "fact.h"

/* 0, or -1 when the output failed (said on stderr). */
int report_explain(FILE *out, const struct results *r, size_t unit, size_t node,
                   const struct fact_info *facts, size_t nfacts);

#endif
