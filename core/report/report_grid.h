/* report_grid.h — any table of texts (struct report_grid, report_common.h) built row by row
 * and written as people or programs read it: an aligned text table (padded by display width,
 * numbers to the right, a rule under the heading, controls shown as escapes), CSV in the two
 * styles of report_csv_record.h (for Excel set to Vietnamese, or plain for programs; formulas
 * guarded), or JSON (an array of objects keyed by the column titles or given keys, every
 * value a string).  The audit log, the appraisal sheet and the comparison of two years use
 * it, the scoreboard its table writer.
 * Provides enum grid_format, grid_format_parse(), grid_points(), report_grid_new(),
 * report_grid_row(), report_grid_table(), report_grid_write().  Uses: report_common.h,
 * report_csv_record.h, json_out.h, numfmt.h, text.h, report_out.h. */
#ifndef PARIDX_REPORT_GRID_H
#define PARIDX_REPORT_GRID_H

#include <stdio.h>

#include "report_common.h"

/* csv: for Excel set to Vietnamese (BOM, ';', decimal comma); csv-plain: for programs (',',
 * decimal point); see report_csv_record.h. */
enum grid_format { GRID_TABLE, GRID_CSV, GRID_CSV_PLAIN, GRID_JSON };

/* "table", "csv", "csv-plain", "json" (NULL: table) → format; -1 when none of them. */
int grid_format_parse(const char *name, enum grid_format *out);

/* Points with 2 places as format fmt shows them: a decimal comma (79,51), or a point for
 * csv-plain (79.51). */
void grid_points(double x, enum grid_format fmt, char *buf, size_t n);

/* An empty grid of ncols columns titled head (borrowed: must outlive the grid); right[c] 1
 * for a column of numbers (NULL: none).  NULL when out of memory. */
struct report_grid *report_grid_new(size_t ncols, const char *const *head,
                                    const unsigned char *right);

/* Appends a row of ncols texts (copied; NULL as blank).  0, or -1 when out of memory. */
int report_grid_row(struct report_grid *g, const char *const *cells);

/* The aligned text table: heading, rule, rows.  Blank cells at the end of a line are left
 * out and no line ends in blanks. */
void report_grid_table(FILE *out, const struct report_grid *g);

/* The grid in format fmt; JSON objects are keyed by keys (one per column; NULL: the column
 * titles); what names the output for report_out_done.  0, or -1 when the output did not reach
 * the stream (said on stderr). */
int report_grid_write(FILE *out, const struct report_grid *g, enum grid_format fmt,
                      const char *const *keys, const char *what);

#endif
