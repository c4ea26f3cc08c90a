/* report_annex_common.c — what the score report's writers share (see report_annex.h): the
 * columns, the title for each audience, which rows each audience gets, a cell's text.
 * Uses: report_annex.h, annex.h, numfmt.h. */
#include "report_annex.h"

#include <stdio.h>

#include "numfmt.h"

const char *const annex_head[ANNEX_NCOLS] = {
    [ANNEX_CODE] = "Mã",
    [ANNEX_TITLE] = "Nội dung",
    [ANNEX_MAX] = "Điểm tối đa",
    [ANNEX_SELF] = "Tự đánh giá",
    [ANNEX_APPRAISAL1] = "Thẩm định lần 1",
    [ANNEX_APPRAISAL2] = "Thẩm định lần 2",
    [ANNEX_FINAL] = "Điểm đạt",
    [ANNEX_SOURCE] = "Nguồn điểm",
    [ANNEX_EVIDENCE] = "Tài liệu kiểm chứng",
    [ANNEX_NOTE] = "Ghi chú"};

const unsigned char annex_right[ANNEX_NCOLS] = {
    [ANNEX_MAX] = 1, [ANNEX_SELF] = 1, [ANNEX_APPRAISAL1] = 1, [ANNEX_APPRAISAL2] = 1,
    [ANNEX_FINAL] = 1};

const char *annex_title(enum annex_for f)
{
    return f == ANNEX_BNV
               ? "Kết quả chấm điểm từng tiêu chí thành phần và tài liệu kiểm chứng, gửi Bộ Nội vụ"
               : "Phụ lục báo cáo tự đánh giá, chấm điểm Chỉ số CCHC, gửi Ủy ban nhân dân tỉnh";
}

int annex_row_shown(const struct annex *a, const struct annex_row *row, enum annex_for f)
{
    return f != ANNEX_BNV || a->r->model->nodes[row->node].nchildren == 0;
}

const char *annex_source(const struct annex *a, const struct annex_row *row)
{
    if (a->r->model->nodes[row->node].nchildren)
        return "";
    return row->survey ? "điều tra XHH" : "tự đánh giá";
}

const char *annex_kind_name(const struct annex *a, const char *kind)
{
    const struct unit_kind *k = kind ? model_kind(a->r->model, kind) : NULL;
    return k ? k->name : kind ? kind : "";
}

/* Points as the cell shows them. */
static const char *points(double x, enum annex_numbers numbers, char *buf, size_t n)
{
    if (annex_is_none(x))
        snprintf(buf, n, "%s", numbers == ANNEX_TEXT ? "—" : "");
    else if (numbers == ANNEX_TEXT)
        num_format_vn(x, 2, buf, n);
    else if (numbers == ANNEX_COMMA)
        num_format_comma(x, 2, buf, n);
    else
        num_format(x, 2, buf, n);
    return buf;
}

const char *annex_cell(const struct annex *a, const struct annex_row *row, enum annex_col c,
                       enum annex_numbers numbers, char *buf, size_t n)
{
    const struct node *node = &a->r->model->nodes[row->node];
    switch (c) {
    case ANNEX_CODE: return node->code;
    case ANNEX_TITLE: return node->title ? node->title : "";
    case ANNEX_MAX: return points(row->max, numbers, buf, n);
    case ANNEX_SELF: return points(row->self, numbers, buf, n);
    case ANNEX_APPRAISAL1: return points(row->appraisal1, numbers, buf, n);
    case ANNEX_APPRAISAL2: return points(row->appraisal2, numbers, buf, n);
    case ANNEX_FINAL: return points(row->final, numbers, buf, n);
    case ANNEX_SOURCE: return annex_source(a, row);
    case ANNEX_EVIDENCE: return row->evidence ? row->evidence : "";
    case ANNEX_NOTE: return row->note ? row->note : "";
    case ANNEX_NCOLS: break;
    }
    return "";
}
