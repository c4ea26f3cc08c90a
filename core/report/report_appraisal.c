/* report_appraisal.c — the appraisal sheet as a table, CSV or JSON, and a sub-criterion's
 * rounds under explain's text (see report_appraisal.h).
 * Provides report_appraisal(), report_appraisal_lines().  Uses: appraisal_sheet.h,
 * report_sheet.h, numfmt.h, json_out.h, text.h, report_out.h, diag.h, i18n.h (messages). */
#include "report_appraisal.h"

#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"
#include "text.h"

static const char *const HEAD[] = {"Mã",     "Đơn vị",       "Tiêu chí",   "Tối đa",
                                   "Tự chấm", "Vòng 1",      "Lý do vòng 1", "Giải trình",
                                   "Vòng 2", "Lý do vòng 2", "Kết quả"};
static const unsigned char RIGHT[] = {0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1};
#define NCOLS (sizeof HEAD / sizeof *HEAD)

/* The place on the sheet of unit u when its rows are shown (a scored unit, the one asked
 * for), else -1. */
static long on_sheet(const struct appraisal_sheet *s, const struct unit_result *u,
                     const char *only)
{
    return u->status == UNIT_SCORED && (!only || !strcmp(only, u->code))
               ? appraisal_sheet_unit(s, u->code)
               : -1;
}

/* ,"key":number (null when not has). */
static void number(FILE *out, const char *key, int has, double x)
{
    char buf[40] = "null";
    if (has)
        num_json(x, buf, sizeof buf);
    fprintf(out, ",\"%s\":%s", key, buf);
}

/* ,"key":"text" (null when NULL). */
static void text(FILE *out, const char *key, const char *s)
{
    fprintf(out, ",\"%s\":", key);
    json_string(out, s);
}

/* Calls row(ctx, unit, k, i) for each applicable leaf i of each unit shown, r's units in
 * their order (k: the unit's place on the sheet s), until one returns non-zero. */
static int each_row(const struct results *r, const struct appraisal_sheet *s, const char *only,
                    int (*row)(void *ctx, const struct unit_result *unit, size_t k, size_t i),
                    void *ctx)
{
    int rc = 0;
    for (size_t u = 0; u < r->nunits && rc == 0; u++) {
        const struct unit_result *unit = &r->units[u];
        long k = on_sheet(s, unit, only);
        for (size_t i = 0; k >= 0 && i < r->model->nnodes && rc == 0; i++)
            if (!r->model->nodes[i].nchildren && unit->applicable[i])
                rc = row(ctx, unit, (size_t)k, i);
    }
    return rc;
}

struct json_ctx {
    FILE *out;
    const struct appraisal_sheet *s;
    int first;
};

static int json_row(void *ctx, const struct unit_result *r, size_t u, size_t i)
{
    struct json_ctx *c = ctx;
    FILE *out = c->out;
    const struct sheet_entry *e = appraisal_sheet_at(c->s, u, i);
    fputs(c->first ? "\n {\"unit\":" : ",\n {\"unit\":", out);
    c->first = 0;
    json_string(out, r->code);
    text(out, "name", r->name);
    text(out, "node", c->s->model->nodes[i].code);
    number(out, "max", 1, r->max[i]);
    number(out, "self", 1, e->self);
    number(out, "round1", e->has[1], e->points[1]);
    text(out, "reason1", e->reason[1]);
    text(out, "explanation", e->explanation);
    number(out, "round2", e->has[2], e->points[2]);
    text(out, "reason2", e->reason[2]);
    number(out, "final", 1, appraisal_sheet_final(c->s, u, i));
    fputc('}', out);
    return 0;
}

/* A point cell: 2 places as fmt writes them, or blank when not set. */
static void cell(char *buf, size_t n, int has, double x, enum sheet_mode fmt)
{
    buf[0] = '\0';
    if (has)
        report_sheet_points(x, fmt, buf, n);
}

struct grid_ctx {
    struct report_grid *g;
    const struct appraisal_sheet *s;
    enum sheet_mode fmt;
};

static int grid_row(void *ctx, const struct unit_result *r, size_t u, size_t i)
{
    struct grid_ctx *c = ctx;
    const struct sheet_entry *e = appraisal_sheet_at(c->s, u, i);
    char v[5][40];
    cell(v[0], sizeof v[0], 1, r->max[i], c->fmt);
    cell(v[1], sizeof v[1], 1, e->self, c->fmt);
    cell(v[2], sizeof v[2], e->has[1], e->points[1], c->fmt);
    cell(v[3], sizeof v[3], e->has[2], e->points[2], c->fmt);
    cell(v[4], sizeof v[4], 1, appraisal_sheet_final(c->s, u, i), c->fmt);
    const char *const cells[NCOLS] = {r->code,      r->name,      c->s->model->nodes[i].code,
                                      v[0],         v[1],         v[2],
                                      e->reason[1], e->explanation, v[3],
                                      e->reason[2], v[4]};
    return report_sheet_add(c->g, cells);
}

int report_appraisal(FILE *out, const struct results *r, const struct appraisal_sheet *s,
                     const char *only, enum sheet_mode fmt)
{
    if (fmt == SHEET_JSON) {
        struct json_ctx c = {out, s, 1};
        fputc('[', out);
        each_row(r, s, only, json_row, &c);
        fputs(c.first ? "]\n" : "\n]\n", out);
        return report_out_done(out, "the appraisal sheet");
    }
    struct report_grid *g = report_sheet_new(NCOLS, HEAD, RIGHT);
    struct grid_ctx c = {g, s, fmt};
    if (!g || each_row(r, s, only, grid_row, &c) != 0) {
        report_grid_free(g);
        px_say(_("out of memory writing the appraisal sheet"));
        return -1;
    }
    int rc = report_sheet_print(out, g, fmt, "the appraisal sheet");
    report_grid_free(g);
    return rc;
}

void report_appraisal_lines(FILE *out, const struct sheet_entry *e)
{
    for (int r = 1; r < 3; r++) {
        if (r == 2 && e->explanation)
            text_printf(out, "Giải trình của đơn vị: %s\n", e->explanation);
        if (!e->has[r])
            continue;
        char points[40];
        num_format_comma(e->points[r], 2, points, sizeof points);
        text_printf(out, "Thẩm định vòng %d: %s — lý do: %s\n", r, points, e->reason[r]);
    }
    if (e->has[1] || e->has[2])
        fprintf(out, "(Điểm trên là điểm thẩm định vòng %d, thay cho điểm tự chấm.)\n",
                e->has[2] ? 2 : 1);
}
