/* report_csv_record.h — a record of the CSV files paridx writes (the scoreboard, the missing
 * facts, the agency forms), in one of two styles: for Excel set to Vietnamese (UTF-8 with a
 * BOM, fields separated by ';' since the comma is the decimal separator there) or plain for
 * programs (',' separated, no BOM).  Both: RFC 4180 quoting, CRLF line end; a text cell
 * starting with =, +, -, @, tab or CR gets a leading apostrophe, so Excel never runs it as a
 * formula (OWASP's advice).
 * Provides enum csv_style, report_csv_begin(), report_csv_record(),
 * report_formula_like().  Uses: libc. */
#ifndef PARIDX_REPORT_CSV_RECORD_H
#define PARIDX_REPORT_CSV_RECORD_H

#include <stddef.h>
#include <stdio.h>

enum csv_style {
    CSV_EXCEL, /* BOM, ';', numbers with a decimal comma: opens right in a Vietnamese Excel */
    CSV_PLAIN  /* ',', no BOM, numbers with a decimal point: for programs */
};

/* What goes before the first record: the BOM for CSV_EXCEL, nothing for CSV_PLAIN. */
void report_csv_begin(FILE *out, enum csv_style style);

/* One line of ncols cells; number[c] is 1 for a column of numbers we formatted (NULL: all
 * text, each cell guarded against formulas). */
void report_csv_record(FILE *out, enum csv_style style, size_t ncols, const char *const *text,
                       const unsigned char *number);

/* OWASP's defence against formula injection: 1 when a spreadsheet would read text s as a
 * formula (=, +, - or @ first, or a tab or CR); such a cell is written with an apostrophe in
 * front, here and in the .xlsx report. */
int report_formula_like(const char *s);

#endif
