/* report_common.h — the scoreboard as a grid of cell texts, shared by the table and CSV
 * writers: Hạng | Mã | Đơn vị | one column per field that applies to some unit | Tổng |
 * Tối đa | Chỉ số (%) | Xếp loại, points formatted with 2 places.
 * Provides struct report_grid, report_grid_build(), report_grid_free(), report_csv_record().
 * Uses: results.h, numfmt.h. */
#ifndef PARIDX_REPORT_COMMON_H
#define PARIDX_REPORT_COMMON_H

#include <stddef.h>
#include <stdio.h>

#include "results.h"

struct report_grid {
    size_t ncols, nrows;
    const char **head;     /* column titles (borrowed from the model or constants) */
    unsigned char *right;  /* per column: 1 when right-aligned (numbers) */
    char **cells;          /* nrows × ncols malloc'd texts, row by row; "" when blank */
};

/* The grid of r's units in rank order; NULL when out of memory. */
struct report_grid *report_grid_build(const struct results *r);

/* Cell (row, col). */
const char *report_grid_cell(const struct report_grid *g, size_t row, size_t col);

void report_grid_free(struct report_grid *g);

/* One CSV line (report_csv.c): RFC 4180 quoting, CRLF; number[c] is 1 for a column of
 * numbers we formatted (NULL: all text), the others guarded against running as formulas. */
void report_csv_record(FILE *out, size_t ncols, const char *const *text,
                       const unsigned char *number);

#endif
