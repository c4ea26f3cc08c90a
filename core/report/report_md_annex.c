/* report_md_annex.c — the score report as Markdown for e-mail and documents (see
 * report_annex.h): the title, the ranking of each kind of unit, then each unit's table with
 * its fields in bold; points with the decimal comma, "—" where nothing is recorded yet.
 * Uses: report_annex.h, report_common.h (a unit's note, the date), numfmt.h, report_out.h,
 * i18n.h (N_). */
#include "report_annex.h"

#include <string.h>

#include "i18n.h"
#include "numfmt.h"
#include "report_common.h"
#include "report_out.h"

/* s in a table cell: '|' escaped, line breaks as spaces, bold when asked. */
static void cell(FILE *out, const char *s, int bold)
{
    const char *start = s;
    fputs(bold && *s ? " **" : " ", out);
    for (; *s; s++) {
        if (*s == '|')
            fputs("\\|", out);
        else if (*s == '\n' || *s == '\r')
            fputc(' ', out);
        else
            fputc(*s, out);
    }
    fputs(bold && *start ? "** |" : " |", out);
}

static void header(FILE *out, const char *const *head, const unsigned char *right, size_t n)
{
    fputc('|', out);
    for (size_t c = 0; c < n; c++)
        cell(out, head[c], 0);
    fputs("\n|", out);
    for (size_t c = 0; c < n; c++)
        fputs(right[c] ? "---:|" : "---|", out);
    fputc('\n', out);
}

static void ranking_row(FILE *out, const struct unit_result *u)
{
    char rank[16] = "", total[32] = "", max[32] = "", pct[32] = "", note[64];
    if (u->status == UNIT_SCORED) {
        snprintf(rank, sizeof rank, "%d", u->rank);
        num_format_vn(u->total, 2, total, sizeof total);
        num_format_vn(u->own_max, 2, max, sizeof max);
        num_format_vn(u->percent, 2, pct, sizeof pct);
    }
    report_unit_note(u, note, sizeof note);
    const char *cells[] = {rank, u->code, u->name, total, max, pct,
                           u->band ? u->band->name : "", note};
    fputc('|', out);
    for (size_t c = 0; c < sizeof cells / sizeof *cells; c++)
        cell(out, cells[c], 0);
    fputc('\n', out);
}

static void ranking(FILE *out, const struct annex *a)
{
    static const char *const HEAD[] = {"Hạng", "Mã", "Đơn vị", "Điểm đạt", "Tối đa",
                                       "Chỉ số (%)", "Xếp loại", "Ghi chú"};
    static const unsigned char RIGHT[] = {1, 0, 0, 1, 1, 1, 0, 0};
    for (size_t i = 0; i < a->nunits; i++) {
        const struct unit_result *u = a->units[i].u;
        if (i == 0 || u->kind_order != a->units[i - 1].u->kind_order) {
            fprintf(out, "\n## Xếp hạng: %s\n\n", annex_kind_name(a, u->kind));
            header(out, HEAD, RIGHT, sizeof HEAD / sizeof *HEAD);
        }
        ranking_row(out, u);
    }
}

static void unit_table(FILE *out, const struct annex *a, const struct annex_unit *au,
                       enum annex_for f)
{
    const struct unit_result *u = au->u;
    char buf[64], total[32], max[32], pct[32];
    fprintf(out, "\n## %s — %s (%s)\n\n", u->code, u->name, annex_kind_name(a, u->kind));
    if (u->status == UNIT_SCORED) {
        num_format_vn(u->total, 2, total, sizeof total);
        num_format_vn(u->own_max, 2, max, sizeof max);
        num_format_vn(u->percent, 2, pct, sizeof pct);
        fprintf(out, "Tổng điểm %s/%s, chỉ số %s%%, xếp loại %s, hạng %d.\n\n", total, max,
                pct, u->band ? u->band->name : "—", u->rank);
    } else {
        report_unit_note(u, buf, sizeof buf);
        fprintf(out, "Chưa xếp hạng: %s.\n\n", buf);
        if (u->status == UNIT_ERROR)
            fprintf(out, "Lỗi dữ liệu ở tiêu chí %s: %s\n\n",
                     u->error_node >= 0 ? a->r->model->nodes[u->error_node].code : "—",
                     u->error->msg);
    }
    header(out, annex_head, annex_right, ANNEX_NCOLS);
    for (size_t k = 0; k < au->nrows; k++) {
        const struct annex_row *row = &au->rows[k];
        if (!annex_row_shown(a, row, f))
            continue;
        int bold = a->r->model->nodes[row->node].level == LEVEL_FIELD;
        fputc('|', out);
        for (int c = 0; c < ANNEX_NCOLS; c++)
            cell(out, annex_cell(a, row, (enum annex_col)c, ANNEX_TEXT, buf, sizeof buf), bold);
        fputc('\n', out);
    }
}

int report_annex_md(FILE *out, const struct annex *a, enum annex_for f)
{
    const struct results *r = a->r;
    fprintf(out, "# %s\n\n%s", annex_title(f), r->model->title ? r->model->title : "");
    if (r->data_year && r->data_year != r->model->year)
        fprintf(out, " (dữ liệu năm %d)", r->data_year);
    report_as_of(out, r->as_of);
    fputs(".\n", out);
    ranking(out, a);
    for (size_t i = 0; i < a->nunits; i++)
        unit_table(out, a, &a->units[i], f);
    return report_out_done(out, N_("the Markdown report"));
}
