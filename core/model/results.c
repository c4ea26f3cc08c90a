/* results.c — per-unit score sheets: allocation, data errors kept per unit, summing parents
 * from their children exactly in pico-points, totals, percentages, bands, missing facts
 * counted, shared ranks within each kind (see results.h).
 * Uses: model.h, diag.h, libm (llround), numfmt.h (ranks compare displayed percentages),
 * text.h (name order), vec.h (the list of units), i18n.h (the data error's prefix). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "results.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "numfmt.h"
#include "text.h"
#include "vec.h"

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int results_set_reads(struct leaf_why *w, const char *const *names,
                      const unsigned char *missing, size_t n)
{
    if (!n)
        return 0;
    size_t bytes = n * (sizeof *w->facts_read + 1);
    for (size_t k = 0; k < n; k++)
        bytes += strlen(names[k]) + 1;
    char **block = malloc(bytes); /* the pointers, then the flags, then the names */
    if (!block)
        return -1;
    unsigned char *flags = (unsigned char *)(block + n);
    char *text = (char *)(flags + n);
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(names[k]) + 1;
        block[k] = memcpy(text, names[k], len);
        text += len;
        flags[k] = missing[k];
    }
    w->facts_read = block;
    w->read_missing = flags;
    w->nfacts_read = n;
    return 0;
}

void results_why_clear(struct leaf_why *w)
{
    free(w->facts_read); /* read_missing and the names live in the same allocation */
    free(w->note);
    memset(w, 0, sizeof *w);
}

static void why_free(struct unit_result *u, size_t nnodes)
{
    if (u->why)
        for (size_t i = 0; i < nnodes; i++)
            results_why_clear(&u->why[i]);
    free(u->why);
    u->why = NULL;
}

static void unit_free(struct unit_result *u, size_t nnodes)
{
    free(u->code);
    free(u->name);
    free(u->kind);
    free(u->points);
    free(u->max);
    free(u->applicable);
    free(u->error);
    free(u->adjust);
    why_free(u, nnodes);
}

void results_clear_node(struct unit_result *u, size_t i)
{
    results_why_clear(&u->why[i]);
    u->points[i] = u->max[i] = 0;
    u->applicable[i] = 0;
}

void results_drop_why(const struct results *r, struct unit_result *u)
{
    size_t nnodes = r->model->nnodes, kept = 0;
    for (size_t i = 0; u->why && i < nnodes; i++) {
        struct leaf_why *w = &u->why[i];
        if (w->note) {
            free(w->note);
            w->note = NULL;
        }
        size_t n = 0;
        for (size_t k = 0; k < w->nfacts_read; k++)
            if (w->read_missing[k]) { /* kept in place: the names stay in w's allocation */
                w->facts_read[n] = w->facts_read[k];
                w->read_missing[n++] = 1;
            }
        if (!n && w->facts_read)
            results_why_clear(w);
        w->nfacts_read = n;
        kept += n;
    }
    if (!kept) { /* nothing missing: nothing to keep, and every leaf is empty already */
        free(u->why);
        u->why = NULL;
    }
}

int results_add_unit(struct results *r, const char *code, const char *name, const char *kind)
{
    size_t n = r->model->nnodes;
    if (vec_reserve(r->units, r->cap, r->nunits + 1) != 0)
        return -1;
    struct unit_result u = {
        .code = dup_or_null(code),
        .name = dup_or_null(name),
        .kind = dup_or_null(kind),
        .points = calloc(n + 1, sizeof *u.points),
        .max = calloc(n + 1, sizeof *u.max),
        .applicable = calloc(n + 1, sizeof *u.applicable),
        .why = calloc(n + 1, sizeof *u.why),
        .adjust = calloc(r->model->nadjustments + 1, sizeof *u.adjust),
        .error_node = -1,
    };
    if ((code && !u.code) || (name && !u.name) || (kind && !u.kind) || !u.points || !u.max ||
        !u.applicable || !u.why || !u.adjust) {
        unit_free(&u, 0);
        return -1;
    }
    r->units[r->nunits++] = u;
    return 0;
}

int results_set_error(struct results *r, const struct px_err *e, long node)
{
    struct unit_result *u = &r->units[r->nunits - 1];
    if (!u->error && !(u->error = malloc(sizeof *u->error)))
        return -1;
    *u->error = *e;
    u->error_node = node;
    u->status = UNIT_ERROR;
    return 0;
}

void results_name_error(const struct node *n, const char *unit, struct px_err *e)
{
    char what[sizeof e->msg];
    snprintf(what, sizeof what, "%s", e->msg);
    char name[128];
    snprintf(e->msg, sizeof e->msg, _("%s, unit %s: %.900s"),
             model_node_name(n->level, n->code, name, sizeof name), unit, what);
}

int64_t results_pico(double points)
{
    double x = points * RESULTS_PER_POINT;
    if (!(fabs(x) < 0x1p52))
        return llround(x); /* an integer already, or out of the grid's range */
    /* llround without the call (a run rounds about 1,000 amounts per unit): below 2^52 the
     * truncation is exact and so is the fraction left, which decides half away from zero. */
    int64_t t = (int64_t)x;
    double f = x - (double)t;
    return t + (f >= 0.5) - (f <= -0.5);
}

static double points_of(int64_t pico)
{
    return (double)pico / RESULTS_PER_POINT;
}

/* A leaf's points and max, as its scale gave them, onto the pico-point grid. */
static void grid_leaf(struct unit_result *u, size_t i)
{
    u->points[i] = points_of(results_pico(u->points[i]));
    u->max[i] = points_of(results_pico(u->max[i]));
}

/* Parent i from its applicable children, exactly (see results.h): the amounts their doubles
 * give back, added. */
static void sum_node(const struct model *m, struct unit_result *u, size_t i)
{
    const struct node *n = &m->nodes[i];
    int64_t points = 0, max = 0;
    unsigned char applicable = 0;
    for (size_t k = 0; k < n->nchildren; k++) {
        int c = n->children[k];
        if (!u->applicable[c])
            continue;
        points += results_pico(u->points[c]);
        max += results_pico(u->max[c]);
        applicable = 1;
    }
    u->points[i] = points_of(points);
    u->max[i] = points_of(max);
    u->applicable[i] = applicable;
}

/* The unit's total, own maximum, percentage and band from its fields. */
static void sum_total(const struct model *m, struct unit_result *u)
{
    int64_t total = 0, own_max = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (m->nodes[i].parent != -1 || !u->applicable[i])
            continue;
        total += results_pico(u->points[i]);
        own_max += results_pico(u->max[i]);
    }
    int64_t adjust[2] = {0, 0}; /* bonus, penalty */
    for (size_t k = 0; k < m->nadjustments; k++)
        adjust[m->adjustments[k].penalty] += results_pico(u->adjust[k]);
    const double cap[2] = {m->bonus_max, m->penalty_max};
    for (int p = 0; p < 2; p++)
        if (cap[p] > 0 && adjust[p] > results_pico(cap[p]))
            adjust[p] = results_pico(cap[p]);
    total += adjust[0] - adjust[1];
    total = total < 0 ? 0 : total > own_max ? own_max : total;
    u->bonus = points_of(adjust[0]);
    u->penalty = points_of(adjust[1]);
    u->total = points_of(total);
    u->own_max = points_of(own_max);
    u->percent = own_max > 0 ? (double)(total * 100) / (double)own_max : 0;
    u->band = model_band(m, u->percent);
}

/* Parents from children: children come after their parent in the model, so walking
 * backwards finishes every child first. */
static void sum_tree(const struct model *m, struct unit_result *u)
{
    for (size_t i = m->nnodes; i-- > 0;) {
        if (m->nodes[i].nchildren == 0)
            grid_leaf(u, i); /* a leaf: scored by the engine */
        else
            sum_node(m, u, i);
    }
    sum_total(m, u);
}

/* The distinct facts that u's applicable leaves read and it lacks. */
static size_t count_missing(const struct model *m, const struct unit_result *u)
{
    size_t n = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        for (size_t k = 0; u->applicable[i] && k < u->why[i].nfacts_read; k++) {
            if (!u->why[i].read_missing[k])
                continue;
            int first = 1; /* counted at the first applicable leaf that read it */
            for (size_t j = 0; j <= i && first; j++)
                for (size_t q = 0; u->applicable[j] && q < u->why[j].nfacts_read && first; q++)
                    first = (j == i && q == k) ||
                            strcmp(u->why[j].facts_read[q], u->why[i].facts_read[k]) != 0;
            n += (size_t)first;
        }
    return n;
}

size_t results_kind_order(const struct model *m, const char *kind)
{
    const struct unit_kind *k = kind ? model_kind(m, kind) : NULL;
    return k ? (size_t)(k - m->kinds) : m->nkinds;
}

/* By kind; then ranked units, best displayed percentage first, then units with a data error,
 * then units with no data; equal ones by name in Vietnamese order, then code. */
static int by_rank(const void *pa, const void *pb)
{
    const struct unit_result *a = pa, *b = pb;
    if (a->kind_order != b->kind_order)
        return a->kind_order < b->kind_order ? -1 : 1;
    if (a->status != b->status)
        return a->status < b->status ? -1 : 1;
    double x = a->percent_shown, y = b->percent_shown;
    if (a->status == UNIT_SCORED && x != y)
        return x > y ? -1 : 1;
    int c = text_collate(a->name ? a->name : "", b->name ? b->name : "");
    return c ? c : strcmp(a->code ? a->code : "", b->code ? b->code : "");
}

/* Everything of one unit but its rank and place. */
static void finish_unit(const struct model *m, struct unit_result *u)
{
    sum_tree(m, u);
    u->nmissing = count_missing(m, u);
    u->kind_order = results_kind_order(m, u->kind);
    if (u->status != UNIT_SCORED)
        u->band = NULL;
    u->summed = 1;
}

void results_finish_unit(const struct model *m, struct unit_result *u, const size_t *leaves,
                         size_t nleaves)
{
    if (!leaves) {
        finish_unit(m, u);
        return;
    }
    for (size_t k = 0; k < nleaves; k++)
        grid_leaf(u, leaves[k]);
    for (size_t k = 0; k < nleaves; k++) /* every walk ends at the field, after the others */
        for (int p = m->nodes[leaves[k]].parent; p >= 0; p = m->nodes[p].parent)
            sum_node(m, u, (size_t)p);
    sum_total(m, u);
    u->nmissing = count_missing(m, u);
    if (u->status != UNIT_SCORED)
        u->band = NULL;
}

void results_sort(struct results *r)
{
    for (size_t i = 0; i < r->nunits; i++) /* rounded once per unit, not per comparison */
        r->units[i].percent_shown = num_round(r->units[i].percent, 2);
    if (r->nunits)
        qsort(r->units, r->nunits, sizeof *r->units, by_rank);
}

void results_finish(struct results *r)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (!r->units[i].summed)
            finish_unit(r->model, &r->units[i]);
    if (r->nunits == 0)
        return;
    results_sort(r);
    int place = 0; /* within the kind */
    for (size_t i = 0; i < r->nunits; i++) {
        struct unit_result *u = &r->units[i], *prev = i ? u - 1 : NULL;
        if (u->status != UNIT_SCORED)
            continue;
        if (!prev || prev->kind_order != u->kind_order)
            place = 0;
        place++;
        int tied = place > 1 && u->percent_shown == prev->percent_shown;
        u->rank = tied ? prev->rank : place;
    }
}

size_t results_count(const struct results *r, enum unit_status s)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nunits; i++)
        n += r->units[i].status == s;
    return n;
}

/* Frees everything r owns and leaves it zeroed but for its model; r belongs to the caller. */
void results_free(struct results *r)
{
    if (!r)
        return;
    size_t nnodes = r->model ? r->model->nnodes : 0;
    for (size_t i = 0; i < r->nunits; i++)
        unit_free(&r->units[i], nnodes);
    free(r->units);
    free(r->as_of);
    r->units = NULL;
    r->nunits = r->cap = 0;
    r->as_of = NULL;
}
