/* test_stage.c — the appraisal stage and bonus and penalty points: rounds stored and read back
 * merged per unit and node, the same value again changing nothing, every change audited with
 * who and old → new, a closed unit refused unless forced (and the audit row saying so), the
 * audit log filtered by unit (not by a code that merely starts the same) and day; the final
 * stage, unit by unit as each is scored, taking round 2, else round 1, else the self score,
 * within the leaf's maximum, parents and ranks worked out again, the sheet keeping the self
 * scores (the self stage keeping the facts' points); bonus items capped, penalties
 * subtracted, the total kept within 0 and the unit's own maximum.
 * Uses: cmocka, store.h, store_appraisal.h, stage.h, results.h, fixture_model.h, scratch.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "results.h"
#include "scratch.h"
#include "stage.h"
#include "store.h"
#include "store_appraisal.h"

static struct store *memory_store(void)
{
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open: %s", e.msg);
    store_set_actor(s, "thu.ky");
    const char *const units[] = {"LCH", "LCHX", "DBN"};
    assert_int_equal(store_begin(s, &e), 0);
    for (size_t i = 0; i < 3; i++) {
        struct unit_row u = {units[i], "Tên", "province", NULL, "units.csv:2"};
        assert_int_equal(store_put_unit(s, &u, &e), 0);
    }
    assert_int_equal(store_commit(s, &e), 0);
    return s;
}

/* Writes one row in its own transaction; returns what store_put_appraisal did. */
static int put(struct store *s, const char *unit, const char *node, int round, double points,
               const char *text, int force)
{
    struct px_err e = {0};
    char at[20];
    struct appraisal_row a = {unit, node, 2019, round, points, text, "paridx appraise", force};
    assert_int_equal(store_begin(s, &e), 0);
    int rc = store_put_appraisal(s, &a, at, &e);
    if (rc < 0)
        fail_msg("store_put_appraisal: %s", e.msg);
    assert_int_equal(store_commit(s, &e), 0);
    return rc;
}

static size_t audit_count(struct store *s, const char *unit)
{
    struct px_err e = {0};
    struct audit_info *a;
    size_t n;
    assert_int_equal(store_audit(s, unit, NULL, &a, &n, &e), 0);
    store_free_audit(a, n);
    return n;
}

static void test_rounds_merged_and_audited(void **state)
{
    (void)state;
    struct store *s = memory_store();
    struct px_err e = {0};
    assert_int_equal(put(s, "LCH", "1.1.1", 1, 1.5, "Thiếu tài liệu", 0), 0);
    assert_int_equal(put(s, "LCH", "1.1.1", 0, 0, "Đã bổ sung", 0), 0);
    assert_int_equal(put(s, "LCH", "1.1.1", 2, 2.25, "Chấp nhận", 0), 0);
    assert_int_equal(put(s, "LCH", "1.1.1", 2, 2.25, "Chấp nhận", 0), 0); /* the same again */
    assert_int_equal(put(s, "LCHX", "2.1", 1, 0, "Không đạt", 0), 0);
    struct appraisal_info *a;
    size_t n;
    assert_int_equal(store_appraisals(s, 2019, NULL, &a, &n, &e), 0);
    assert_int_equal(n, 2);
    assert_string_equal(a[0].unit, "LCH");
    assert_string_equal(a[0].node, "1.1.1");
    assert_true(a[0].has[1] && a[0].has[2]);
    assert_true(a[0].points[1] == 1.5 && a[0].points[2] == 2.25);
    assert_string_equal(a[0].reason[1], "Thiếu tài liệu");
    assert_string_equal(a[0].explanation, "Đã bổ sung");
    assert_string_equal(a[1].unit, "LCHX");
    store_free_appraisals(a, n);
    assert_int_equal(store_appraisals(s, 2020, NULL, &a, &n, &e), 0);
    assert_int_equal(n, 0); /* another year */
    store_free_appraisals(a, n);
    /* three changes of LCH (not four: the same value again is no change), not LCHX's */
    assert_int_equal(audit_count(s, "LCH"), 3);
    assert_int_equal(audit_count(s, "LCHX"), 1);
    struct audit_info *log;
    assert_int_equal(store_audit(s, "LCH", "2026-01-01", &log, &n, &e), 0);
    assert_int_equal(n, 3);
    assert_string_equal(log[2].action, "appraisal.round2");
    assert_string_equal(log[2].actor, "thu.ky");
    assert_null(log[2].old);
    assert_string_equal(log[2].new, "2,25");
    assert_int_equal(log[2].year, 2019);
    store_free_audit(log, n);
    assert_int_equal(store_audit(s, NULL, "2026-01-02", &log, &n, &e), 0);
    assert_int_equal(n, 0);
    store_free_audit(log, n);
    store_close(s);
}

static void test_closed_unit_needs_force(void **state)
{
    (void)state;
    struct store *s = memory_store();
    struct px_err e = {0};
    char at[20];
    assert_int_equal(put(s, "DBN", "2.1", 1, 1, "Vòng 1", 0), 0);
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(store_close_unit(s, "DBN", 2019, "paridx appraise", at, &e), 0);
    assert_int_equal(store_close_unit(s, "DBN", 2019, "paridx appraise", at, &e), 1);
    assert_int_equal(store_commit(s, &e), 0);
    assert_string_equal(at, SCRATCH_NOW);
    assert_int_equal(store_unit_closed(s, "DBN", 2020, at, &e), 0);
    assert_int_equal(put(s, "DBN", "2.1", 1, 0.5, "Sửa", 0), 1); /* refused */
    assert_int_equal(put(s, "LCH", "2.1", 1, 0.5, "Đơn vị khác", 0), 0);
    assert_int_equal(put(s, "DBN", "2.1", 1, 0.5, "Sửa", 1), 0);
    struct audit_info *log;
    size_t n;
    assert_int_equal(store_audit(s, "DBN", NULL, &log, &n, &e), 0);
    assert_int_equal(n, 3);
    assert_string_equal(log[1].action, "unit.close");
    assert_string_equal(log[2].action, "appraisal.round1.forced");
    assert_string_equal(log[2].old, "1");
    assert_string_equal(log[2].new, "0,5");
    assert_string_equal(log[2].old_note, "Vòng 1");
    store_free_audit(log, n);
    store_close(s);
}

/* What engine_score() and the session do with each unit: summed, then handed to stage_unit()
 * (before it would be stored); ranked at the end. */
static void score_stage(struct store *s, struct fixture *f, enum stage stage,
                        struct appraisal_sheet *sheet)
{
    struct px_err e = {0};
    struct stage_rounds rounds;
    assert_int_equal(stage_begin(&rounds, s, 2019, NULL, stage, sheet, &e), 0);
    for (size_t u = 0; u < f->r.nunits; u++) {
        results_finish_unit(f->m, &f->r.units[u], NULL, 0);
        assert_int_equal(stage_unit(&rounds, f->m, &f->r.units[u], &e), 0);
    }
    stage_end(&rounds);
    results_finish(&f->r);
}

static void test_final_stage(void **state)
{
    (void)state;
    struct fixture *f = fixture_new();
    struct store *s = memory_store();
    /* leaves 1.1.1 (4), 1.1.2 (2), 2.1, 2.2 (1.5), 2.3 (1); units in code order, as scored */
    fixture_add(f, "DBN", "Điện Biên", "province", (double[]){3, 2, 1.5, 1.5, 1});
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1.5, 1.5, 1});
    fixture_add(f, "LCHX", "Lai Châu X", "province", (double[]){4, 2, 1.5, 1.5, 1});
    assert_int_equal(put(s, "LCH", "1.1.1", 1, 1, "Vòng 1", 0), 0);
    assert_int_equal(put(s, "LCH", "1.1.2", 1, 0.5, "Vòng 1", 0), 0);
    assert_int_equal(put(s, "LCH", "1.1.2", 2, 1.25, "Vòng 2", 0), 0);
    assert_int_equal(put(s, "LCH", "2.3", 0, 0, "Giải trình, chưa thẩm định", 0), 0);
    assert_int_equal(put(s, "LCHX", "2.1", 1, 9, "above the maximum: 1.5 counts", 0), 0);
    assert_int_equal(put(s, "DBN", "1.1", 1, 0, "not a leaf: left out", 0), 0);
    struct appraisal_sheet kept = {0};
    score_stage(s, f, STAGE_FINAL, &kept);
    const struct unit_result *lchx = &f->r.units[0], *dbn = &f->r.units[1];
    const struct unit_result *lch = &f->r.units[2];
    assert_string_equal(lch->code, "LCH"); /* ranked again: DBN and LCHX now before it */
    assert_true(lch->points[FX_1_1_1] == 1 && lch->points[FX_1_1_2] == 1.25);
    assert_true(lch->points[FX_1] == 2.25 && lch->points[FX_2_3] == 1);
    assert_true(lch->total == 6.25);
    assert_int_equal(lch->rank, 3);
    assert_true(dbn->total == 9 && dbn->rank == 2);
    assert_string_equal(lchx->code, "LCHX");
    assert_true(lchx->points[FX_2_1] == 1.5 && lchx->total == 10 && lchx->rank == 1);
    /* the sheet kept: self scores as the facts gave them, found by code after the ranking */
    long k = appraisal_sheet_unit(&kept, "LCH");
    assert_true(k >= 0 && appraisal_sheet_unit(&kept, "XYZ") == -1);
    assert_int_equal(appraisal_sheet_unit(&kept, "LCHX"), 2);
    const struct sheet_entry *e112 = appraisal_sheet_at(&kept, (size_t)k, FX_1_1_2);
    assert_true(e112->self == 2 && e112->has[1] && e112->has[2] && e112->points[2] == 1.25);
    assert_true(appraisal_sheet_at(&kept, (size_t)k, FX_1_1_1)->self == 4);
    assert_true(appraisal_sheet_final(&kept, (size_t)k, FX_1_1_1) == 1);
    const struct sheet_entry *e23 = appraisal_sheet_at(&kept, (size_t)k, FX_2_3);
    assert_string_equal(e23->explanation, "Giải trình, chưa thẩm định");
    assert_true(!e23->has[1] && appraisal_sheet_final(&kept, (size_t)k, FX_2_3) == 1);
    appraisal_sheet_free(&kept);
    store_close(s);
    fixture_free(f);
}

static void test_self_stage_keeps_the_facts_points(void **state)
{
    (void)state;
    struct fixture *f = fixture_new();
    struct store *s = memory_store();
    /* not in code order: the sheet still finds each unit */
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1.5, 1.5, 1});
    fixture_add(f, "DBN", "Điện Biên", "province", (double[]){3, 2, 1.5, 1.5, 1});
    fixture_add_unranked(f);
    assert_int_equal(put(s, "LCH", "1.1.1", 1, 1, "Vòng 1", 0), 0);
    struct appraisal_sheet kept = {0};
    score_stage(s, f, STAGE_SELF, &kept);
    assert_string_equal(f->r.units[0].code, "LCH");
    assert_true(f->r.units[0].points[FX_1_1_1] == 4 && f->r.units[0].total == 10);
    assert_int_equal(kept.nunits, 2); /* the units without a score are not on the sheet */
    long k = appraisal_sheet_unit(&kept, "LCH");
    assert_int_equal(appraisal_sheet_unit(&kept, "DBN"), 1);
    assert_int_equal(appraisal_sheet_unit(&kept, "ERR"), -1);
    assert_true(k == 0 && appraisal_sheet_at(&kept, 0, FX_1_1_1)->has[1]);
    assert_true(appraisal_sheet_final(&kept, 0, FX_1_1_1) == 1);
    appraisal_sheet_free(&kept);
    store_close(s);
    fixture_free(f);
}

static void test_bonus_capped_penalty_clamped(void **state)
{
    (void)state;
    struct fixture *f = fixture_new();
    struct model *m = f->m;
    m->adjustments = calloc(3, sizeof *m->adjustments);
    m->nadjustments = 3;
    const struct {
        const char *code;
        double max;
        int penalty;
    } items[] = {{"T1", 1, 0}, {"T2", 1.5, 0}, {"P1", 3, 1}};
    for (int k = 0; k < 3; k++)
        m->adjustments[k] = (struct adjustment){strdup(items[k].code), strdup("x"), strdup("f"),
                                                items[k].max, items[k].penalty, 1};
    m->bonus_max = 2;
    m->penalty_max = 2.5;
    size_t full = fixture_add(f, "FUL", "Đầy đủ", "province", (double[]){4, 2, 1.5, 1.5, 1});
    size_t low = fixture_add(f, "LOW", "Thấp", "province", (double[]){1, 0, 0, 0, 0});
    size_t mid = fixture_add(f, "MID", "Giữa", "province", (double[]){3, 1, 1, 1, 0.5});
    f->r.units[full].adjust[0] = 1;
    f->r.units[full].adjust[1] = 1.5; /* 2.5 of bonus, capped at 2: still at most 10 */
    f->r.units[low].adjust[2] = 3;    /* penalty 3, capped at 2.5: 1 − 2.5 → 0 */
    f->r.units[mid].adjust[0] = 1;
    f->r.units[mid].adjust[2] = 0.25;
    results_finish(&f->r);
    for (size_t i = 0; i < f->r.nunits; i++) {
        const struct unit_result *u = &f->r.units[i];
        if (!strcmp(u->code, "FUL"))
            assert_true(u->bonus == 2 && u->total == 10 && u->percent == 100);
        else if (!strcmp(u->code, "LOW"))
            assert_true(u->penalty == 2.5 && u->total == 0);
        else
            assert_true(u->bonus == 1 && u->penalty == 0.25 && u->total == 7.25);
    }
    fixture_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rounds_merged_and_audited),
        cmocka_unit_test(test_closed_unit_needs_force),
        cmocka_unit_test(test_final_stage),
        cmocka_unit_test(test_self_stage_keeps_the_facts_points),
        cmocka_unit_test(test_bonus_capped_penalty_clamped),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
