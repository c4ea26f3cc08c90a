/* results.c — per-unit score sheets: allocation, summing parents from their children exactly
 * in pico-points, totals, percentages, bands, shared ranks (see results.h).
 * Uses: model.h, libm (llround), numfmt.h (ranks compare displayed percentages), text.h
 * (name order), vec.h (the list of units). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "results.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "text.h"
#include "vec.h"

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void unit_free(struct unit_result *u, size_t nnodes)
{
    free(u->code);
    free(u->name);
    free(u->kind);
    free(u->points);
    free(u->max);
    free(u->applicable);
    if (u->why)
        for (size_t i = 0; i < nnodes; i++) {
            for (size_t k = 0; k < u->why[i].nfacts_read; k++)
                free(u->why[i].facts_read[k]);
            free(u->why[i].facts_read);
            free(u->why[i].read_missing);
            free(u->why[i].note);
        }
    free(u->why);
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
    };
    if ((code && !u.code) || (name && !u.name) || (kind && !u.kind) || !u.points || !u.max ||
        !u.applicable || !u.why) {
        unit_free(&u, 0);
        return -1;
    }
    r->units[r->nunits++] = u;
    return 0;
}

int64_t results_pico(double points)
{
    return llround(points * RESULTS_PER_POINT);
}

static double points_of(int64_t pico)
{
    return (double)pico / RESULTS_PER_POINT;
}

/* Parents from children, exactly (see results.h): children come after their parent in the
 * model, so walking backwards finishes every child first.  A leaf's amounts enter the grid
 * here; a parent adds the amounts its children's doubles give back. */
static void sum_tree(const struct model *m, struct unit_result *u)
{
    for (size_t i = m->nnodes; i-- > 0;) {
        const struct node *n = &m->nodes[i];
        if (n->nchildren == 0) { /* a leaf: scored by the engine */
            u->points[i] = points_of(results_pico(u->points[i]));
            u->max[i] = points_of(results_pico(u->max[i]));
            continue;
        }
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
    int64_t total = 0, own_max = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (m->nodes[i].parent != -1 || !u->applicable[i])
            continue;
        total += results_pico(u->points[i]);
        own_max += results_pico(u->max[i]);
    }
    u->total = points_of(total);
    u->own_max = points_of(own_max);
    u->percent = own_max > 0 ? (double)(total * 100) / (double)own_max : 0;
    u->band = model_band(m, u->percent);
}

/* Best displayed percentage first; equal ones by name in Vietnamese order, then code. */
static int by_rank(const void *pa, const void *pb)
{
    const struct unit_result *a = pa, *b = pb;
    double x = num_round(a->percent, 2), y = num_round(b->percent, 2);
    if (x != y)
        return x > y ? -1 : 1;
    int c = text_collate(a->name ? a->name : "", b->name ? b->name : "");
    return c ? c : strcmp(a->code ? a->code : "", b->code ? b->code : "");
}

void results_finish(struct results *r)
{
    for (size_t i = 0; i < r->nunits; i++)
        sum_tree(r->model, &r->units[i]);
    if (r->nunits == 0)
        return;
    qsort(r->units, r->nunits, sizeof *r->units, by_rank);
    for (size_t i = 0; i < r->nunits; i++) {
        int tied = i > 0 && num_round(r->units[i].percent, 2) ==
                                num_round(r->units[i - 1].percent, 2);
        r->units[i].rank = tied ? r->units[i - 1].rank : (int)i + 1;
    }
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
