/* report_missing.c — facts read but absent, per unit (see report_missing.h).
 * Uses: results.h, text.h (widths, controls made visible), diag.h (the summary on stderr),
 * report_out.h. */
#include "report_missing.h"

#include <string.h>

#include "diag.h"
#include "report_out.h"
#include "text.h"

/* Calls fn for every (unit, fact) missing, with the codes of the leaves that read it. */
typedef void (*missing_fn)(void *ud, const struct unit_result *u, const char *fact,
                           const char *nodes);

static void each_missing(const struct results *r, missing_fn fn, void *ud)
{
    const struct model *m = r->model;
    for (size_t u = 0; u < r->nunits; u++) {
        const struct unit_result *ur = &r->units[u];
        for (size_t i = 0; i < m->nnodes; i++)
            for (size_t k = 0; k < ur->why[i].nfacts_read; k++) {
                if (!ur->why[i].read_missing[k])
                    continue;
                const char *fact = ur->why[i].facts_read[k];
                int first = 1; /* report each fact once per unit, at its first leaf */
                for (size_t j = 0; j < i && first; j++)
                    for (size_t q = 0; q < ur->why[j].nfacts_read && first; q++)
                        first = strcmp(ur->why[j].facts_read[q], fact) != 0;
                if (!first)
                    continue;
                char nodes[512] = "";
                size_t used = 0;
                for (size_t j = i; j < m->nnodes && used < sizeof nodes; j++)
                    for (size_t q = 0; q < ur->why[j].nfacts_read; q++)
                        if (!strcmp(ur->why[j].facts_read[q], fact))
                            used += (size_t)snprintf(nodes + used, sizeof nodes - used, "%s%s",
                                                     used ? ", " : "", m->nodes[j].code);
                fn(ud, ur, fact, nodes);
            }
    }
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

static void add_to_summary(void *ud, const struct unit_result *u, const char *fact, const char *nodes)
{
    (void)nodes;
    struct summary *s = ud;
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
    each_missing(r, add_to_summary, &s);
    if (s.pairs) {
        char names[400] = "";
        for (size_t i = 0, used = 0; i < s.nnames; i++)
            used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "",
                                     s.name[i]);
        px_say("the data lacks %zu fact value%s that %s reads, for %zu unit%s (%s); "
               "they scored as missing (list them with --missing)", s.pairs,
               s.pairs == 1 ? "" : "s", r->model->file, s.units, s.units == 1 ? "" : "s", names);
    }
    return s.pairs;
}

struct table {
    FILE *out;
    size_t w[3]; /* code, name, fact */
};

static void measure_row(void *ud, const struct unit_result *u, const char *fact, const char *nodes)
{
    (void)nodes;
    struct table *t = ud;
    const char *cells[3] = {u->code, u->name, fact};
    for (int i = 0; i < 3; i++)
        if (text_width(cells[i]) > t->w[i])
            t->w[i] = text_width(cells[i]);
}

static void print_row(void *ud, const struct unit_result *u, const char *fact, const char *nodes)
{
    struct table *t = ud;
    const char *cells[3] = {u->code, u->name, fact};
    for (int i = 0; i < 3; i++) {
        text_pad(t->out, cells[i], t->w[i], 0);
        fputs("  ", t->out);
    }
    text_printf(t->out, "%s\n", nodes);
}

int report_missing(FILE *out, const struct results *r)
{
    struct table t = {out, {0, 0, 0}};
    struct unit_result heading = {.code = "Mã", .name = "Đơn vị"};
    measure_row(&t, &heading, "Dữ kiện", NULL);
    each_missing(r, measure_row, &t);
    text_printf(out, "Dữ kiện %s cần mà dữ liệu không có\n\n", r->model->file);
    print_row(&t, &heading, "Dữ kiện", "Tiêu chí cần");
    each_missing(r, print_row, &t);
    return report_out_done(out, "the list of missing facts");
}
