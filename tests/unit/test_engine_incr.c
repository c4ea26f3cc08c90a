/* test_engine_incr.c — the incremental engine equals a full run: the provincial internal
 * index's example (27 departments and districts, two kinds ranked apart) takes 120 random
 * changes (fixed seed) — ratios, counts, points, dates, có/không, không áp dụng, values the
 * scales refuse (a unit in lỗi dữ liệu and out of it again) — each given to the incremental
 * engine and written into a second database that is then scored from scratch; after every
 * change every unit's status, error, points, maximum and applicability of every node, total,
 * percentage, band, rank and missing facts must be equal, bit for bit.  Also: a change only
 * touches the leaves that read the fact; a fact taken away again gives back the base; points
 * set by hand count and go away; the rescoring stays under the sandbox's stop.  As in a full
 * run, a rescored scale is offered ctx.submission (tests/rules/deadlines-chain.lua's 1.2),
 * and a rescored leaf that requires evidence scores 0 without it (rules/2019.lua's 1.1.1,
 * with a register that lacks its plan), its explanation saying so once.  A run asking for
 * points alone (ctx.explain false) scores every rule file's example as the worded run does.
 * Uses: cmocka, engine_incr.h, engine.h, rules.h, store.h, submissions.h, import.h,
 * import_dict.h (the example with its submissions), scratch.h, rng.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "engine_incr.h"
#include "import.h"
#include "import_dict.h"
#include "rng.h"
#include "rules.h"
#include "scratch.h"
#include "store.h"
#include "submissions.h"

#define RULES "rules/province-internal-2019.lua"
#define CHANGES 120
#define SEED 20191128u

struct world {
    struct rules rl;
    struct store *mine, *fresh; /* the incremental engine's, and the one scored from scratch */
    struct incr *in;
};

static struct store *example_store(const struct model *m)
{
    struct px_err e;
    struct store *s = store_open(NULL, STORE_READ, &e);
    if (!s)
        fail_msg("store_open: %s", e.msg);
    struct import_facts facts = import_dict_facts(m, m->year, "test"); /* submissions too */
    if (import_example(s, m->example, &facts, &e) != 0)
        fail_msg("import_example: %s", e.msg);
    return s;
}

static int world_setup(void **state)
{
    scratch_group_setup(state);
    static struct world w;
    struct px_err e;
    struct sandbox_limits lim = {SANDBOX_DEFAULT_STEPS, SANDBOX_DEFAULT_MEMORY,
                                 SANDBOX_DEFAULT_SECONDS};
    if (rules_load(RULES, &lim, NULL, &w.rl, &e) != 0)
        fail_msg("rules_load: %s", e.msg);
    w.mine = example_store(&w.rl.model);
    w.fresh = example_store(&w.rl.model);
    if (!(w.in = incr_open(&w.rl, w.mine, w.rl.model.year, NULL, &e)))
        fail_msg("incr_open: %s", e.msg);
    *state = &w;
    return 0;
}

static int world_teardown(void **state)
{
    struct world *w = *state;
    incr_free(w->in);
    store_close(w->mine);
    store_close(w->fresh);
    rules_free(&w->rl);
    return scratch_group_teardown(state);
}

static const struct unit_result *find(const struct results *r, const char *code)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (!strcmp(r->units[i].code, code))
            return &r->units[i];
    fail_msg("unit %s missing", code);
    return NULL;
}

/* Every unit of the incremental state equals the full run's, bit for bit. */
static void assert_same(const struct results *now, const struct results *full, size_t step)
{
    assert_int_equal(now->nunits, full->nunits);
    size_t nn = now->model->nnodes;
    for (size_t i = 0; i < full->nunits; i++) {
        const struct unit_result *f = &full->units[i], *u = find(now, f->code);
        if (u->status != f->status || u->rank != f->rank || u->band != f->band ||
            memcmp(&u->total, &f->total, sizeof u->total) ||
            memcmp(&u->percent, &f->percent, sizeof u->percent) || u->nmissing != f->nmissing)
            fail_msg("change %zu, unit %s: status %d/%d rank %d/%d total %.17g/%.17g", step,
                     f->code, u->status, f->status, u->rank, f->rank, u->total, f->total);
        if (f->status == UNIT_ERROR) {
            assert_string_equal(u->error->msg, f->error->msg);
            assert_int_equal(u->error_node, f->error_node);
        }
        for (size_t k = 0; k < nn; k++)
            if (memcmp(&u->points[k], &f->points[k], sizeof(double)) ||
                memcmp(&u->max[k], &f->max[k], sizeof(double)) ||
                u->applicable[k] != f->applicable[k])
                fail_msg("change %zu, unit %s, node %s: %.17g/%.17g", step, f->code,
                         now->model->nodes[k].code, u->points[k], f->points[k]);
    }
}

static void full_run(struct world *w, struct results *full)
{
    struct px_err e;
    incr_rearm(&w->rl);
    if (engine_score(&w->rl, w->fresh, w->rl.model.year, NULL, NULL, full, &e) != 0)
        fail_msg("engine_score: %s", e.msg);
}

/* A random value for the declared fact d, now and then one its scale refuses. */
static void random_value(const struct fact_def *d, struct fact_value *v)
{
    memset(v, 0, sizeof *v);
    v->type = FACT_NUMBER;
    size_t dice = rng_below(20);
    if (dice == 0) {
        v->type = FACT_NA;
    } else if (!strcmp(d->type, "bool")) {
        v->type = FACT_BOOL;
        v->num = (double)rng_below(2);
    } else if (!strcmp(d->type, "date")) {
        v->type = FACT_DATE;
        snprintf(v->text, sizeof v->text, "%d-%02zu-%02zu", 2018 + (int)rng_below(3),
                 1 + rng_below(12), 1 + rng_below(28));
    } else if (!strcmp(d->type, "ratio")) {
        v->num = dice == 1 ? 1.5 : (double)rng_below(1001) / 1000; /* 150%: refused */
    } else if (!strcmp(d->type, "points")) {
        v->num = dice == 1 ? -1 : (double)rng_below(9) / 4; /* below zero: refused */
    } else {
        v->num = (double)rng_below(60);
    }
}

static void put_fresh(struct world *w, const char *unit, const char *name,
                      const struct fact_value *v)
{
    struct px_err e;
    struct fact_row row = {unit, name, w->rl.model.year, NULL, "test", 0, 0};
    if (store_begin(w->fresh, &e) != 0 || store_put_fact(w->fresh, &row, v, &e) != 0 ||
        store_commit(w->fresh, &e) != 0)
        fail_msg("writing %s/%s: %s", unit, name, e.msg);
}

static void random_changes_equal_full_runs(void **state)
{
    struct world *w = *state;
    const struct model *m = &w->rl.model;
    const struct results *now = incr_results(w->in);
    rng_seed(SEED);
    size_t errors = 0;
    for (size_t step = 1; step <= CHANGES; step++) {
        size_t unit = rng_below(now->nunits);
        const struct fact_def *d = &m->facts[rng_below(m->nfacts)];
        struct fact_value v;
        random_value(d, &v);
        char code[64];
        snprintf(code, sizeof code, "%s", now->units[unit].code);
        struct px_err e;
        incr_rearm(&w->rl);
        if (incr_set_fact(w->in, unit, d->code, &v, "test", &e) != 0)
            fail_msg("change %zu: %s", step, e.msg);
        put_fresh(w, code, d->code, &v);
        struct results full;
        full_run(w, &full);
        assert_same(now, &full, step);
        errors += results_count(&full, UNIT_ERROR) > 0;
        results_free(&full);
    }
    assert_true(errors > 0); /* the error path was taken */
}

/* Only the leaves that read the fact are scored again, and taking the fact away gives back
 * the base. */
static void a_change_touches_its_readers_and_comes_back(void **state)
{
    struct world *w = *state;
    const struct model *m = &w->rl.model;
    struct incr *in;
    struct px_err e;
    struct store *s = example_store(m);
    incr_rearm(&w->rl);
    assert_non_null(in = incr_open(&w->rl, s, m->year, NULL, &e));
    const struct results *r = incr_results(in);
    size_t unit = 0, n, nfacts;
    const struct fact_info *facts;
    assert_int_equal(incr_facts(in, unit, &facts, &nfacts, &e), 0);
    const struct fact_value *was = NULL;
    for (size_t k = 0; k < nfacts; k++)
        if (!strcmp(facts[k].name, "par_plan_completion_ratio"))
            was = &facts[k].value;
    assert_non_null(was);
    struct fact_value orig = *was, v = {.type = FACT_NUMBER, .num = 0.25};
    assert_int_equal(incr_set_fact(in, unit, "par_plan_completion_ratio", &v, "test", &e), 0);
    const size_t *touched = incr_touched(in, &n);
    assert_true(n >= 1 && n < 5);
    for (size_t k = 0; k < n; k++) {
        const struct leaf_why *why = &r->units[unit].why[touched[k]];
        int read = 0;
        for (size_t q = 0; q < why->nfacts_read; q++)
            read |= !strcmp(why->facts_read[q], "par_plan_completion_ratio");
        assert_true(read);
    }
    assert_true(incr_seconds(in) >= 0);
    const struct incr_base *b = incr_base(in, unit);
    assert_true(r->units[unit].total < b->total);
    size_t missing = r->units[unit].nmissing;
    assert_int_equal(incr_set_fact(in, unit, "par_plan_completion_ratio", NULL, "test", &e), 0);
    assert_int_equal(r->units[unit].nmissing, missing + 1);
    assert_int_equal(incr_set_fact(in, unit, "par_plan_completion_ratio", &orig, "test", &e), 0);
    assert_memory_equal(r->units[unit].points, b->points, m->nnodes * sizeof(double));
    assert_true(r->units[unit].total == b->total && r->units[unit].rank == b->rank);
    /* points by hand on a leaf: counted, then gone */
    size_t leaf = touched[0];
    double before = r->units[unit].total, p = 0;
    assert_int_equal(incr_set_points(in, unit, leaf, &p, &e), 0);
    assert_true(incr_override(in, unit, leaf, &p));
    assert_true(r->units[unit].points[leaf] == 0);
    assert_int_equal(incr_set_points(in, unit, leaf, NULL, &e), 0);
    assert_false(incr_override(in, unit, leaf, &p));
    assert_true(r->units[unit].total == before);
    incr_free(in);
    store_close(s);
}

/* A stop asked for while a change is scored refuses the change and keeps the unit. */
static void a_stop_refuses_the_change(void **state)
{
    struct world *w = *state;
    const struct model *m = &w->rl.model;
    struct px_err e;
    struct store *s = example_store(m);
    incr_rearm(&w->rl);
    struct incr *in = incr_open(&w->rl, s, m->year, NULL, &e);
    assert_non_null(in);
    double total = incr_results(in)->units[0].total;
    struct fact_value v = {.type = FACT_NUMBER, .num = 0};
    incr_stop();
    assert_int_equal(incr_set_fact(in, 0, "par_plan_completion_ratio", &v, "test", &e), -1);
    assert_int_equal(e.code, PX_LIMIT);
    assert_non_null(strstr(e.msg, "interrupted"));
    incr_rearm(&w->rl);
    assert_true(incr_results(in)->units[0].total == total);
    incr_free(in);
    store_close(s);
}

/* The node with this code. */
static size_t node_of(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->nnodes; i++)
        if (!strcmp(m->nodes[i].code, code))
            return i;
    fail_msg("no node %s", code);
    return 0;
}

static void load_rules(const char *path, struct rules *rl)
{
    struct px_err e;
    struct sandbox_limits lim = {SANDBOX_DEFAULT_STEPS, SANDBOX_DEFAULT_MEMORY,
                                 SANDBOX_DEFAULT_SECONDS};
    if (rules_load(path, &lim, NULL, rl, &e) != 0)
        fail_msg("rules_load %s: %s", path, e.msg);
}

/* A leaf scored again from its submissions (ctx.submission) scores as in a full run. */
static void a_rescored_scale_reads_submissions(void **state)
{
    (void)state;
    struct rules rl = {0};
    struct px_err e;
    load_rules("tests/rules/deadlines-chain.lua", &rl);
    struct store *s = store_open(NULL, STORE_READ, &e);
    assert_non_null(s);
    struct import_result ir;
    assert_int_equal(import_file(s, IMPORT_UNITS, "tests/rules/mini-data/units.csv", NULL, NULL,
                                 &ir, &e), 0);
    struct submission_row sub[] = {{2019, "TDG", "STP", "2019-12-23", NULL, NULL, NULL, "test"},
                                   {2019, "TDG", "STC", "2019-12-24", NULL, NULL, NULL, "test"}};
    for (size_t k = 0; k < 2; k++)
        assert_int_equal(store_put_submission(s, &sub[k], "test", &e), 0);
    struct incr *in = incr_open(&rl, s, 2019, NULL, &e);
    assert_non_null(in);
    const struct results *r = incr_results(in);
    size_t leaf = node_of(&rl.model, "1.2");
    long unit = incr_unit(in, "LCH");
    assert_true(unit >= 0);
    assert_true(r->units[unit].points[leaf] == 1); /* both on time: the full run's */
    /* the unit's first fact: the whole unit is scored again, 1.2 with its submissions */
    struct fact_value v = {.type = FACT_BOOL, .num = 1};
    if (incr_set_fact(in, (size_t)unit, "plan_issued", &v, "test", &e) != 0)
        fail_msg("incr_set_fact: %s", e.msg);
    assert_int_equal(r->units[unit].status, UNIT_SCORED);
    assert_true(r->units[unit].points[leaf] == 1);
    assert_true(r->units[unit].total == 2);
    incr_free(in);
    store_close(s);
    rules_free(&rl);
}

/* A leaf that requires evidence, scored again, still scores 0 without it; the explanation
 * says so once, however often it is scored. */
static void a_rescored_leaf_needs_its_evidence(void **state)
{
    (void)state;
    struct rules rl = {0};
    struct px_err e;
    load_rules("rules/2019.lua", &rl);
    static const char reg[] =
        "đơn vị,số hiệu,loại,cơ quan ban hành,ngày ban hành,trích yếu,nơi lưu,tiêu chí\n"
        "LCH,215/KH-SNV,KH,SNV,18/03/2019,Kế hoạch kiểm tra CCHC năm 2019,k/215.pdf,1.3.1\n";
    const char *path = scratch_file("evidence.csv", reg, sizeof reg - 1);
    struct store *s = store_open(NULL, STORE_READ, &e);
    assert_non_null(s);
    struct import_facts facts = import_dict_facts(&rl.model, rl.model.year, "test");
    static const char *const kinds[] = {"units", "agencies", "facts"};
    struct import_result ir;
    for (size_t k = 0; k < 3; k++) {
        char csv[4200];
        enum import_kind kind;
        snprintf(csv, sizeof csv, "%s/%s.csv", rl.model.example, kinds[k]);
        import_kind_from_name(kinds[k], &kind);
        if (import_file(s, kind, csv, NULL, &facts, &ir, &e) != 0)
            fail_msg("import %s: %s", csv, e.msg);
    }
    if (import_file(s, IMPORT_EVIDENCE, path, NULL, &facts, &ir, &e) != 0)
        fail_msg("import evidence: %s", e.msg);
    struct incr *in = incr_open(&rl, s, rl.model.year, NULL, &e);
    assert_non_null(in);
    const struct results *r = incr_results(in);
    size_t leaf = node_of(&rl.model, "1.1.1");
    long unit = incr_unit(in, "LCH");
    assert_true(unit >= 0);
    assert_true(r->units[unit].points[leaf] == 0); /* the full run's: no plan in the register */
    double total = r->units[unit].total;
    struct fact_value v = {.type = FACT_DATE};
    for (int round = 0; round < 2; round++) { /* its date changed twice: still 0 */
        snprintf(v.text, sizeof v.text, "%s", round ? "2018-12-20" : "2018-12-15");
        if (incr_set_fact(in, (size_t)unit, "par_plan_issued_date", &v, "test", &e) != 0)
            fail_msg("incr_set_fact: %s", e.msg);
        size_t n;
        const size_t *touched = incr_touched(in, &n);
        int hit = 0;
        for (size_t k = 0; k < n; k++)
            hit |= touched[k] == leaf;
        assert_true(hit);
        assert_true(r->units[unit].points[leaf] == 0);
        assert_true(r->units[unit].total == total);
        const char *note = r->units[unit].why[leaf].note;
        assert_non_null(note);
        assert_non_null(strstr(note, "thiếu tài liệu kiểm chứng"));
        assert_null(strstr(strstr(note, "thiếu") + 1, "thiếu tài liệu kiểm chứng"));
    }
    incr_free(in);
    store_close(s);
    rules_free(&rl);
}

/* A run that asks for points alone (engine_scope.explain 0, as a stored run) gives the same
 * bits as one whose scales word their explanations, for every scale of the three rule files
 * on their examples; only the explained run has the words. */
static void points_alone_equal_explained(void **state)
{
    (void)state;
    static const char *const files[] = {"rules/2019.lua", "rules/2020.lua", RULES};
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        struct rules rl = {0};
        struct px_err e;
        load_rules(files[f], &rl);
        struct store *s = example_store(&rl.model);
        struct results alone, worded;
        struct engine_scope quiet = {NULL, NULL, NULL, 0};
        if (engine_score(&rl, s, rl.model.year, NULL, &quiet, &alone, &e) != 0 ||
            engine_score(&rl, s, rl.model.year, NULL, NULL, &worded, &e) != 0)
            fail_msg("engine_score %s: %s", files[f], e.msg);
        assert_same(&alone, &worded, f);
        size_t said = 0;
        for (size_t i = 0; i < worded.nunits; i++)
            for (size_t k = 0; k < rl.model.nnodes; k++) {
                const struct unit_result *q = find(&alone, worded.units[i].code);
                if (q->why && q->why[k].note)
                    fail_msg("%s: %s %s worded though points alone were asked: %s", files[f],
                             q->code, rl.model.nodes[k].code, q->why[k].note);
                said += worded.units[i].why && worded.units[i].why[k].note != NULL;
            }
        assert_true(said > 0);
        results_free(&alone);
        results_free(&worded);
        store_close(s);
        rules_free(&rl);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_changes_equal_full_runs),
        cmocka_unit_test(a_change_touches_its_readers_and_comes_back),
        cmocka_unit_test(a_stop_refuses_the_change),
        cmocka_unit_test(a_rescored_scale_reads_submissions),
        cmocka_unit_test(a_rescored_leaf_needs_its_evidence),
        cmocka_unit_test(points_alone_equal_explained),
    };
    return cmocka_run_group_tests(tests, world_setup, world_teardown);
}
