/* report_html_annex.c — the score report as one self-contained HTML page (see
 * report_annex.h): no script, no link to anything outside the file; charts are inline SVG.
 * The scoreboard and a ranking chart per kind of unit, the points lost in each field, the
 * deadlines and their status, the survey's coverage (report_html_plan.c), then each unit's bars per field against the maximum and its table of nodes.
 * Prints on A4 landscape, each unit on a new page.  Points with the decimal comma.
 * Uses: report_annex.h, report_html_plan.h (deadlines, survey), report_html_svg.h, report_common.h (a unit's note), numfmt.h,
 * calendar.h, report_out.h, i18n.h (messages). */
#include "report_annex.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "i18n.h"
#include "numfmt.h"
#include "report_common.h"
#include "report_html_plan.h"
#include "report_html_svg.h"
#include "report_out.h"

static const char STYLE[] =
    "@page{size:A4 landscape;margin:12mm}"
    "body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:10pt;"
    "color:#222;margin:16px}"
    "h1{font-size:15pt}h2{font-size:12.5pt;margin-top:1.4em}h3{font-size:11pt}"
    "table{border-collapse:collapse;width:100%;margin:.4em 0}"
    "th,td{border:1px solid #999;padding:2px 5px;vertical-align:top}"
    "th{background:#e4e4e4}td.n{text-align:right;white-space:nowrap}"
    "tr.f td{font-weight:bold;background:#f0f0f0}thead{display:table-header-group}"
    "tr{break-inside:avoid}svg{max-width:100%;height:auto}"
    ".lb,.vl{font-size:11px;fill:#222}.tr{fill:#e8e8e8}.br{fill:#2f6fb0}"
    "section.unit{break-before:page}";

/* A number as the page shows it. */
static const char *vn(double x, char *buf, size_t n)
{
    num_format_vn(x, 2, buf, n);
    return buf;
}

/* One kind's scoreboard (units [from, to) of a) and its ranking chart. */
static int scoreboard(FILE *out, const struct annex *a, size_t from, size_t to)
{
    static const char *const HEAD[] = {"Hạng", "Mã", "Đơn vị", "Điểm đạt", "Tối đa",
                                       "Chỉ số (%)", "Xếp loại", "Ghi chú"};
    static const unsigned char RIGHT[] = {1, 0, 0, 1, 1, 1, 0, 0};
    enum { NH = sizeof HEAD / sizeof *HEAD };
    struct svg_bar *bars = calloc(to - from + 1, sizeof *bars);
    if (!bars)
        return -1;
    fprintf(out, "<h2>Bảng xếp hạng: ");
    html_text(out, annex_kind_name(a, a->units[from].u->kind));
    fputs("</h2>\n<table><thead>", out);
    html_row(out, "th", HEAD, RIGHT, NH);
    fputs("</thead><tbody>\n", out);
    size_t nbars = 0;
    for (size_t i = from; i < to; i++) {
        const struct unit_result *u = a->units[i].u;
        char rank[16] = "", total[32] = "", max[32] = "", pct[32] = "", note[64];
        int scored = u->status == UNIT_SCORED;
        if (scored) {
            snprintf(rank, sizeof rank, "%d", u->rank);
            vn(u->total, total, sizeof total);
            vn(u->own_max, max, sizeof max);
            vn(u->percent, pct, sizeof pct);
            struct svg_bar *b = &bars[nbars++];
            snprintf(b->label, sizeof b->label, "%d. %s", u->rank, u->name);
            snprintf(b->shown, sizeof b->shown, "%s%%", pct);
            b->value = u->percent;
            b->max = 100;
        }
        report_unit_note(u, note, sizeof note);
        const char *row[NH] = {rank, u->code, u->name, total, max, pct,
                               u->band ? u->band->name : "", note};
        html_row(out, "td", row, RIGHT, NH);
    }
    fputs("</tbody></table>\n", out);
    if (nbars)
        svg_bars(out, "Chỉ số CCHC (%) theo thứ hạng", bars, nbars);
    free(bars);
    return 0;
}

/* Per field: the points all scored units lost, against what they could have had. */
static int points_lost(FILE *out, const struct annex *a)
{
    const struct model *m = a->r->model;
    struct svg_bar *bars = calloc(m->nnodes + 1, sizeof *bars);
    if (!bars)
        return -1;
    size_t n = 0;
    double most = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (m->nodes[i].parent != -1)
            continue;
        double lost = 0, possible = 0;
        for (size_t u = 0; u < a->r->nunits; u++) {
            const struct unit_result *ur = &a->r->units[u];
            if (ur->status == UNIT_SCORED && ur->applicable[i]) {
                lost += ur->max[i] - ur->points[i];
                possible += ur->max[i];
            }
        }
        char l[32], p[32];
        struct svg_bar *b = &bars[n++];
        snprintf(b->label, sizeof b->label, "%s. %s", m->nodes[i].code,
                 m->nodes[i].title ? m->nodes[i].title : "");
        snprintf(b->shown, sizeof b->shown, "%s/%s", vn(lost, l, sizeof l),
                 vn(possible, p, sizeof p));
        b->value = lost;
        most = lost > most ? lost : most;
    }
    for (size_t i = 0; i < n; i++)
        bars[i].max = most;
    fputs("<h2>Điểm bị mất theo lĩnh vực</h2>\n<p>Tổng số điểm các đơn vị đã chấm điểm chưa "
          "đạt được trong mỗi lĩnh vực, trên tổng điểm tối đa của lĩnh vực đó.</p>\n", out);
    svg_bars(out, "Điểm bị mất theo lĩnh vực", bars, n);
    free(bars);
    return 0;
}

/* Unit au's bars per field against the maximum. */
static int field_bars(FILE *out, const struct annex *a, const struct annex_unit *au)
{
    const struct model *m = a->r->model;
    struct svg_bar *bars = calloc(au->nrows + 1, sizeof *bars);
    if (!bars)
        return -1;
    size_t n = 0;
    for (size_t k = 0; k < au->nrows; k++) {
        const struct annex_row *r = &au->rows[k];
        const struct node *node = &m->nodes[r->node];
        if (node->level != LEVEL_FIELD || annex_is_none(r->final))
            continue;
        char p[32], x[32];
        struct svg_bar *b = &bars[n++];
        snprintf(b->label, sizeof b->label, "%s. %s", node->code, node->title ? node->title : "");
        snprintf(b->shown, sizeof b->shown, "%s/%s", vn(r->final, p, sizeof p),
                 vn(r->max, x, sizeof x));
        b->value = r->final;
        b->max = r->max;
    }
    if (n)
        svg_bars(out, "Điểm đạt theo lĩnh vực so với điểm tối đa", bars, n);
    free(bars);
    return 0;
}

static int unit_section(FILE *out, const struct annex *a, const struct annex_unit *au,
                        enum annex_for f)
{
    const struct unit_result *u = au->u;
    char buf[64], total[32], max[32], pct[32];
    fputs("<section class=\"unit\"><h2>", out);
    html_text(out, u->code);
    fputs(" — ", out);
    html_text(out, u->name);
    fputs(" (", out);
    html_text(out, annex_kind_name(a, u->kind));
    fputs(")</h2>\n<p>", out);
    if (u->status == UNIT_SCORED) {
        fprintf(out, "Tổng điểm %s/%s, chỉ số %s%%, xếp loại ", vn(u->total, total, sizeof total),
                vn(u->own_max, max, sizeof max), vn(u->percent, pct, sizeof pct));
        html_text(out, u->band ? u->band->name : "—");
        fprintf(out, ", hạng %d.", u->rank);
    } else {
        report_unit_note(u, buf, sizeof buf);
        fprintf(out, "Chưa xếp hạng: %s.", buf);
        if (u->status == UNIT_ERROR) {
            fprintf(out, "</p>\n<p>Lỗi dữ liệu ở tiêu chí %s: ",
                    u->error_node >= 0 ? a->r->model->nodes[u->error_node].code : "—");
            html_text(out, u->error->msg);
        }
    }
    fputs("</p>\n", out);
    if (field_bars(out, a, au) != 0)
        return -1;
    fputs("<table><thead>", out);
    html_row(out, "th", annex_head, NULL, ANNEX_NCOLS);
    fputs("</thead><tbody>\n", out);
    for (size_t k = 0; k < au->nrows; k++) {
        const struct annex_row *r = &au->rows[k];
        if (!annex_row_shown(a, r, f))
            continue;
        int field = a->r->model->nodes[r->node].level == LEVEL_FIELD;
        fputs(field ? "<tr class=\"f\">" : "<tr>", out);
        for (int c = 0; c < ANNEX_NCOLS; c++) {
            fputs(annex_right[c] ? "<td class=\"n\">" : "<td>", out);
            html_text(out, annex_cell(a, r, (enum annex_col)c, ANNEX_TEXT, buf, sizeof buf));
            fputs("</td>", out);
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table></section>\n", out);
    return 0;
}

int report_annex_html(FILE *out, const struct annex *a, enum annex_for f)
{
    const struct results *r = a->r;
    fputs("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width\"><title>", out);
    html_text(out, annex_title(f));
    fprintf(out, "</title><style>%s</style></head><body>\n<h1>", STYLE);
    html_text(out, annex_title(f));
    fputs("</h1>\n<p>", out);
    html_text(out, r->model->title);
    if (r->data_year && r->data_year != r->model->year)
        fprintf(out, " (dữ liệu năm %d)", r->data_year);
    fputs(".</p>\n", out);
    int failed = 0;
    for (size_t i = 0, from = 0; i <= a->nunits && !failed; i++)
        if (i == a->nunits || a->units[i].u->kind_order != a->units[from].u->kind_order) {
            failed = from < i && scoreboard(out, a, from, i) != 0;
            from = i;
        }
    failed = failed || points_lost(out, a) != 0;
    if (!failed) {
        html_deadlines(out, a);
        html_survey_coverage(out, a);
    }
    for (size_t i = 0; i < a->nunits && !failed; i++)
        failed = unit_section(out, a, &a->units[i], f) != 0;
    fputs("</body></html>\n", out);
    if (failed) {
        px_say(_("out of memory writing the HTML report"));
        return -1;
    }
    return report_out_done(out, N_("the HTML report"));
}
