/* survey.c — tallies and the survey's share with its confidence interval (see survey.h).
 * Uses: model.h, sorted.h, vec.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "survey.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sorted.h"
#include "vec.h"

/* Index of the item whose code (at offset `at` in items of `size` bytes) is `code`, or -1. */
static long find_code(const void *items, size_t n, size_t size, size_t at, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(*(char *const *)((const char *)items + i * size + at), code))
            return (long)i;
    return -1;
}

int survey_tallies_add(struct survey_tallies *t, const struct model *m, const char *unit,
                       const char *question, const char *group, const char *option, long n)
{
    long q = find_code(m->questions, m->nquestions, sizeof *m->questions,
                       offsetof(struct survey_question, code), question);
    if (q < 0)
        return 0;
    const struct survey_question *sq = &m->questions[q];
    long g = find_code(sq->groups, sq->ngroups, sizeof *sq->groups,
                       offsetof(struct survey_weight, group), group);
    long o = find_code(sq->options, sq->noptions, sizeof *sq->options,
                       offsetof(struct survey_option, code), option);
    if (g < 0 || o < 0)
        return 0;
    struct survey_count c = {strdup(unit), (size_t)q, (size_t)g, (size_t)o, n};
    if (!c.unit || VEC_PUSH(t->v, t->n, t->cap, c) != 0) {
        free(c.unit);
        return -1;
    }
    return 0;
}

void survey_tallies_free(struct survey_tallies *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i].unit);
    free(t->v);
    memset(t, 0, sizeof *t);
}

int survey_leaf_asked(const struct model *m, size_t node)
{
    for (size_t q = 0; q < m->nquestions; q++)
        if (!strcmp(m->questions[q].node, m->nodes[node].code))
            return 1;
    return 0;
}

/* The stat of question q's group g in l, added when new; NULL when out of memory. */
static struct survey_group_stat *stat_of(struct survey_leaf *l, const struct model *m, size_t q,
                                         size_t g)
{
    for (size_t i = 0; i < l->ngroups; i++)
        if (l->groups[i].question == q && l->groups[i].group == g)
            return &l->groups[i];
    struct survey_group_stat s = {q, g, 0, 0, calloc(m->questions[q].noptions, sizeof(long)),
                                  0, 0};
    if (!s.counts || VEC_PUSH(l->groups, l->ngroups, l->cap, s) != 0) {
        free(s.counts);
        return NULL;
    }
    return &l->groups[l->ngroups - 1];
}

/* Mean and sample variance of one group's answers from its option counts. */
static void moments(const struct survey_question *q, struct survey_group_stat *s)
{
    double sum = 0, sq = 0;
    for (size_t o = 0; o < q->noptions; o++)
        if (!q->options[o].excluded) {
            sum += (double)s->counts[o] * q->options[o].value;
            sq += (double)s->counts[o] * q->options[o].value * q->options[o].value;
        }
    s->mean = s->valid ? sum / (double)s->valid : 0;
    s->var = s->valid > 1 ? fmax(0, (sq - (double)s->valid * s->mean * s->mean) /
                                        (double)(s->valid - 1))
                          : 0;
}

/* Orders stats by question, then group, as declared. */
static int by_place(const void *a, const void *b)
{
    const struct survey_group_stat *x = a, *y = b;
    if (x->question != y->question)
        return x->question < y->question ? -1 : 1;
    return x->group < y->group ? -1 : x->group > y->group;
}

/* Sums the stats into the leaf's share, interval and flag. */
static void combine(const struct model *m, size_t node, struct survey_leaf *l)
{
    double wsum = 0, num = 0, var = 0;
    for (size_t i = 0; i < l->ngroups; i++) {
        struct survey_group_stat *s = &l->groups[i];
        moments(&m->questions[s->question], s);
        l->valid += s->valid;
        l->excluded += s->excluded;
        if (s->valid)
            wsum += m->questions[s->question].groups[s->group].weight;
    }
    for (size_t i = 0; i < l->ngroups && wsum > 0; i++) {
        const struct survey_group_stat *s = &l->groups[i];
        double w = m->questions[s->question].groups[s->group].weight / wsum;
        if (s->valid) {
            num += w * s->mean;
            var += w * w * s->var / (double)s->valid;
        }
    }
    l->share = fmin(1, fmax(0, num));
    double half = SURVEY_Z95 * sqrt(var);
    l->lo = fmax(0, l->share - half);
    l->hi = fmin(1, l->share + half);
    for (size_t q = 0; q < m->nquestions; q++) {
        if (strcmp(m->questions[q].node, m->nodes[node].code))
            continue;
        long n = 0;
        for (size_t i = 0; i < l->ngroups; i++)
            n += l->groups[i].question == q ? l->groups[i].valid : 0;
        if ((double)n < m->questions[q].min_answers)
            l->few = 1;
    }
}

/* The first tally of unit in t (they come grouped by unit), or t->n. */
static size_t first_of(const struct survey_tallies *t, const char *unit)
{
    return sorted_first(t->v, t->n, sizeof *t->v, offsetof(struct survey_count, unit), unit);
}

int survey_leaf_score(const struct model *m, const struct survey_tallies *t, const char *unit,
                      size_t node, struct survey_leaf *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = first_of(t, unit); i < t->n && !strcmp(t->v[i].unit, unit); i++) {
        const struct survey_count *c = &t->v[i];
        const struct survey_question *q = &m->questions[c->question];
        if (strcmp(q->node, m->nodes[node].code))
            continue;
        struct survey_group_stat *s = stat_of(out, m, c->question, c->group);
        if (!s) {
            survey_leaf_free(out);
            return -1;
        }
        s->counts[c->option] += c->n;
        if (q->options[c->option].excluded)
            s->excluded += c->n;
        else
            s->valid += c->n;
    }
    if (!out->ngroups)
        return 0;
    qsort(out->groups, out->ngroups, sizeof *out->groups, by_place);
    combine(m, node, out);
    if (out->valid)
        return 1;
    survey_leaf_free(out); /* only "không biết": no share to take */
    return 0;
}

void survey_leaf_free(struct survey_leaf *l)
{
    for (size_t i = 0; i < l->ngroups; i++)
        free(l->groups[i].counts);
    free(l->groups);
    memset(l, 0, sizeof *l);
}
