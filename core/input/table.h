/* table.h — the rows of a file that people fill in, whatever it was saved as: an .xlsx
 * workbook (xlsx.h) or otherwise CSV (csv.h), chosen by the file's extension, as the same
 * records, with errors placed the way each is read ("facts.csv:4:2", "facts.xlsx:Sheet1!B4").
 * Provides table_open(), table_next(), table_err_at(), table_verr_at(), table_close().  Uses: csv.h, xlsx.h. */
#ifndef PARIDX_TABLE_H
#define PARIDX_TABLE_H

#include <stdarg.h>

#include "csv.h"
#include "diag.h"

struct table_reader;

/* Opens path as .xlsx when its name ends so (any case), else as CSV; NULL with e set. */
struct table_reader *table_open(const char *path, const struct csv_options *opt,
                                struct px_err *e);

/* As csv_next. */
int table_next(struct table_reader *t, struct csv_record *rec, struct px_err *e);

/* Sets e (code) about the cell at line and column of a record, placed as the file is read. */
void table_err_at(const struct table_reader *t, struct px_err *e, enum px_exit code,
                  size_t line, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* As table_err_at, with the message's arguments in ap (for callers that take their own ...). */
void table_verr_at(const struct table_reader *t, struct px_err *e, enum px_exit code,
                   size_t line, size_t col, const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));

void table_close(struct table_reader *t);

#endif
