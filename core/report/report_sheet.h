/* report_sheet.h — any small table of texts (the REPL's units, gains, diffs, comparisons)
 * written the three ways paridx prints tables: aligned by display width for the terminal,
 * CSV records for a Vietnamese Excel (';' between cells, numbers with a decimal comma), or a
 * JSON array of objects keyed by the column titles.  A sheet is a struct report_grid
 * (report_common.h) built row by row; the scoreboard's table uses the same aligned writer.
 * Provides enum sheet_mode, report_sheet_new(), report_sheet_add(), report_sheet_write(),
 * report_sheet_print(), report_sheet_mode(), report_sheet_points().  Uses: report_common.h
 * (struct report_grid). */
#ifndef PARIDX_REPORT_SHEET_H
#define PARIDX_REPORT_SHEET_H

#include <stddef.h>
#include <stdio.h>

#include "report_common.h"

/* SHEET_CSV_PLAIN: CSV for programs (',' between cells, numbers with a decimal point). */
enum sheet_mode { SHEET_TABLE, SHEET_CSV, SHEET_JSON, SHEET_CSV_PLAIN };

/* "table", "csv", "json", "csv-plain" → mode (NULL: table); -1 when none of them. */
int report_sheet_mode(const char *name, enum sheet_mode *out);

/* Points with 2 places as mode writes them: a decimal comma (79,51), or a point for
 * csv-plain (79.51). */
void report_sheet_points(double x, enum sheet_mode mode, char *buf, size_t n);

/* An empty sheet of ncols columns titled head (borrowed: constants or the model's texts),
 * right[c] 1 for a column of numbers (NULL: all text).  NULL when out of memory; free it
 * with report_grid_free(). */
struct report_grid *report_sheet_new(size_t ncols, const char *const *head,
                                     const unsigned char *right);

/* Appends a row of ncols texts (copied; NULL is blank).  0, or -1 when out of memory. */
int report_sheet_add(struct report_grid *g, const char *const *cells);

/* Writes g: SHEET_TABLE aligned, with a rule under the titles (blank cells at a line's end
 * left out, so no line ends in blanks); SHEET_CSV a header record then one per row, in the
 * Excel style of report_csv_record.h but without the BOM (it goes into a session's output);
 * SHEET_JSON [{"title":"cell",…},…] on one line.
 * Control characters in cells show as escapes.  0, or -1 when out of memory. */
int report_sheet_write(FILE *out, const struct report_grid *g, enum sheet_mode mode);

/* A sheet that is the whole output of a command (paridx log, appraisals, compare): as
 * report_sheet_write, CSV for Excel with its BOM first; then report_out_done(out, what).
 * 0, or -1 (said on stderr). */
int report_sheet_print(FILE *out, const struct report_grid *g, enum sheet_mode mode,
                       const char *what);

#endif
