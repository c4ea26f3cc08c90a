/* engine_incr.c — the incremental engine (see engine_incr.h).
 * Which leaves a change reaches comes from the explanations themselves: a leaf's why lists
 * every fact its scale read for this unit, so a leaf that did not read the fact cannot change
 * (a scale that reads a fact only when another is set has read that other one).  A unit in
 * lỗi dữ liệu was scored only up to the leaf that failed, so it is scored whole, as is a
 * unit a change puts into that state.  Ranks: a scored unit's rank is one more than the number
 * of scored units of its kind with a higher displayed percentage (so ties share one), so a
 * change moves, by one, the ranks of the units between its old and new percentage.
 * As in a full run, scales are offered ctx.submission, and the evidence register (read once)
 * is applied again to the leaves scored again (engine_gate); points set by hand stand as set.
 * Uses: engine_incr.h, engine.h (engine_rescore, engine_gate), engine_submissions.h
 * (ctx.submission), store.h (the register), numfmt.h (num_round), sandbox.h (budgets renewed,
 * a stop), time.h (engine time). */
#define _POSIX_C_SOURCE 200809L /* strdup, clock_gettime */
#include "engine_incr.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine.h"
#include "engine_submissions.h"
#include "numfmt.h"
#include "sandbox.h"
#include "i18n.h"

/* One unit's overlay: its facts once read, and the leaves set by hand. */
struct incr_unit {
    int loaded;
    struct fact_info *facts;
    size_t nfacts;
    double *override;       /* per node, NAN when none; NULL until the first one */
    double shown;           /* the displayed percentage its rank compares */
};

struct incr {
    struct rules *rl;
    struct store *store;
    int data_year;
    char as_of[11];
    struct results r;
    struct incr_unit *units;
    struct incr_base *base;
    size_t *touched, ntouched; /* room for every node */
    size_t *gated;             /* the touched leaves scored again (not set by hand) */
    struct engine_receipts receipts; /* ctx.submission */
    struct evidence_row *reg;  /* the year's evidence register, in unit order */
    size_t nreg;
    double seconds;
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int oom(struct px_err *e)
{
    px_err_set(e, PX_SYSTEM, "%s", _("out of memory"));
    return -1;
}

/* Copies unit i as scored now into its base. */
static void keep_base(struct incr *in, size_t i)
{
    const struct unit_result *u = &in->r.units[i];
    struct incr_base *b = &in->base[i];
    size_t n = in->rl->model.nnodes;
    memcpy(b->points, u->points, n * sizeof *b->points);
    memcpy(b->applicable, u->applicable, n);
    b->total = u->total;
    b->percent = u->percent;
    b->rank = u->rank;
    b->band = u->band;
    b->status = u->status;
}

int incr_rebase(struct incr *in)
{
    for (size_t i = 0; i < in->r.nunits; i++)
        keep_base(in, i);
    return 0;
}

struct incr *incr_open(struct rules *rl, struct store *s, int data_year, const char *as_of,
                       struct px_err *e)
{
    struct incr *in = calloc(1, sizeof *in);
    if (!in) {
        oom(e);
        return NULL;
    }
    in->rl = rl;
    in->store = s;
    in->data_year = data_year;
    snprintf(in->as_of, sizeof in->as_of, "%s", as_of ? as_of : "");
    engine_receipts_init(&in->receipts, s, &rl->model, data_year, as_of ? in->as_of : NULL);
    if (store_evidence(s, data_year, NULL, &in->reg, &in->nreg, e) != 0 ||
        engine_score(rl, s, data_year, as_of, NULL, &in->r, e) != 0) {
        incr_free(in);
        return NULL;
    }
    size_t n = rl->model.nnodes, nu = in->r.nunits;
    in->units = calloc(nu + 1, sizeof *in->units);
    in->base = calloc(nu + 1, sizeof *in->base);
    in->touched = calloc(n + 1, sizeof *in->touched);
    in->gated = calloc(n + 1, sizeof *in->gated);
    if (!in->units || !in->base || !in->touched || !in->gated)
        goto fail;
    for (size_t i = 0; i < nu; i++) {
        in->units[i].shown = num_round(in->r.units[i].percent, 2);
        if (!(in->base[i].points = calloc(n + 1, sizeof(double))) ||
            !(in->base[i].applicable = calloc(n + 1, 1)))
            goto fail;
    }
    incr_rebase(in);
    return in;
fail:
    oom(e);
    incr_free(in);
    return NULL;
}

void incr_free(struct incr *in)
{
    if (!in)
        return;
    for (size_t i = 0; in->units && i < in->r.nunits; i++) {
        store_free_facts(in->units[i].facts, in->units[i].nfacts);
        free(in->units[i].override);
    }
    for (size_t i = 0; in->base && i < in->r.nunits; i++) {
        free(in->base[i].points);
        free(in->base[i].applicable);
    }
    free(in->units);
    free(in->base);
    free(in->touched);
    free(in->gated);
    engine_receipts_free(&in->receipts);
    evidence_rows_free(in->reg, in->nreg);
    results_free(&in->r);
    free(in);
}

const struct results *incr_results(const struct incr *in)
{
    return &in->r;
}

const struct incr_base *incr_base(const struct incr *in, size_t unit)
{
    return &in->base[unit];
}

long incr_unit(const struct incr *in, const char *code)
{
    for (size_t i = 0; i < in->r.nunits; i++)
        if (!strcmp(in->r.units[i].code, code))
            return (long)i;
    return -1;
}

int incr_facts(struct incr *in, size_t unit, const struct fact_info **facts, size_t *n,
               struct px_err *e)
{
    struct incr_unit *iu = &in->units[unit];
    if (!iu->loaded) {
        if (store_facts(in->store, in->r.units[unit].code, in->data_year, &iu->facts,
                        &iu->nfacts, e) != 0)
            return -1;
        iu->loaded = 1;
    }
    *facts = iu->facts;
    *n = iu->nfacts;
    return 0;
}

int incr_override(const struct incr *in, size_t unit, size_t node, double *points)
{
    const double *o = in->units[unit].override;
    if (!o || isnan(o[node]))
        return 0;
    *points = o[node];
    return 1;
}

const size_t *incr_touched(const struct incr *in, size_t *n)
{
    *n = in->ntouched;
    return in->touched;
}

double incr_seconds(const struct incr *in)
{
    return in->seconds;
}

/* Leaf i of the unit set by hand, if it is: 1 when it was. */
static int apply_override(struct incr *in, size_t unit, size_t i)
{
    double p;
    if (!incr_override(in, unit, i, &p))
        return 0;
    struct unit_result *u = &in->r.units[unit];
    u->points[i] = p;
    u->max[i] = in->rl->model.nodes[i].max;
    u->applicable[i] = 1;
    return 1;
}

/* Scores the whole unit again, as engine_score would (a data error kept with it). */
static int rescore_unit(struct incr *in, size_t unit, struct px_err *e)
{
    const struct model *m = &in->rl->model;
    struct unit_result *u = &in->r.units[unit];
    struct incr_unit *iu = &in->units[unit];
    for (size_t i = 0; i < m->nnodes; i++)
        results_clear_node(u, i);
    free(u->error);
    u->error = NULL;
    u->error_node = -1;
    u->status = iu->nfacts ? UNIT_SCORED : UNIT_NO_DATA;
    in->ntouched = 0;
    long failed;
    const char *as_of = in->as_of[0] ? in->as_of : NULL;
    if (engine_rescore(in->rl, &in->receipts, u, -1, iu->facts, iu->nfacts, as_of, &failed,
                       e) != 0) {
        if (e->code != PX_DATA)
            return -1;
        if (!(u->error = malloc(sizeof *u->error)))
            return oom(e);
        *u->error = *e;
        u->error_node = failed;
        u->status = UNIT_ERROR;
    } else if (engine_gate(in->rl, in->data_year, as_of, in->reg, in->nreg, NULL, 0, u, e) !=
               0) {
        return -1;
    }
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && model_applies(m, i, u->kind)) {
            if (u->status != UNIT_ERROR)
                apply_override(in, unit, i);
            in->touched[in->ntouched++] = i;
        }
    results_finish_unit(m, u, NULL, 0);
    return 0;
}

/* Scores again the leaves in->touched of the unit; falls back to the whole unit when one
 * of them refuses the data (the run would have stopped there). */
static int rescore_leaves(struct incr *in, size_t unit, struct px_err *e)
{
    const struct model *m = &in->rl->model;
    struct unit_result *u = &in->r.units[unit];
    struct incr_unit *iu = &in->units[unit];
    const char *as_of = in->as_of[0] ? in->as_of : NULL;
    size_t ngated = 0;
    for (size_t k = 0; k < in->ntouched; k++) {
        size_t i = in->touched[k];
        results_clear_node(u, i);
        if (apply_override(in, unit, i))
            continue;
        long failed;
        if (engine_rescore(in->rl, &in->receipts, u, (long)i, iu->facts, iu->nfacts, as_of,
                           &failed, e) != 0)
            return e->code == PX_DATA ? rescore_unit(in, unit, e) : -1;
        in->gated[ngated++] = i;
    }
    u->status = iu->nfacts ? UNIT_SCORED : UNIT_NO_DATA;
    if (engine_gate(in->rl, in->data_year, as_of, in->reg, in->nreg, in->gated, ngated, u, e) !=
        0)
        return -1;
    engine_adjustments(m, iu->facts, iu->nfacts, u); /* a bonus or penalty fact reads no leaf */
    results_finish_unit(m, u, in->touched, in->ntouched);
    return 0;
}

/* 1 when leaf i of u read the fact. */
static int reads(const struct unit_result *u, size_t i, const char *fact)
{
    for (size_t k = 0; k < u->why[i].nfacts_read; k++)
        if (!strcmp(u->why[i].facts_read[k], fact))
            return 1;
    return 0;
}

/* Moves the ranks of unit's kind after its displayed percentage (or status) changed from
 * was_ranked/was. */
static void rerank(struct incr *in, size_t unit, int was_ranked, double was)
{
    struct unit_result *u = &in->r.units[unit];
    int ranked = u->status == UNIT_SCORED;
    double shown = in->units[unit].shown = num_round(u->percent, 2);
    if (ranked == was_ranked && shown == was)
        return;
    int above = 0;
    for (size_t i = 0; i < in->r.nunits; i++) {
        struct unit_result *v = &in->r.units[i];
        if (i == unit || v->status != UNIT_SCORED || v->kind_order != u->kind_order)
            continue;
        double mine = in->units[i].shown;
        v->rank += (ranked && shown > mine) - (was_ranked && was > mine);
        above += ranked && mine > shown;
    }
    u->rank = ranked ? above + 1 : 0;
}

/* The leaves of unit to score again after `fact` changed; 1 when the whole unit must be. */
static int leaves_reading(struct incr *in, size_t unit, const char *fact)
{
    const struct model *m = &in->rl->model;
    const struct unit_result *u = &in->r.units[unit];
    in->ntouched = 0;
    if (u->status == UNIT_ERROR)
        return 1;
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && model_applies(m, i, u->kind) && reads(u, i, fact))
            in->touched[in->ntouched++] = i;
    return 0;
}

/* Puts v (NULL: none) as the unit's fact `name`; the old one goes to *old (the caller
 * frees it with store_free_facts) or is NULL when there was none. */
static int put_fact(struct incr_unit *iu, const char *name, const struct fact_value *v,
                    const char *source, const char *at, struct fact_info **old, struct px_err *e)
{
    size_t k = 0;
    while (k < iu->nfacts && strcmp(iu->facts[k].name, name))
        k++;
    *old = NULL;
    if (k < iu->nfacts) {
        if (!(*old = malloc(sizeof **old)))
            return oom(e);
        **old = iu->facts[k];
        iu->facts[k] = iu->facts[--iu->nfacts]; /* order does not matter to a scale */
    }
    if (!v)
        return 0;
    struct fact_info *grown = realloc(iu->facts, (iu->nfacts + 1) * sizeof *grown);
    if (!grown)
        return oom(e);
    iu->facts = grown;
    struct fact_info *f = &iu->facts[iu->nfacts];
    memset(f, 0, sizeof *f);
    f->value = *v;
    f->name = strdup(name);
    f->source = strdup(source);
    f->at = strdup(at ? at : "");
    f->note = *old && (*old)->note ? strdup((*old)->note) : NULL;
    iu->nfacts++;
    if (!f->name || !f->source || !f->at || (*old && (*old)->note && !f->note))
        return oom(e);
    return 0;
}

/* Scores the unit again after a change: its leaves in->touched, or the whole unit; then the
 * ranks of its kind. */
static int rescore(struct incr *in, size_t unit, int whole, struct px_err *e)
{
    struct unit_result *u = &in->r.units[unit];
    int was_ranked = u->status == UNIT_SCORED;
    double was = in->units[unit].shown;
    int rc = whole ? rescore_unit(in, unit, e) : rescore_leaves(in, unit, e);
    rerank(in, unit, was_ranked, was);
    return rc;
}

int incr_set_fact(struct incr *in, size_t unit, const char *name, const struct fact_value *v,
                  const char *source, struct px_err *e)
{
    double start = now();
    const struct fact_info *facts;
    size_t n;
    struct incr_unit *iu = &in->units[unit];
    if (incr_facts(in, unit, &facts, &n, e) != 0)
        return -1;
    int had_data = iu->nfacts > 0;
    struct fact_info *old;
    if (put_fact(iu, name, v, source, INCR_UNSAVED, &old, e) != 0) {
        store_free_facts(old, old ? 1 : 0);
        return -1;
    }
    int whole = leaves_reading(in, unit, name) || had_data != (iu->nfacts > 0);
    int rc = rescore(in, unit, whole, e);
    if (rc != 0) { /* put back what was there; it scored before (a stop is spent) */
        struct px_err again;
        sandbox_rearm(in->rl->sb);
        struct fact_info *mine;
        put_fact(iu, name, old ? &old->value : NULL, old ? old->source : "", old ? old->at : NULL,
                 &mine, &again);
        store_free_facts(mine, mine ? 1 : 0);
        rescore(in, unit, 1, &again);
    }
    store_free_facts(old, old ? 1 : 0);
    in->seconds = now() - start;
    return rc;
}

int incr_set_points(struct incr *in, size_t unit, size_t node, const double *points,
                    struct px_err *e)
{
    double start = now();
    struct incr_unit *iu = &in->units[unit];
    size_t n = in->rl->model.nnodes;
    const struct fact_info *facts;
    size_t nfacts;
    if (incr_facts(in, unit, &facts, &nfacts, e) != 0)
        return -1;
    if (!iu->override) {
        if (!(iu->override = malloc(n * sizeof *iu->override)))
            return oom(e);
        for (size_t i = 0; i < n; i++)
            iu->override[i] = NAN;
    }
    iu->override[node] = points ? *points : NAN;
    in->touched[0] = node;
    in->ntouched = 1;
    int rc = rescore(in, unit, in->r.units[unit].status == UNIT_ERROR, e);
    in->seconds = now() - start;
    return rc;
}

void incr_rearm(struct rules *rl)
{
    sandbox_rearm(rl->sb);
}

void incr_stop(void)
{
    sandbox_stop();
}
