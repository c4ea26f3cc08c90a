/* report_missing.c — facts read but absent, per unit, as a table, CSV or JSON (see
 * report_missing.h).
 * Uses: results.h, text.h (widths, controls made visible), diag.h (the summary on stderr),
 * json_out.h, report_csv_record.h, report_out.h, i18n.h (messages). */
#include "report_missing.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "json_out.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"
#include "i18n.h"

/* Calls fn for every (unit, fact) missing, with the leaves that read it (model indices, in
 * tree order). */
typedef void (*missing_fn)(void *ud, const struct unit_result *u, const char *fact,
                           const size_t *nodes, size_t nnodes);

/* 1 when leaf i of u read fact. */
static int leaf_read(const struct unit_result *u, size_t i, const char *fact)
{
    for (size_t q = 0; q < u->why[i].nfacts_read; q++)
        if (!strcmp(u->why[i].facts_read[q], fact))
            return 1;
    return 0;
}

/* 0, or -1 when out of memory (said on stderr). */
static int each_missing(const struct results *r, missing_fn fn, void *ud)
{
    const struct model *m = r->model;
    size_t *nodes = malloc((m->nnodes + 1) * sizeof *nodes);
    if (!nodes) {
        px_say(_("out of memory listing the missing facts"));
        return -1;
    }
    for (size_t u = 0; u < r->nunits; u++) {
        const struct unit_result *ur = &r->units[u];
        for (size_t i = 0; ur->why && i < m->nnodes; i++) /* NULL: it lacks nothing */
            for (size_t k = 0; k < ur->why[i].nfacts_read; k++) {
                if (!ur->why[i].read_missing[k])
                    continue;
                const char *fact = ur->why[i].facts_read[k];
                int first = 1; /* report each fact once per unit, at its first leaf */
                for (size_t j = 0; j < i && first; j++)
                    first = !leaf_read(ur, j, fact);
                if (!first)
                    continue;
                size_t n = 0;
                for (size_t j = i; j < m->nnodes; j++)
                    if (leaf_read(ur, j, fact))
                        nodes[n++] = j;
                fn(ud, ur, fact, nodes, n);
            }
    }
    free(nodes);
    return 0;
}

/* The leaves' codes as "1.1.2, 2.1" (cut short at n bytes). */
static const char *join_nodes(const struct model *m, const size_t *nodes, size_t nnodes,
                              char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < nnodes && used < n; i++)
        used += (size_t)snprintf(buf + used, n - used, "%s%s", i ? ", " : "",
                                 m->nodes[nodes[i]].code);
    return buf;
}

/* The names of the missing facts, each once, in the order first met; as many as fit in a
 * line of about 400 bytes (64 at most). */
struct summary {
    size_t pairs, units, names_len;
    const struct unit_result *last_unit;
    const char *name[64]; /* borrowed from the results */
    size_t nnames;
};

static int already_named(const struct summary *s, const char *fact)
{
    for (size_t i = 0; i < s->nnames; i++)
        if (!strcmp(s->name[i], fact))
            return 1;
    return 0;
}

static void add_to_summary(void *ud, const struct unit_result *u, const char *fact,
                           const size_t *nodes, size_t nnodes)
{
    (void)nodes;
    (void)nnodes;
    struct summary *s = ud;
    if (u->status != UNIT_SCORED)
        return; /* the scoreboard says it: chưa có dữ liệu, lỗi dữ liệu */
    s->pairs++;
    if (s->last_unit != u)
        s->units++;
    s->last_unit = u;
    size_t len = strlen(fact) + 2; /* and ", " */
    if (already_named(s, fact) || s->nnames == sizeof s->name / sizeof s->name[0] ||
        s->names_len + len >= 400)
        return;
    s->name[s->nnames++] = fact;
    s->names_len += len;
}

size_t missing_summary(const struct results *r)
{
    struct summary s = {0};
    if (each_missing(r, add_to_summary, &s) != 0)
        return 0;
    if (s.pairs) {
        char names[400] = "";
        for (size_t i = 0, used = 0; i < s.nnames; i++)
            used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "",
                                     s.name[i]);
        char units[64];
        snprintf(units, sizeof units, ngettext("%zu unit", "%zu units", s.units), s.units);
        px_say(ngettext("the data lacks %zu fact value that %s reads, for %s (%s); they scored "
                        "as missing (list them with --missing)",
                        "the data lacks %zu fact values that %s reads, for %s (%s); they scored "
                        "as missing (list them with --missing)",
                        s.pairs),
               s.pairs, r->model->file, units, names);
    }
    return s.pairs;
}

struct table {
    FILE *out;
    const struct model *m;
    size_t w[3]; /* code, name, fact */
    enum csv_style style; /* the CSV's */
};

static void measure_row(void *ud, const struct unit_result *u, const char *fact,
                        const size_t *nodes, size_t nnodes)
{
    (void)nodes;
    (void)nnodes;
    struct table *t = ud;
    const char *cells[3] = {u->code, u->name, fact};
    for (int i = 0; i < 3; i++)
        if (text_width(cells[i]) > t->w[i])
            t->w[i] = text_width(cells[i]);
}

static void print_cells(struct table *t, const char *const cells[4])
{
    for (int i = 0; i < 3; i++) {
        text_pad(t->out, cells[i], t->w[i], 0);
        fputs("  ", t->out);
    }
    text_printf(t->out, "%s\n", cells[3]);
}

static void print_row(void *ud, const struct unit_result *u, const char *fact,
                      const size_t *nodes, size_t nnodes)
{
    struct table *t = ud;
    char joined[512];
    const char *cells[4] = {u->code, u->name, fact,
                            join_nodes(t->m, nodes, nnodes, joined, sizeof joined)};
    print_cells(t, cells);
}

static const char *const HEAD[4] = {"Mã", "Đơn vị", "Dữ kiện", "Tiêu chí cần"};

static int write_table(FILE *out, const struct results *r)
{
    struct table t = {out, r->model, {0, 0, 0}, CSV_EXCEL};
    for (int i = 0; i < 3; i++)
        t.w[i] = text_width(HEAD[i]);
    if (each_missing(r, measure_row, &t) != 0)
        return -1;
    text_printf(out, "Dữ kiện %s cần mà dữ liệu không có\n\n", r->model->file);
    print_cells(&t, HEAD);
    return each_missing(r, print_row, &t);
}

static void csv_row(void *ud, const struct unit_result *u, const char *fact, const size_t *nodes,
                    size_t nnodes)
{
    const struct table *t = ud;
    char joined[512];
    const char *cells[4] = {u->code, u->name, fact,
                            join_nodes(t->m, nodes, nnodes, joined, sizeof joined)};
    report_csv_record(t->out, t->style, 4, cells, NULL);
}

static int write_csv(FILE *out, const struct results *r, enum csv_style style)
{
    struct table t = {out, r->model, {0, 0, 0}, style};
    report_csv_begin(out, style);
    report_csv_record(out, style, 4, HEAD, NULL);
    return each_missing(r, csv_row, &t);
}

struct json {
    FILE *out;
    const struct model *m;
    int first;
};

/* {"unit":"HGG","name":"Hà Giang","kind":"province","fact":"plan_date","nodes":["1.1.2"]} */
static void json_row(void *ud, const struct unit_result *u, const char *fact,
                     const size_t *nodes, size_t nnodes)
{
    struct json *j = ud;
    fputs(j->first ? "{\"unit\":" : ",{\"unit\":", j->out);
    j->first = 0;
    json_string(j->out, u->code);
    fputs(",\"name\":", j->out);
    json_string(j->out, u->name);
    fputs(",\"kind\":", j->out);
    json_string(j->out, u->kind);
    fputs(",\"fact\":", j->out);
    json_string(j->out, fact);
    fputs(",\"nodes\":[", j->out);
    for (size_t i = 0; i < nnodes; i++) {
        fputs(i ? "," : "", j->out);
        json_string(j->out, j->m->nodes[nodes[i]].code);
    }
    fputs("]}", j->out);
}

static int write_json(FILE *out, const struct results *r)
{
    struct json j = {out, r->model, 1};
    fputs("{\"rules\":", out);
    json_string(out, r->model->file);
    fputs(",\"missing\":[", out);
    int rc = each_missing(r, json_row, &j);
    fputs("]}\n", out);
    return rc;
}

int report_missing(FILE *out, const struct results *r, enum missing_format format)
{
    int rc = format == MISSING_CSV         ? write_csv(out, r, CSV_EXCEL)
             : format == MISSING_CSV_PLAIN ? write_csv(out, r, CSV_PLAIN)
             : format == MISSING_JSON      ? write_json(out, r)
                                           : write_table(out, r);
    if (rc != 0)
        return -1;
    return report_out_done(out, N_("the list of missing facts"));
}
