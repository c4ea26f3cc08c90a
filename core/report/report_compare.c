/* report_compare.c — two scorings side by side, as a table, CSV or JSON (see
 * report_compare.h).
 * Provides report_compare().  Uses: results.h, report_sheet.h, numfmt.h, json_out.h, text.h,
 * report_out.h, diag.h, i18n.h (messages). */
#include "report_compare.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"
#include "text.h"

/* One unit as each side has it (NULL: that side does not list it). */
struct pair {
    const struct unit_result *u[2];
};

/* One field, by code, and its node index in each model (-1: not there). */
struct field {
    const char *code;
    int node[2];
};

struct comparison {
    const struct results *r[2];
    char label[2][16];
    char title[4][2][40]; /* "Tổng 2019" … "Hạng 2020" */
    struct pair *pairs;
    size_t npairs;
    struct field *fields;
    size_t nfields;
    int kinds; /* some side declares several kinds of units */
    enum sheet_mode fmt; /* how numbers are written */
};

static const struct unit_result *find_unit(const struct results *r, const char *code)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (!strcmp(r->units[i].code, code))
            return &r->units[i];
    return NULL;
}

static int find_field(const struct comparison *c, const char *code)
{
    for (size_t i = 0; i < c->nfields; i++)
        if (!strcmp(c->fields[i].code, code))
            return (int)i;
    return -1;
}

static int build(struct comparison *c, const struct results *a, const struct results *b)
{
    memset(c, 0, sizeof *c);
    c->r[0] = a;
    c->r[1] = b;
    int same = a->model->year == b->model->year;
    for (int s = 0; s < 2; s++)
        snprintf(c->label[s], sizeof c->label[s], "%d", c->r[s]->model->year);
    if (same) {
        strcpy(c->label[0], "A");
        strcpy(c->label[1], "B");
    }
    static const char *const WHAT[] = {"Tổng", "Chỉ số", "Xếp loại", "Hạng"};
    for (int w = 0; w < 4; w++)
        for (int s = 0; s < 2; s++)
            snprintf(c->title[w][s], sizeof c->title[w][s], "%s %s", WHAT[w], c->label[s]);
    c->kinds = a->model->nkinds > 1 || b->model->nkinds > 1;
    c->pairs = calloc(a->nunits + b->nunits + 1, sizeof *c->pairs);
    c->fields = calloc(a->model->nnodes + b->model->nnodes + 1, sizeof *c->fields);
    if (!c->pairs || !c->fields)
        return -1;
    for (size_t i = 0; i < a->nunits; i++)
        c->pairs[c->npairs++] = (struct pair){{&a->units[i], find_unit(b, a->units[i].code)}};
    for (size_t i = 0; i < b->nunits; i++)
        if (!find_unit(a, b->units[i].code))
            c->pairs[c->npairs++] = (struct pair){{NULL, &b->units[i]}};
    for (int s = 0; s < 2; s++) {
        const struct model *m = c->r[s]->model;
        for (size_t i = 0; i < m->nnodes; i++) {
            if (m->nodes[i].parent != -1)
                continue;
            int f = find_field(c, m->nodes[i].code);
            if (f < 0) {
                f = (int)c->nfields++;
                c->fields[f] = (struct field){m->nodes[i].code, {-1, -1}};
            }
            c->fields[f].node[s] = (int)i;
        }
    }
    return 0;
}

static void release(struct comparison *c)
{
    free(c->pairs);
    free(c->fields);
}

static int scored(const struct unit_result *u)
{
    return u && u->status == UNIT_SCORED;
}

/* The value of item `item` of side s of p, rounded as displayed: 0 total, 1 percent, 2 rank,
 * 3 + f field f.  0 when that side has none (then *has is 0). */
static double value(const struct comparison *c, const struct pair *p, int s, size_t item,
                    int *has)
{
    const struct unit_result *u = p->u[s];
    *has = scored(u);
    if (!*has)
        return 0;
    if (item == 2)
        return u->rank;
    if (item < 2)
        return num_round(item ? u->percent : u->total, 2);
    int node = c->fields[item - 3].node[s];
    *has = node >= 0 && u->applicable[node];
    return *has ? num_round(u->points[node], 2) : 0;
}

/* The texts of an item for both sides, its change and arrow (blank where a side has none).
 * A rank's change is the places gained. */
struct shown {
    char side[2][32], change[40];
    const char *arrow;
};

static void show(const struct comparison *c, const struct pair *p, size_t item, struct shown *o)
{
    int has[2];
    double v[2];
    for (int s = 0; s < 2; s++) {
        v[s] = value(c, p, s, item, &has[s]);
        o->side[s][0] = '\0';
        if (has[s] && item == 2)
            snprintf(o->side[s], sizeof o->side[s], "%d", (int)v[s]);
        else if (has[s])
            report_sheet_points(v[s], c->fmt, o->side[s], sizeof o->side[s]);
    }
    o->change[0] = '\0';
    o->arrow = "";
    if (!has[0] || !has[1])
        return;
    double d = item == 2 ? v[0] - v[1] : num_round(v[1] - v[0], 2);
    if (item == 2) {
        snprintf(o->change, sizeof o->change, d ? "%+d" : "%d", (int)d);
    } else {
        char digits[32];
        report_sheet_points(d, c->fmt, digits, sizeof digits);
        snprintf(o->change, sizeof o->change, "%s%s", d > 0 ? "+" : "", digits);
    }
    o->arrow = d > 0 ? "↑" : d < 0 ? "↓" : "→";
}

static const char *name_of(const struct pair *p)
{
    const struct unit_result *u = p->u[1] ? p->u[1] : p->u[0];
    return u->name ? u->name : "";
}

static const char *band_of(const struct unit_result *u)
{
    return scored(u) && u->band ? u->band->name : "";
}

/* ---- table and CSV ---------------------------------------------------------------- */

static const char DELTA[] = "±", ARROW[] = "↑↓";

/* Mã | Đơn vị | [Loại] | Tổng A | Tổng B | ± | Chỉ số A | Chỉ số B | ± | ↑↓ | Xếp loại A |
 * Xếp loại B | Hạng A | Hạng B | ± | ↑↓ */
static int summary(const struct comparison *c, struct report_grid **out)
{
    const char *head[16];
    unsigned char right[16] = {0};
    size_t n = 0;
    head[n++] = "Mã";
    head[n++] = "Đơn vị";
    if (c->kinds)
        head[n++] = "Loại";
    size_t first = n;
    const char *const after[] = {c->title[0][0], c->title[0][1], DELTA, c->title[1][0],
                                 c->title[1][1], DELTA, ARROW, c->title[2][0], c->title[2][1],
                                 c->title[3][0], c->title[3][1], DELTA, ARROW};
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
        right[n] = after[k] != c->title[2][0] && after[k] != c->title[2][1];
        head[n++] = after[k];
    }
    struct report_grid *g = *out = report_sheet_new(n, head, right);
    for (size_t i = 0; g && i < c->npairs; i++) {
        const struct pair *p = &c->pairs[i];
        struct shown t, x, r;
        show(c, p, 0, &t);
        show(c, p, 1, &x);
        show(c, p, 2, &r);
        const struct unit_result *u = p->u[0] ? p->u[0] : p->u[1];
        const char *cells[16] = {u->code, name_of(p), u->kind};
        const char *const rest[] = {t.side[0], t.side[1], t.change, x.side[0], x.side[1],
                                    x.change, x.arrow, band_of(p->u[0]), band_of(p->u[1]),
                                    r.side[0], r.side[1], r.change, r.arrow};
        memcpy(cells + first, rest, sizeof rest);
        if (report_sheet_add(g, cells) != 0)
            return -1;
    }
    return g ? 0 : -1;
}

/* Mã | Đơn vị | Lĩnh vực | A | B | ± | ↑↓, one row per unit and field either side scores. */
static int by_field(const struct comparison *c, struct report_grid **out)
{
    const char *const head[] = {"Mã", "Đơn vị", "Lĩnh vực", c->label[0], c->label[1], DELTA,
                                ARROW};
    static const unsigned char RIGHT[] = {0, 0, 0, 1, 1, 1, 1};
    struct report_grid *g = *out = report_sheet_new(7, head, RIGHT);
    for (size_t i = 0; g && i < c->npairs; i++)
        for (size_t f = 0; f < c->nfields; f++) {
            struct shown v;
            show(c, &c->pairs[i], 3 + f, &v);
            if (!v.side[0][0] && !v.side[1][0])
                continue;
            const struct unit_result *u = c->pairs[i].u[0] ? c->pairs[i].u[0] : c->pairs[i].u[1];
            const char *const cells[] = {u->code,   name_of(&c->pairs[i]), c->fields[f].code,
                                         v.side[0], v.side[1], v.change, v.arrow};
            if (report_sheet_add(g, cells) != 0)
                return -1;
        }
    return g ? 0 : -1;
}

static int write_table(FILE *out, const struct comparison *c)
{
    struct report_grid *g = NULL;
    int rc = summary(c, &g);
    if (rc == 0) {
        for (int s = 0; s < 2; s++)
            text_printf(out, "%s: %s (%s)\n", c->label[s],
                        c->r[s]->model->title ? c->r[s]->model->title : "", c->r[s]->model->file);
        fputc('\n', out);
        report_sheet_write(out, g, SHEET_TABLE);
    }
    report_grid_free(g);
    g = NULL;
    if (rc == 0 && (rc = by_field(c, &g)) == 0) {
        fputs("\nĐiểm theo lĩnh vực\n\n", out);
        report_sheet_write(out, g, SHEET_TABLE);
    }
    report_grid_free(g);
    return rc;
}

/* Loại | Mã | Đơn vị | Mục | A | B | Thay đổi | Xu hướng, one row per unit and item. */
static int long_grid(const struct comparison *c, struct report_grid **out)
{
    const char *const head[] = {"Loại", "Mã", "Đơn vị", "Mục", c->label[0], c->label[1],
                                "Thay đổi", "Xu hướng"};
    static const unsigned char RIGHT[] = {0, 0, 0, 0, 1, 1, 1, 0};
    static const char *const ITEM[] = {"Tổng", "Chỉ số (%)", "Hạng"};
    struct report_grid *g = *out = report_sheet_new(8, head, RIGHT);
    for (size_t i = 0; g && i < c->npairs; i++) {
        const struct pair *p = &c->pairs[i];
        const struct unit_result *u = p->u[0] ? p->u[0] : p->u[1];
        for (size_t item = 0; item < 3 + c->nfields; item++) {
            struct shown v;
            show(c, p, item, &v);
            char what[80];
            snprintf(what, sizeof what, "%s%s", item < 3 ? ITEM[item] : "Lĩnh vực ",
                     item < 3 ? "" : c->fields[item - 3].code);
            const char *const cells[] = {u->kind,   u->code,   name_of(p), what,
                                         v.side[0], v.side[1], v.change,   v.arrow};
            if (report_sheet_add(g, cells) != 0)
                return -1;
            if (item == 1) { /* the band after the index */
                const char *const band[] = {u->kind, u->code, name_of(p), "Xếp loại",
                                            band_of(p->u[0]), band_of(p->u[1]), "", ""};
                if (report_sheet_add(g, band) != 0)
                    return -1;
            }
        }
    }
    return g ? 0 : -1;
}

/* ---- JSON ------------------------------------------------------------------------- */

static void json_number(FILE *out, int has, double x)
{
    char buf[40] = "null";
    if (has)
        num_json(x, buf, sizeof buf);
    fputs(buf, out);
}

static void json_side(FILE *out, const struct comparison *c, const struct pair *p, int s)
{
    const struct unit_result *u = p->u[s];
    if (!scored(u)) {
        fputs("null", out);
        return;
    }
    fputs("{\"total\":", out);
    json_number(out, 1, u->total);
    fputs(",\"percent\":", out);
    json_number(out, 1, u->percent);
    fputs(",\"band\":", out);
    json_string(out, u->band ? u->band->name : NULL);
    fprintf(out, ",\"rank\":%d,\"fields\":{", u->rank);
    int first = 1;
    for (size_t f = 0; f < c->nfields; f++) {
        int node = c->fields[f].node[s];
        if (node < 0 || !u->applicable[node])
            continue;
        fputs(first ? "" : ",", out);
        first = 0;
        json_string(out, c->fields[f].code);
        fputc(':', out);
        json_number(out, 1, u->points[node]);
    }
    fputs("}}", out);
}

/* B − A, exactly: the difference of the two amounts in pico-points (results.h). */
static double exact_change(double a, double b)
{
    return (double)(results_pico(b) - results_pico(a)) / RESULTS_PER_POINT;
}

/* The changes, exact (B − A; for the rank, the places gained), null where a side lacks one. */
static void json_change(FILE *out, const struct comparison *c, const struct pair *p)
{
    const struct unit_result *a = p->u[0], *b = p->u[1];
    int both = scored(a) && scored(b);
    fputs("{\"total\":", out);
    json_number(out, both, both ? exact_change(a->total, b->total) : 0);
    fputs(",\"percent\":", out);
    json_number(out, both, both ? exact_change(a->percent, b->percent) : 0);
    fputs(",\"rank\":", out);
    json_number(out, both, both ? a->rank - b->rank : 0);
    fputs(",\"fields\":{", out);
    int first = 1;
    for (size_t f = 0; both && f < c->nfields; f++) {
        int na = c->fields[f].node[0], nb = c->fields[f].node[1];
        if (na < 0 || nb < 0 || !a->applicable[na] || !b->applicable[nb])
            continue;
        fputs(first ? "" : ",", out);
        first = 0;
        json_string(out, c->fields[f].code);
        fputc(':', out);
        json_number(out, 1, exact_change(a->points[na], b->points[nb]));
    }
    fputs("}}", out);
}

static void write_json(FILE *out, const struct comparison *c)
{
    fputc('{', out);
    for (int s = 0; s < 2; s++) {
        fputs(s ? ",\"b\":{\"file\":" : "\"a\":{\"file\":", out);
        json_string(out, c->r[s]->model->file);
        fprintf(out, ",\"year\":%d,\"data_year\":%d}", c->r[s]->model->year,
                c->r[s]->data_year ? c->r[s]->data_year : c->r[s]->model->year);
    }
    fputs(",\"units\":[", out);
    for (size_t i = 0; i < c->npairs; i++) {
        const struct pair *p = &c->pairs[i];
        const struct unit_result *u = p->u[0] ? p->u[0] : p->u[1];
        fputs(i ? ",\n {\"code\":" : "\n {\"code\":", out);
        json_string(out, u->code);
        fputs(",\"name\":", out);
        json_string(out, name_of(p));
        fputs(",\"kind\":", out);
        json_string(out, u->kind);
        for (int s = 0; s < 2; s++) {
            fputs(s ? ",\"b\":" : ",\"a\":", out);
            json_side(out, c, p, s);
        }
        fputs(",\"change\":", out);
        json_change(out, c, p);
        fputc('}', out);
    }
    fputs(c->npairs ? "\n]}\n" : "]}\n", out);
}

int report_compare(FILE *out, const struct results *a, const struct results *b,
                   enum sheet_mode fmt)
{
    struct comparison c;
    struct report_grid *g = NULL;
    int rc = build(&c, a, b);
    c.fmt = fmt;
    if (rc == 0 && fmt == SHEET_TABLE)
        rc = write_table(out, &c);
    else if (rc == 0 && fmt == SHEET_JSON)
        write_json(out, &c);
    else if (rc == 0 && (rc = long_grid(&c, &g)) == 0)
        rc = report_sheet_print(out, g, fmt, "the comparison") != 0 ? -2 : 0;
    report_grid_free(g);
    release(&c);
    if (rc == -1)
        px_say(_("out of memory writing the comparison"));
    return rc != 0 ? -1 : report_out_done(out, "the comparison");
}
