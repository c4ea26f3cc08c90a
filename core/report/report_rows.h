/* report_rows.h — a table of text rows written the three ways a command offers: an aligned
 * table for people (columns by display width, numbers to the right, decimal comma), CSV for a
 * Vietnamese Excel (BOM, ";",
 * formulas neutralised) and JSON for programs (an array of objects, numbers kept at full
 * precision).  The survey's views are built on it.
 * Provides struct report_rows, enum rows_format, report_rows_*().  Uses: text.h, numfmt.h,
 * json_out.h, report_csv_record.h. */
#ifndef PARIDX_REPORT_ROWS_H
#define PARIDX_REPORT_ROWS_H

#include <stddef.h>
#include <stdio.h>

enum rows_format { ROWS_TABLE, ROWS_CSV, ROWS_JSON };

/* 0 with *f set for "table", "csv" or "json"; -1 otherwise. */
int report_rows_format(const char *name, enum rows_format *f);

struct rows_cell {
    char *text;  /* as people read it */
    double num;  /* the number behind it, for JSON */
    int is_num;
};

struct report_rows {
    size_t ncols;
    const char *const *head; /* table and CSV titles */
    const char *const *keys; /* JSON keys */
    int no_bom;              /* CSV: a table after another one in the same file */
    struct rows_cell *cells; /* row by row */
    size_t nrows, cap;
};

/* Adds a row: for each column a text, or for a number (places[c] >= 0) num[c], shown with
 * places[c] decimals unless text[c] says how (text may be NULL); places may be NULL (all
 * texts).  0, or -1 when out of memory. */
int report_rows_add(struct report_rows *r, const char *const *text, const double *num,
                    const signed char *places);

/* Writes the rows under `title` when not NULL (a table's first line; in CSV a record of its
 * own after a blank line when no_bom says another table came first); 0, or -1 when the
 * output failed. */
int report_rows_write(FILE *out, const struct report_rows *r, enum rows_format f,
                      const char *title);

/* The rows as a JSON array (for a writer that puts several in one object). */
void report_rows_json(FILE *out, const struct report_rows *r);

void report_rows_free(struct report_rows *r);

#endif
