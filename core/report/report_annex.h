/* report_annex.h — the score report (`paridx report`) in five formats, from one struct annex:
 * a ranking of the units per kind, then for each unit one row per node (Mã, Nội dung, Điểm
 * tối đa, Tự đánh giá, Thẩm định lần 1, Thẩm định lần 2, Điểm đạt, Nguồn điểm, Tài liệu kiểm
 * chứng, Ghi chú).  For the Provincial People's Committee (ANNEX_UBND, the self-assessment
 * report's annex) every field, criterion and sub-criterion; for the Ministry (ANNEX_BNV)
 * every leaf with its evidence.  Points for people (md, html, xlsx's display) with the
 * decimal comma; in CSV for Excel with the decimal comma, in plain CSV and JSON (for
 * programs) with '.', at full precision in JSON.  Each writer
 * returns 0, or -1 after saying why on stderr.
 * Provides enum annex_for, the report_annex_*() writers, and the helpers the writers share:
 * enum annex_numbers, ANNEX_NCOLS, annex_head[], annex_right[], annex_title(), annex_row_shown(), annex_cell(),
 * annex_source(), annex_kind_name().
 * Uses: annex.h, results.h. */
#ifndef PARIDX_REPORT_ANNEX_H
#define PARIDX_REPORT_ANNEX_H

#include <stddef.h>
#include <stdio.h>

#include "annex.h"

enum annex_for { ANNEX_UBND, ANNEX_BNV };

enum annex_col {
    ANNEX_CODE, ANNEX_TITLE, ANNEX_MAX, ANNEX_SELF, ANNEX_APPRAISAL1, ANNEX_APPRAISAL2,
    ANNEX_FINAL, ANNEX_SOURCE, ANNEX_EVIDENCE, ANNEX_NOTE, ANNEX_NCOLS
};

/* Column titles, in Vietnamese, and 1 for the columns of points (right-aligned). */
extern const char *const annex_head[ANNEX_NCOLS];
extern const unsigned char annex_right[ANNEX_NCOLS];

/* The report's title for its audience: "Phụ lục … gửi Ủy ban nhân dân tỉnh" / "… Bộ Nội vụ". */
const char *annex_title(enum annex_for f);

/* 1 when the row belongs in the report for f (the Ministry's: leaves only). */
int annex_row_shown(const struct annex *a, const struct annex_row *row, enum annex_for f);

/* How a cell shows points: as Vietnamese text writes them (decimal comma, at most 2 places,
 * "0,5"; "—" for none: md, html), for Excel set to Vietnamese (decimal comma, exactly 2
 * places, "0,50"; "" for none), or for programs (decimal point, "0.50"; ""). */
enum annex_numbers { ANNEX_TEXT, ANNEX_COMMA, ANNEX_POINT };

/* The text of a cell, points shown as `numbers` says.  Returns buf, or the node's or row's
 * own text (borrowed). */
const char *annex_cell(const struct annex *a, const struct annex_row *row, enum annex_col c,
                       enum annex_numbers numbers, char *buf, size_t n);

/* "điều tra XHH" or "tự đánh giá" for a leaf, "" for a parent. */
const char *annex_source(const struct annex *a, const struct annex_row *row);

/* The name of a unit kind as the rule file declares it, else its code, else "". */
const char *annex_kind_name(const struct annex *a, const char *kind);

int report_annex_md(FILE *out, const struct annex *a, enum annex_for f);
/* CSV for Excel set to Vietnamese (BOM, ';', decimal comma), and plain for programs. */
int report_annex_csv(FILE *out, const struct annex *a, enum annex_for f);
int report_annex_csv_plain(FILE *out, const struct annex *a, enum annex_for f);
int report_annex_json(FILE *out, const struct annex *a, enum annex_for f);
int report_annex_html(FILE *out, const struct annex *a, enum annex_for f);
/* Writes the workbook to path: a sheet "Xếp hạng" and one sheet per unit. */
int report_annex_xlsx(const char *path, const struct annex *a, enum annex_for f);

#endif
