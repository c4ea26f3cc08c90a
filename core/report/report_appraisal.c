/* report_appraisal.c — the appraisal sheet as a table, CSV or JSON (see report_appraisal.h). */
#include "report_appraisal.h"

#include <string.h>

#include "diag.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"

static const char *const HEAD[] = {"Mã",     "Đơn vị",       "Tiêu chí",   "Tối đa",
                                   "Tự chấm", "Vòng 1",      "Lý do vòng 1", "Giải trình",
                                   "Vòng 2", "Lý do vòng 2", "Kết quả"};
static const char *const KEYS[] = {"unit",   "name",    "node",        "max",
                                   "self",   "round1",  "reason1",     "explanation",
                                   "round2", "reason2", "final"};
static const unsigned char RIGHT[] = {0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1};
#define NCOLS (sizeof HEAD / sizeof *HEAD)

/* Whether row (u, i) is on the sheet: a scored unit (the one asked for), an applicable leaf. */
static int on_sheet(const struct appraisal_sheet *s, const char *only, size_t u, size_t i)
{
    const struct unit_result *r = &s->self->units[u];
    return r->status == UNIT_SCORED && (!only || !strcmp(only, r->code)) &&
           !s->self->model->nodes[i].nchildren && r->applicable[i];
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

static void write_json(FILE *out, const struct appraisal_sheet *s, const char *only)
{
    const struct model *m = s->self->model;
    int first = 1;
    fputc('[', out);
    for (size_t u = 0; u < s->self->nunits; u++)
        for (size_t i = 0; i < m->nnodes; i++) {
            if (!on_sheet(s, only, u, i))
                continue;
            const struct unit_result *r = &s->self->units[u];
            const struct sheet_entry *e = appraisal_sheet_at(s, u, i);
            fputs(first ? "\n {\"unit\":" : ",\n {\"unit\":", out);
            first = 0;
            json_string(out, r->code);
            text(out, "name", r->name);
            text(out, "node", m->nodes[i].code);
            number(out, "max", 1, r->max[i]);
            number(out, "self", 1, r->points[i]);
            number(out, "round1", e->has[1], e->points[1]);
            text(out, "reason1", e->reason[1]);
            text(out, "explanation", e->explanation);
            number(out, "round2", e->has[2], e->points[2]);
            text(out, "reason2", e->reason[2]);
            number(out, "final", 1, appraisal_sheet_final(s, u, i));
            fputc('}', out);
        }
    fputs(first ? "]\n" : "\n]\n", out);
}

/* A point cell: 2 places, or blank when not set. */
static void cell(char *buf, size_t n, int has, double x)
{
    buf[0] = '\0';
    if (has)
        num_format(x, 2, buf, n);
}

static int fill(struct report_grid *g, const struct appraisal_sheet *s, const char *only)
{
    const struct model *m = s->self->model;
    for (size_t u = 0; u < s->self->nunits; u++)
        for (size_t i = 0; i < m->nnodes; i++) {
            if (!on_sheet(s, only, u, i))
                continue;
            const struct unit_result *r = &s->self->units[u];
            const struct sheet_entry *e = appraisal_sheet_at(s, u, i);
            char v[5][40];
            cell(v[0], sizeof v[0], 1, r->max[i]);
            cell(v[1], sizeof v[1], 1, r->points[i]);
            cell(v[2], sizeof v[2], e->has[1], e->points[1]);
            cell(v[3], sizeof v[3], e->has[2], e->points[2]);
            cell(v[4], sizeof v[4], 1, appraisal_sheet_final(s, u, i));
            const char *const cells[NCOLS] = {r->code,      r->name, m->nodes[i].code, v[0], v[1],
                                              v[2],         e->reason[1], e->explanation, v[3],
                                              e->reason[2], v[4]};
            if (report_grid_row(g, cells) != 0)
                return -1;
        }
    return 0;
}

int report_appraisal(FILE *out, const struct appraisal_sheet *s, const char *only,
                     enum grid_format fmt)
{
    if (fmt == GRID_JSON) {
        write_json(out, s, only);
        return report_out_done(out, "the appraisal sheet");
    }
    struct report_grid *g = report_grid_new(NCOLS, HEAD, RIGHT);
    if (!g || fill(g, s, only) != 0) {
        report_grid_free(g);
        px_say("out of memory writing the appraisal sheet");
        return -1;
    }
    int rc = report_grid_write(out, g, fmt, KEYS, "the appraisal sheet");
    report_grid_free(g);
    return rc;
}
