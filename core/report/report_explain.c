/* report_explain.c — the explanation of one node for one unit (see report_explain.h), in Vietnamese:
 *
 *   Lai Châu (LCH) — 2.1.1 Mức độ thực hiện kế hoạch ban hành VBQPPL
 *   Điểm: 0.50 / 1.00, mất 0.50
 *   Thang điểm (bands): ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0   [rules/2019.lua:57]
 *   Dữ kiện đã đọc:
 *     legal_docs_issued_ratio = 0.85   (examples/laichau-2019/facts.csv:12, 2026-01-01 00:00:00)
 *   Giải thích: tỷ lệ 85% ≥ 80% → 0,5
 * Text from the rules and the data goes through text_printf/text_pad (controls made visible).
 * Uses: numfmt.h, text.h, i18n.h (N_), evidence_check.h (what a leaf requires). */
#include "report_explain.h"

#include "evidence_check.h"

#include <string.h>

#include "i18n.h"
#include "numfmt.h"
#include "report_out.h"
#include "text.h"

static void points_line(FILE *out, const struct unit_result *u, size_t i)
{
    char p[32], m[32], lost[32];
    num_format_comma(u->points[i], 2, p, sizeof p);
    num_format_comma(u->max[i], 2, m, sizeof m);
    num_format_comma(u->max[i] - u->points[i], 2, lost, sizeof lost);
    fprintf(out, "Điểm: %s / %s, mất %s\n", p, m, lost);
}

static void leaf_details(FILE *out, const struct model *md, const struct unit_result *u, size_t i,
                         const struct fact_info *facts, size_t nfacts)
{
    const struct node *n = &md->nodes[i];
    text_printf(out, "Thang điểm (%s): %s   [%s:%d]\n", n->scale.kind,
                n->scale.description ? n->scale.description : "", md->file, n->line);
    if (n->survey)
        fputs("Đánh giá qua điều tra xã hội học (không tự chấm điểm)\n", out);
    if (n->evidence_required) {
        char needs[600];
        evidence_needs(md, i, needs, sizeof needs);
        text_printf(out, "Tài liệu kiểm chứng (bắt buộc, thiếu thì 0 điểm): %s\n", needs);
    } else if (n->evidence) {
        text_printf(out, "Tài liệu kiểm chứng: %s\n", n->evidence);
    }
    const struct leaf_why *w = &u->why[i];
    fprintf(out, "Dữ kiện đã đọc:%s\n", w->nfacts_read ? "" : " (không có)");
    size_t width = 0;
    for (size_t k = 0; k < w->nfacts_read; k++)
        if (text_width(w->facts_read[k]) > width)
            width = text_width(w->facts_read[k]);
    for (size_t k = 0; k < w->nfacts_read; k++) {
        const struct fact_info *f = NULL;
        for (size_t j = 0; j < nfacts && !f; j++)
            if (!strcmp(facts[j].name, w->facts_read[k]))
                f = &facts[j];
        fputs("  ", out);
        text_pad(out, w->facts_read[k], width, 0);
        if (!f) {
            fputs(" = (không có dữ liệu)\n", out);
            continue;
        }
        char shown[300];
        fact_show(&f->value, shown, sizeof shown);
        text_printf(out, " = %s   (%s, %s)\n", shown, f->source, f->at);
        if (f->note)
            text_printf(out, "  %*s   Ghi chú: %s\n", (int)width, "", f->note);
    }
    if (w->note)
        text_printf(out, "Giải thích: %s\n", w->note);
}

static void children_table(FILE *out, const struct model *md, const struct unit_result *u, size_t i)
{
    const struct node *n = &md->nodes[i];
    size_t wcode = strlen("Mã"), wtitle = strlen("Nội dung");
    for (size_t k = 0; k < n->nchildren; k++) {
        const struct node *c = &md->nodes[n->children[k]];
        if (text_width(c->code) > wcode)
            wcode = text_width(c->code);
        if (text_width(c->title) > wtitle)
            wtitle = text_width(c->title);
    }
    fputs("  ", out);
    text_pad(out, "Mã", wcode, 0);
    fputs("  ", out);
    text_pad(out, "Nội dung", wtitle, 0);
    fputs("    Điểm  Tối đa     Mất\n", out);
    for (size_t k = 0; k < n->nchildren; k++) {
        size_t ci = (size_t)n->children[k];
        const struct node *c = &md->nodes[ci];
        fputs("  ", out);
        text_pad(out, c->code, wcode, 0);
        fputs("  ", out);
        text_pad(out, c->title, wtitle, 0);
        if (!u->applicable[ci]) {
            fputs("  không áp dụng\n", out);
            continue;
        }
        char p[32], m[32], lost[32];
        num_format_comma(u->points[ci], 2, p, sizeof p);
        num_format_comma(u->max[ci], 2, m, sizeof m);
        num_format_comma(u->max[ci] - u->points[ci], 2, lost, sizeof lost);
        fprintf(out, "  %6s  %6s  %6s\n", p, m, lost);
    }
}

/* The explanation without the final check of the stream. */
static void explain(FILE *out, const struct results *r, size_t unit, size_t node,
                    const struct fact_info *facts, size_t nfacts)
{
    const struct model *md = r->model;
    const struct unit_result *u = &r->units[unit];
    const struct node *n = &md->nodes[node];
    text_printf(out, "%s (%s) — %s %s", u->name, u->code, n->code, n->title);
    if (r->data_year && r->data_year != md->year)
        fprintf(out, " — dữ liệu năm %d", r->data_year);
    fputc('\n', out);
    if (!model_applies(md, node, u->kind)) {
        fputs("Chỉ áp dụng cho:", out);
        for (size_t k = 0; k < n->nkinds; k++) {
            const struct unit_kind *kind = model_kind(md, n->kinds[k]);
            text_printf(out, "%s %s", k ? ";" : "", kind ? kind->name : n->kinds[k]);
        }
        fputs(" — không tính vào điểm tối đa của đơn vị này.\n", out);
        return;
    }
    if (!u->applicable[node]) {
        fputs("Không áp dụng cho đơn vị này: không tính vào điểm tối đa của đơn vị.\n", out);
        if (!n->nchildren && u->why[node].note)
            text_printf(out, "Giải thích: %s\n", u->why[node].note);
        return;
    }
    points_line(out, u, node);
    if (n->nchildren)
        children_table(out, md, u, node);
    else
        leaf_details(out, md, u, node, facts, nfacts);
}

int report_explain(FILE *out, const struct results *r, size_t unit, size_t node,
                   const struct fact_info *facts, size_t nfacts)
{
    explain(out, r, unit, node, facts, nfacts);
    return report_out_done(out, N_("the explanation"));
}
