/* report_common.h — the scoreboard as a grid of cell texts, shared by the table and CSV
 * writers: [Loại] | Hạng | Mã | Đơn vị | one column per field that applies to some unit |
 * [Thưởng | Trừ (when some unit has bonus or penalty points)] | Tổng | Tối đa | Chỉ số (%) |
 * Xếp loại | [Ghi chú], points formatted with 2 places and a decimal comma (79,51; with
 * GRID_POINT 79.51); and a
 * unit's data error as shown to people.
 * Provides struct report_grid, report_grid_build(), report_grid_cell(), report_grid_free(),
 * report_unit_note(), report_unit_error(), report_as_of().  Uses: results.h, numfmt.h,
 * calendar.h, text.h. */
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

enum {
    GRID_KIND = 1,       /* a first column Loại with each unit's kind code */
    GRID_ALWAYS_NOTE = 2, /* the Ghi chú column even when no unit has a note */
    GRID_POINT = 4        /* points with a decimal point, for programs (plain CSV) */
};

/* The grid of r's units in their order; flags: GRID_*.  A unit not ranked has blank points
 * and its note (Ghi chú) says why: "lỗi dữ liệu" or "chưa có dữ liệu"; a unit scored without
 * some facts, "thiếu N dữ kiện".  NULL when out of memory. */
struct report_grid *report_grid_build(const struct results *r, unsigned flags);

/* Cell (row, col). */
const char *report_grid_cell(const struct report_grid *g, size_t row, size_t col);

void report_grid_free(struct report_grid *g);

/* Why a unit's row is not a plain score ("lỗi dữ liệu", "chưa có dữ liệu", "thiếu N dữ
 * kiện"), or "" when it is, into buf. */
void report_unit_note(const struct unit_result *u, char *buf, size_t n);

/* u's data error (u->status == UNIT_ERROR) as people read it, naming the leaf and unit. */
void report_unit_error(const struct results *r, const struct unit_result *u, struct px_err *out);

/* ", tính đến ngày dd/mm/yyyy" for a scoreboard scored as of a date (as_of: yyyy-mm-dd, shown
 * as it is when it is not one); nothing for NULL. */
void report_as_of(FILE *out, const char *as_of);

#endif
