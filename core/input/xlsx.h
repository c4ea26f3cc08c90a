/* xlsx.h — a workbook saved by Excel (.xlsx) read as the records of its one data sheet, the
 * same records the CSV reader gives (struct csv_record): each row's cells from column A to
 * the header's last column (a value right of it is refused); shared and inline strings,
 * numbers, booleans (có/không), dates stored as serial numbers in a date-formatted cell
 * (given as dd/mm/yyyy) and ISO date cells, formulas by their cached value (said on stderr,
 * once per cell).  A sheet named "Hướng dẫn" (the agency form's instructions) is skipped.
 * Refused (PX_DATA) with the place "file.xlsx:Sheet!C12" where there is one: merged cells, a
 * second data sheet, an Excel error value, a password-protected (encrypted) or damaged file,
 * more than --max-mib MiB once uncompressed, more than --max-rows rows.  The sheet is held in
 * memory (within the --max-mib cap).  Read with libzip and expat.
 * Provides xlsx_open(), xlsx_next(), xlsx_place(), xlsx_close().
 * Uses: csv.h (struct csv_options, struct csv_record), calendar.h, text.h, vec.h, diag.h,
 * libzip, expat. */
#ifndef PARIDX_XLSX_H
#define PARIDX_XLSX_H

#include <stddef.h>

#include "csv.h"
#include "diag.h"

/* The sheet of instructions that `paridx template` writes first, skipped by the reader. */
#define XLSX_GUIDE_SHEET "Hướng dẫn"

struct xlsx_reader;

/* Opens and reads the workbook at path within opt's caps (NULL: csv_defaults()); NULL with e
 * set when it is refused. */
struct xlsx_reader *xlsx_open(const char *path, const struct csv_options *opt,
                              struct px_err *e);

/* As csv_next: 1 and the next non-empty row in rec (valid until the next call), 0 at the
 * end, -1 with e set.  rec->line is the row number, rec->columns the column numbers (A = 1). */
int xlsx_next(struct xlsx_reader *r, struct csv_record *rec, struct px_err *e);

/* Writes "path:Sheet!C12" for row and column (from 1) into buf; returns buf. */
const char *xlsx_place(const struct xlsx_reader *r, size_t row, size_t col, char *buf,
                       size_t n);

void xlsx_close(struct xlsx_reader *r);

#endif
