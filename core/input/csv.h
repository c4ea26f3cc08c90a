/* csv.h — CSV files as Excel exports them: UTF-8 with or without BOM, CRLF or LF, quoted
 * fields with "" escapes and embedded newlines, ',' or ';' (or tab) chosen from the header.
 * Every field is validated as UTF-8 and normalised to NFC.  The file streams in a chunk at a
 * time (memory stays bounded by the longest record), within caps on its size and rows, and
 * may come in Windows-1258 or TCVN3 when asked (converted as it streams).
 * Provides struct csv_options, struct csv_reader, struct csv_record, csv_*.
 * Uses: encoding.h, text.h, vec.h, diag.h. */
#ifndef PARIDX_CSV_H
#define PARIDX_CSV_H

#include <stddef.h>

#include "diag.h"
#include "encoding.h"

/* The caps a file must stay within (README, "import"): its size and its rows after the
 * header.  A file over a cap is refused (PX_DATA) with a message naming the option that
 * raises it. */
#define CSV_DEFAULT_MAX_MIB 64
#define CSV_DEFAULT_MAX_ROWS 200000

struct csv_options {
    size_t max_bytes;           /* the file's size in bytes (--max-mib) */
    size_t max_rows;            /* records after the header (--max-rows) */
    enum text_encoding encoding; /* what the file is in (--encoding) */
};

/* The defaults: CSV_DEFAULT_MAX_MIB, CSV_DEFAULT_MAX_ROWS, UTF-8. */
struct csv_options csv_defaults(void);

struct csv_reader;

struct csv_record {
    size_t nfields;
    char **fields;    /* NUL-terminated, NFC, trimmed of surrounding spaces */
    size_t *columns;  /* 1-based column (in characters) where each field starts */
    size_t *lines;    /* 1-based line where each field starts (a quoted field before it may
                       * span lines, so this can be later than `line`) */
    size_t line;      /* 1-based line where the record starts */
};

/* Opens path (a regular file) with opt (NULL: csv_defaults()); NULL and e set (PX_DATA)
 * when it cannot be read, is over the size cap, is UTF-16, or is UTF-8 although opt names a
 * legacy encoding. */
struct csv_reader *csv_open(const char *path, const struct csv_options *opt, struct px_err *e);

/* Reads the next record into rec (valid until the next call).  Returns 1 for a record,
 * 0 at end of file, -1 on an error with e = "path:line:column: expected …, found …".
 * Blank lines are skipped, and so are records whose fields are all empty and unquoted
 * (",,," rows that Excel writes for formatted but empty rows).  Bytes that are not UTF-8
 * are refused with the fix: when they look like Windows-1258 or TCVN3 the message says so
 * and names the --encoding that reads them. */
int csv_next(struct csv_reader *r, struct csv_record *rec, struct px_err *e);

const char *csv_path(const struct csv_reader *r);
char csv_delimiter(const struct csv_reader *r);
void csv_close(struct csv_reader *r);

#endif
