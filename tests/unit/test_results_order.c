/* test_results_order.c — the property that results do not depend on the order of fields and
 * children: 1,000 random indexes (fixed seed) of fields, criteria and sub-criteria, each
 * scored for a few units with awkward points (three decimals, binary fractions, two thirds,
 * the max, 0, some leaves not applicable), are scored once as declared and once laid out
 * again with the fields and every node's children shuffled; both are written as JSON in the
 * declared layout and must be equal byte for byte, and no node may exceed its maximum.
 * Uses: cmocka, results.h, report.h (the JSON writer), model.h, rng.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rng.h"
#include "report.h"
#include "results.h"

#define TREES 1000
#define UNITS 4
#define SEED 20191128u /* the date of plan 2756/KH-UBND */

/* Appends a node under `parent` (-1: a field) with a code made of the parent's and `k`, and
 * returns its index.  The model's node array has room for every node from the start (see
 * random_model), so pointers into it stay valid. */
static int add_node(struct model *m, int parent, size_t k)
{
    char code[32];
    if (parent < 0)
        snprintf(code, sizeof code, "%zu", k);
    else
        snprintf(code, sizeof code, "%s.%zu", m->nodes[parent].code, k);
    int i = (int)m->nnodes++;
    struct node *n = &m->nodes[i];
    n->code = strdup(code);
    n->title = strdup(code);
    n->parent = parent;
    n->level = parent < 0 ? LEVEL_FIELD : (enum node_level)(m->nodes[parent].level + 1);
    n->line = i + 1;
    if (parent >= 0) {
        struct node *p = &m->nodes[parent];
        p->children[p->nchildren++] = i;
    }
    return i;
}

/* Node i and its descendants, depth first: a leaf gets a max of 0.25 to 5 points in
 * thousandths; a parent 1 to 5 children and the sum of their maxima.  Returns the max in
 * thousandths of a point, so that parents' maxima are exact. */
static long grow(struct model *m, int i)
{
    struct node *n = &m->nodes[i];
    int leaf = n->level == LEVEL_SUB || rng_below(10) < 3;
    if (leaf) {
        long thousandths = 250 + (long)rng_below(4751);
        n->max = (double)thousandths / 1000;
        n->has_scale = 1;
        return thousandths;
    }
    size_t nchildren = 1 + rng_below(5);
    n->children = calloc(nchildren, sizeof *n->children);
    long sum = 0;
    for (size_t k = 1; k <= nchildren; k++)
        sum += grow(m, add_node(m, i, k));
    n->max = (double)sum / 1000;
    return sum;
}

static void add_bands(struct model *m)
{
    static const struct {
        const char *name;
        double min;
    } BANDS[] = {{"A", 90}, {"B", 80}, {"C", 70}, {"D", 50}};
    m->nbands = sizeof BANDS / sizeof BANDS[0];
    m->bands = calloc(m->nbands, sizeof *m->bands);
    assert_non_null(m->bands);
    for (size_t b = 0; b < m->nbands; b++)
        m->bands[b] = (struct band){strdup(BANDS[b].name), BANDS[b].min, 50 + (int)b};
}

static struct model *random_model(void)
{
    struct model *m = calloc(1, sizeof *m);
    m->file = strdup("rules/random.lua");
    m->year = 2019;
    m->title = strdup("Chỉ số CCHC ngẫu nhiên");
    m->index_line = 1;
    m->nodes = calloc(5 + 5 * 5 + 5 * 5 * 5, sizeof *m->nodes);
    size_t nfields = 1 + rng_below(5);
    long total = 0;
    for (size_t k = 1; k <= nfields; k++)
        total += grow(m, add_node(m, -1, k));
    m->total = (double)total / 1000;
    add_bands(m);
    return m;
}

/* Points a scale might give out of `max`. */
static double random_points(double max)
{
    switch (rng_below(6)) {
    case 0: /* three decimals, as the published tables have */
        return (double)(long)(rng_unit() * max * 1000) / 1000;
    case 1: /* any binary fraction */
        return rng_unit() * max;
    case 2:
        return max * 2 / 3;
    case 3:
        return max;
    case 4:
        return 0;
    default: /* a share: 0.1 steps */
        return max * (double)rng_below(11) / 10;
    }
}

/* The engine's part for UNITS units: points for each leaf that applies (nine in ten). */
static void random_scores(const struct model *m, double *points, unsigned char *applicable)
{
    for (size_t u = 0; u < UNITS; u++)
        for (size_t i = 0; i < m->nnodes; i++) {
            size_t at = u * m->nnodes + i;
            applicable[at] = m->nodes[i].nchildren == 0 && rng_below(10) < 9;
            points[at] = applicable[at] ? random_points(m->nodes[i].max) : 0;
        }
}

/* Fisher-Yates, from the fixed-seed generator. */
static void shuffle(int *v, size_t n)
{
    for (size_t k = n; k > 1; k--) {
        size_t j = rng_below(k);
        int t = v[k - 1];
        v[k - 1] = v[j];
        v[j] = t;
    }
}

/* Copies m's node i (and its subtree, children in a random order) to the end of c's nodes,
 * under c's node `parent`; where[i] is its index in c. */
static void place(const struct model *m, struct model *c, int i, int parent, int *where)
{
    const struct node *n = &m->nodes[i];
    int at = (int)c->nnodes++;
    where[i] = at;
    c->nodes[at] = (struct node){.code = strdup(n->code), .title = strdup(n->title),
                                 .max = n->max, .level = n->level, .parent = parent,
                                 .has_scale = n->has_scale, .line = n->line};
    if (parent >= 0) {
        struct node *p = &c->nodes[parent];
        p->children[p->nchildren++] = at;
    }
    if (!n->nchildren)
        return;
    c->nodes[at].children = calloc(n->nchildren, sizeof *n->children);
    int *order = malloc(n->nchildren * sizeof *order);
    assert_true(c->nodes[at].children && order);
    memcpy(order, n->children, n->nchildren * sizeof *order);
    shuffle(order, n->nchildren);
    for (size_t k = 0; k < n->nchildren; k++)
        place(m, c, order[k], at, where);
    free(order);
}

/* The same index with its fields and every node's children in a random order, laid out
 * again parent before children as the rule loader does; where[i] is the new index of m's
 * node i. */
static struct model *shuffled_copy(const struct model *m, int *where)
{
    struct model *c = calloc(1, sizeof *c);
    c->file = strdup(m->file);
    c->year = m->year;
    c->title = strdup(m->title);
    c->index_line = m->index_line;
    c->total = m->total;
    add_bands(c);
    c->nodes = calloc(m->nnodes, sizeof *c->nodes);
    int *fields = malloc(m->nnodes * sizeof *fields);
    assert_true(c->nodes && fields);
    size_t nfields = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        if (m->nodes[i].parent < 0)
            fields[nfields++] = (int)i;
    shuffle(fields, nfields);
    for (size_t k = 0; k < nfields; k++)
        place(m, c, fields[k], -1, where);
    free(fields);
    return c;
}

static void free_model(struct model *m)
{
    model_free(m);
    free(m);
}

/* Scores `laid` (m itself, or m laid out again: where[i] is the index there of m's node i)
 * with the given leaf points of m's nodes, checks that no node exceeds its maxima, and
 * returns the JSON scoreboard written with m's layout. */
static char *scored_json(const struct model *m, const struct model *laid, const int *where,
                         const double *points, const unsigned char *applicable)
{
    size_t n = m->nnodes;
    struct results r = {.model = laid};
    for (size_t u = 0; u < UNITS; u++) {
        char code[16];
        snprintf(code, sizeof code, "U%zu", u);
        assert_int_equal(results_add_unit(&r, code, code, "province"), 0);
        struct unit_result *ur = &r.units[u];
        for (size_t i = 0; i < n; i++) {
            size_t at = u * n + i;
            ur->applicable[where[i]] = applicable[at];
            ur->points[where[i]] = points[at];
            ur->max[where[i]] = applicable[at] ? m->nodes[i].max : 0;
        }
    }
    results_finish(&r);
    double *was_points = malloc(n * sizeof *was_points), *was_max = malloc(n * sizeof *was_max);
    unsigned char *was_applicable = malloc(n);
    assert_true(was_points && was_max && was_applicable);
    for (size_t u = 0; u < r.nunits; u++) {
        struct unit_result *ur = &r.units[u];
        for (size_t i = 0; i < n; i++)
            if (ur->points[i] > ur->max[i] || ur->max[i] > laid->nodes[i].max)
                fail_msg("%s node %s: %.17g of %.17g (declared %.17g)", ur->code,
                         laid->nodes[i].code, ur->points[i], ur->max[i], laid->nodes[i].max);
        assert_true(ur->total <= ur->own_max);
        memcpy(was_points, ur->points, n * sizeof *was_points);
        memcpy(was_max, ur->max, n * sizeof *was_max);
        memcpy(was_applicable, ur->applicable, n);
        for (size_t i = 0; i < n; i++) { /* back to m's layout, for the JSON */
            ur->points[i] = was_points[where[i]];
            ur->max[i] = was_max[where[i]];
            ur->applicable[i] = was_applicable[where[i]];
        }
    }
    free(was_points);
    free(was_max);
    free(was_applicable);
    r.model = m;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    assert_int_equal(report_json(out, &r), 0);
    assert_int_equal(fclose(out), 0);
    results_free(&r);
    return buf;
}

static void test_order_does_not_matter(void **state)
{
    (void)state;
    rng_seed(SEED);
    size_t differ = 0;
    char *example = NULL; /* the first tree that differs, as written in file order */
    for (size_t t = 0; t < TREES; t++) {
        struct model *m = random_model();
        double *points = calloc(UNITS * m->nnodes, sizeof *points);
        unsigned char *applicable = calloc(UNITS * m->nnodes, 1);
        int *same = malloc(m->nnodes * sizeof *same), *where = malloc(m->nnodes * sizeof *where);
        assert_true(points && applicable && same && where);
        for (size_t i = 0; i < m->nnodes; i++)
            same[i] = (int)i;
        random_scores(m, points, applicable);
        struct model *shuffled = shuffled_copy(m, where);
        char *in_order = scored_json(m, m, same, points, applicable);
        char *other = scored_json(m, shuffled, where, points, applicable);
        if (strcmp(in_order, other) != 0 && differ++ == 0) {
            example = in_order;
            in_order = NULL;
        }
        free(in_order);
        free(other);
        free(points);
        free(applicable);
        free(same);
        free(where);
        free_model(shuffled);
        free_model(m);
    }
    if (differ)
        fail_msg("%zu of %d trees give other JSON when fields and children are shuffled, "
                 "e.g.\n%s", differ, TREES, example);
    free(example);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_does_not_matter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
