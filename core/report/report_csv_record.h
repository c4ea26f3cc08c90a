/* report_csv_record.h — a record of the CSV files paridx writes for Excel (the scoreboard, the
 * missing facts): comma-separated, RFC 4180 quoting, CRLF line end; a text cell starting with
 * =, +, -, @, tab or CR gets a leading apostrophe, so Excel never runs it as a formula
 * (OWASP's advice).  The writers put REPORT_CSV_BOM first, so Excel reads UTF-8.
 * Provides REPORT_CSV_BOM, report_csv_record(), report_formula_like().  Uses: libc. */
#ifndef PARIDX_REPORT_CSV_RECORD_H
#define PARIDX_REPORT_CSV_RECORD_H

#include <stddef.h>
#include <stdio.h>

#define REPORT_CSV_BOM "\xEF\xBB\xBF"

/* One line of ncols cells; number[c] is 1 for a column of numbers we formatted (NULL: all
 * text, each cell guarded against formulas). */
void report_csv_record(FILE *out, size_t ncols, const char *const *text,
                       const unsigned char *number);

/* OWASP's defence against formula injection: 1 when a spreadsheet would read text s as a
 * formula (=, +, - or @ first, or a tab or CR); such a cell is written with an apostrophe in
 * front, here and in the .xlsx report. */
int report_formula_like(const char *s);

#endif
