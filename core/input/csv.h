/* csv.h — CSV files as Excel exports them: UTF-8 with or without BOM, CRLF or LF, quoted
 * fields with "" escapes and embedded newlines, ',' or ';' (or tab) chosen from the header.
 * Every field is validated as UTF-8 and normalised to NFC.
 * Provides struct csv_reader, struct csv_record, csv_*.  Uses: text.h, diag.h. */
#ifndef PARIDX_CSV_H
#define PARIDX_CSV_H

#include <stddef.h>

#include "diag.h"

struct csv_reader;

struct csv_record {
    size_t nfields;
    char **fields;    /* NUL-terminated, NFC, trimmed of surrounding spaces */
    size_t *columns;  /* 1-based column (in characters) where each field starts */
    size_t *lines;    /* 1-based line where each field starts (a quoted field before it may
                       * span lines, so this can be later than `line`) */
    size_t line;      /* 1-based line where the record starts */
};

/* Opens path; NULL and e set (PX_DATA) when it cannot be read. */
struct csv_reader *csv_open(const char *path, struct px_err *e);

/* Reads the next record into rec (valid until the next call).  Returns 1 for a record,
 * 0 at end of file, -1 on an error with e = "path:line:column: expected …, found …".
 * Blank lines are skipped, and so are records whose fields are all empty and unquoted
 * (",,," rows that Excel writes for formatted but empty rows). */
int csv_next(struct csv_reader *r, struct csv_record *rec, struct px_err *e);

const char *csv_path(const struct csv_reader *r);
char csv_delimiter(const struct csv_reader *r);
void csv_close(struct csv_reader *r);

#endif
