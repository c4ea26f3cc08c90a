/* repl_print.c — what the REPL prints about scores: the effect of a change (each leaf it
 * scored again that moved, its criterion and field, then the unit's total, band and rank, old
 * → new), `.diff` (the scenario against the stored data), `.gains` (where points are lost,
 * and what full marks there would do), numbers in Vietnamese with a decimal comma.
 * Uses: repl.h, numfmt.h, results.h (pico-points), report_common.h (a unit's data error),
 * text.h. */
#include "repl.h"

#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "report_common.h"
#include "text.h"
#include "i18n.h"

void repl_num(double x, int applicable, char buf[32])
{
    if (applicable)
        num_format_vn(x, 2, buf, 32);
    else
        snprintf(buf, 32, "—");
}

int repl_before_take(const struct repl *r, size_t unit, struct repl_before *b)
{
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    size_t n = r->ss.rules.model.nnodes;
    b->points = malloc((n + 1) * sizeof *b->points);
    b->applicable = malloc(n + 1);
    if (!b->points || !b->applicable) {
        repl_before_free(b);
        return -1;
    }
    memcpy(b->points, u->points, n * sizeof *b->points);
    memcpy(b->applicable, u->applicable, n);
    b->total = u->total;
    b->rank = u->rank;
    b->band = u->band ? u->band->name : NULL;
    b->status = u->status;
    return 0;
}

void repl_before_free(struct repl_before *b)
{
    free(b->points);
    free(b->applicable);
    b->points = NULL;
    b->applicable = NULL;
}

/* "a → b", or "a" alone when nothing changed. */
static void arrow(const char *a, const char *b, char *out, size_t n)
{
    if (!strcmp(a, b))
        snprintf(out, n, "%s", a);
    else
        snprintf(out, n, "%s → %s", a, b);
}

/* Node i: its code, title and points old → new, indented by its level. */
static void print_node(const struct repl *r, const struct unit_result *u, size_t i,
                       const struct repl_before *b)
{
    const struct node *nd = &r->ss.rules.model.nodes[i];
    char was[32], now[32], both[80];
    repl_num(b->points[i], b->applicable[i], was);
    repl_num(u->points[i], u->applicable[i], now);
    arrow(was, now, both, sizeof both);
    text_printf(stdout, "%*s%s %s: %s\n", 2 * (3 - (int)nd->level), "", nd->code, nd->title,
                both);
}

void repl_print_effect(const struct repl *r, size_t unit, const struct repl_before *b)
{
    const struct model *m = &r->ss.rules.model;
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    size_t nt;
    const size_t *touched = incr_touched(r->in, &nt);
    unsigned char *shown = calloc(m->nnodes + 1, 1);
    int moved = 0;
    for (size_t k = 0; shown && k < nt; k++) {
        size_t leaf = touched[k];
        if (u->points[leaf] == b->points[leaf] && u->applicable[leaf] == b->applicable[leaf])
            continue;
        moved = 1;
        for (long i = (long)leaf; i >= 0; i = m->nodes[i].parent) /* leaf, criterion, field */
            if (!shown[i]++)
                print_node(r, u, (size_t)i, b);
    }
    free(shown);
    if (!moved)
        printf("Không mục nào đổi điểm.\n");
    char was[32], now[32], total[80], band[80], rank[80], a[16], c[16];
    repl_num(b->total, b->status == UNIT_SCORED, was);
    repl_num(u->total, u->status == UNIT_SCORED, now);
    arrow(was, now, total, sizeof total);
    arrow(b->band ? b->band : "—", u->band ? u->band->name : "—", band, sizeof band);
    snprintf(a, sizeof a, "%d", b->rank);
    snprintf(c, sizeof c, "%d", u->rank);
    arrow(b->rank ? a : "—", u->rank ? c : "—", rank, sizeof rank);
    text_printf(stdout, "%s %s: tổng %s; xếp loại %s; hạng %s\n", u->code, u->name ? u->name : "",
                total, band, rank);
    if (u->status == UNIT_ERROR) {
        struct px_err e;
        char text[sizeof e.file + sizeof e.msg + 32];
        report_unit_error(incr_results(r->in), u, &e);
        text_printf(stdout, "lỗi dữ liệu: %s\n", px_err_format(&e, text, sizeof text));
    }
    if (r->timing) {
        char ms[32];
        num_format_vn(incr_seconds(r->in) * 1000, 3, ms, sizeof ms);
        printf("Thời gian tính: %s ms\n", ms);
    }
}

/* Adds a .diff row; -1 out of memory. */
static int diff_row(struct report_grid *g, const struct unit_result *u, const char *what,
                    const char *title, const char *was, const char *now)
{
    const char *row[] = {u->code, what, title, was, now};
    return report_sheet_add(g, row);
}

/* The rows of one unit that differ from its base. */
static int diff_unit(const struct repl *r, size_t unit, struct report_grid *g)
{
    const struct model *m = &r->ss.rules.model;
    const struct unit_result *u = &incr_results(r->in)->units[unit];
    const struct incr_base *b = incr_base(r->in, unit);
    char was[32], now[32];
    int bad = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (u->points[i] == b->points[i] && u->applicable[i] == b->applicable[i])
            continue;
        repl_num(b->points[i], b->applicable[i], was);
        repl_num(u->points[i], u->applicable[i], now);
        bad |= diff_row(g, u, m->nodes[i].code, m->nodes[i].title, was, now);
    }
    if (u->total != b->total || u->status != b->status) {
        repl_num(b->total, b->status == UNIT_SCORED, was);
        repl_num(u->total, u->status == UNIT_SCORED, now);
        bad |= diff_row(g, u, "Tổng", "", was, now);
    }
    if (u->band != b->band)
        bad |= diff_row(g, u, "Xếp loại", "", b->band ? b->band->name : "—",
                        u->band ? u->band->name : "—");
    if (u->rank != b->rank) {
        snprintf(was, sizeof was, "%d", b->rank);
        snprintf(now, sizeof now, "%d", u->rank);
        bad |= diff_row(g, u, "Hạng", "", b->rank ? was : "—", u->rank ? now : "—");
    }
    return bad;
}

int repl_cmd_diff(struct repl *r, char **w, int n)
{
    (void)w, (void)n;
    static const char *const HEAD[] = {"Đơn vị", "Mục", "Tên", "Trước", "Sau"};
    static const unsigned char RIGHT[] = {0, 0, 0, 1, 1};
    struct report_grid *g = report_sheet_new(5, HEAD, RIGHT);
    const struct results *now = incr_results(r->in);
    for (size_t i = 0; g && i < now->nunits; i++)
        if (diff_unit(r, i, g) != 0) {
            report_grid_free(g);
            g = NULL;
        }
    if (g && g->nrows == 0 && r->mode == SHEET_TABLE) {
        report_grid_free(g);
        printf("Không có thay đổi so với dữ liệu đã lưu.\n");
        return PX_OK;
    }
    return repl_sheet_out(r, g);
}

/* The rank unit would have with the displayed percentage `shown`: one more than the scored
 * units of its kind above it. */
static int rank_with(const struct results *now, size_t unit, double shown)
{
    int above = 0;
    for (size_t i = 0; i < now->nunits; i++) {
        const struct unit_result *v = &now->units[i];
        above += i != unit && v->status == UNIT_SCORED &&
                 v->kind_order == now->units[unit].kind_order && num_round(v->percent, 2) > shown;
    }
    return above + 1;
}

/* Applicable leaves of u by points lost, most first (ties in tree order). */
static const struct unit_result *lost_of;
static int by_lost(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    int64_t la = results_pico(lost_of->max[a]) - results_pico(lost_of->points[a]);
    int64_t lb = results_pico(lost_of->max[b]) - results_pico(lost_of->points[b]);
    if (la != lb)
        return la > lb ? -1 : 1;
    return a < b ? -1 : a > b;
}

int repl_cmd_gains(struct repl *r, char **w, int n)
{
    long top = 5;
    char *end = NULL;
    if (n && ((top = strtol(w[0], &end, 10)) < 1 || *end))
        return repl_fail(r, PX_USAGE,
                         _(".gains: expected a whole number of sub-criteria from 1, found '%s'"),
                         w[0]);
    long unit = repl_need_unit(r);
    if (unit < 0)
        return PX_USAGE;
    const struct model *m = &r->ss.rules.model;
    const struct results *now = incr_results(r->in);
    const struct unit_result *u = &now->units[unit];
    if (u->status != UNIT_SCORED)
        return repl_fail(r, PX_DATA, _("%s is not scored (%s)"), u->code,
                         u->status == UNIT_ERROR ? "lỗi dữ liệu" : "chưa có dữ liệu");
    size_t *leaves = malloc((m->nnodes + 1) * sizeof *leaves), nl = 0;
    if (!leaves)
        return repl_fail(r, PX_SYSTEM, "%s", _("out of memory"));
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && u->applicable[i] && u->points[i] < u->max[i])
            leaves[nl++] = i;
    lost_of = u;
    qsort(leaves, nl, sizeof *leaves, by_lost);
    static const char *const HEAD[] = {"Mã", "Tên", "Điểm", "Tối đa", "Mất",
                                       "Tổng nếu đạt tối đa", "Xếp loại", "Hạng"};
    static const unsigned char RIGHT[] = {0, 0, 1, 1, 1, 1, 0, 1};
    struct report_grid *g = report_sheet_new(8, HEAD, RIGHT);
    for (size_t k = 0; g && k < nl && k < (size_t)top; k++) {
        size_t i = leaves[k];
        int64_t lost = results_pico(u->max[i]) - results_pico(u->points[i]);
        int64_t total = results_pico(u->total) + lost, own = results_pico(u->own_max);
        double pct = own > 0 ? (double)(total * 100) / (double)own : 0;
        const struct band *band = model_band(m, pct);
        char pts[32], max[32], lo[32], tot[32], rank[16];
        repl_num(u->points[i], 1, pts);
        repl_num(u->max[i], 1, max);
        repl_num((double)lost / RESULTS_PER_POINT, 1, lo);
        repl_num((double)total / RESULTS_PER_POINT, 1, tot);
        snprintf(rank, sizeof rank, "%d", rank_with(now, (size_t)unit, num_round(pct, 2)));
        const char *row[] = {m->nodes[i].code, m->nodes[i].title, pts, max, lo, tot,
                             band ? band->name : "—", rank};
        if (report_sheet_add(g, row) != 0) {
            report_grid_free(g);
            g = NULL;
        }
    }
    free(leaves);
    return repl_sheet_out(r, g);
}
