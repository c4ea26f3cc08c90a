/* test_results.c — parents summed exactly from applicable children, totals over the
 * unit's own maximum, bands, shared ranks on displayed percentages within each kind, units
 * with a data error or no data listed unranked after the rest, missing facts counted, names
 * in Vietnamese order, and release of everything a unit owns.
 * Uses: cmocka, results.h, fixture_model.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "results.h"

static int setup(void **state)
{
    *state = fixture_new();
    return 0;
}

static int teardown(void **state)
{
    fixture_free(*state);
    return 0;
}

static const struct unit_result *unit(const struct fixture *f, const char *code)
{
    for (size_t i = 0; i < f->r.nunits; i++)
        if (strcmp(f->r.units[i].code, code) == 0)
            return &f->r.units[i];
    fail_msg("no unit %s", code);
    return NULL;
}

static void test_add_unit_starts_empty(void **state)
{
    struct fixture *f = *state;
    char code[] = "LCH";
    fixture_add(f, code, "Lai Châu", NULL, NULL);
    code[0] = 'X'; /* the unit keeps its own copy */
    const struct unit_result *u = &f->r.units[0];
    assert_string_equal(u->code, "LCH");
    assert_string_equal(u->name, "Lai Châu");
    assert_null(u->kind);
    for (size_t i = 0; i < FX_NNODES; i++) {
        assert_true(u->points[i] == 0 && u->max[i] == 0);
        assert_int_equal(u->applicable[i], 0);
        assert_null(u->why[i].facts_read);
        assert_null(u->why[i].note);
    }
}

static void test_sums_parents_and_total(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){3.5, 1, 1.5, 0.75, 0.5});
    results_finish(&f->r);
    const struct unit_result *u = unit(f, "LCH");
    assert_true(u->points[FX_1_1] == 4.5 && u->max[FX_1_1] == 6);
    assert_true(u->points[FX_1] == 4.5 && u->max[FX_1] == 6);
    assert_true(u->points[FX_2] == 2.75 && u->max[FX_2] == 4);
    assert_int_equal(u->applicable[FX_1], 1);
    assert_int_equal(u->applicable[FX_2], 1);
    assert_true(u->total == 7.25);
    assert_true(u->own_max == 10);
    assert_true(u->percent == 72.5);
    assert_string_equal(u->band->name, "C");
    assert_int_equal(u->rank, 1);
}

static void test_not_applicable_shrinks_the_maximum(void **state)
{
    struct fixture *f = *state;
    /* the leaves of field 2 are given points, but a department is not scored on them */
    fixture_add(f, "STP", "Sở Tư pháp", "department", (double[]){4, 1.5, 1.5, 1.5, 1});
    fixture_add(f, "XA1", "Xã Bản Giang", "commune", (double[]){3, 2, 1, 1, 1});
    results_finish(&f->r);
    const struct unit_result *u = unit(f, "STP");
    assert_int_equal(u->applicable[FX_2], 0);
    assert_true(u->points[FX_2] == 0 && u->max[FX_2] == 0);
    assert_true(u->total == 5.5);
    assert_true(u->own_max == 6);
    assert_true(u->percent == 550.0 / 6); /* the exact sums divided once */
    assert_string_equal(u->band->name, "A"); /* 91.67 */
    /* a commune: only 1.1.1 applies */
    u = unit(f, "XA1");
    assert_int_equal(u->applicable[FX_1_1_2], 0);
    assert_true(u->points[FX_1_1] == 3 && u->max[FX_1_1] == 4);
    assert_true(u->own_max == 4);
    assert_true(u->percent == 75);
}

static void test_nothing_applies(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "X", "Không có gì", "commune", NULL); /* the engine scored nothing */
    results_finish(&f->r);
    const struct unit_result *u = &f->r.units[0];
    assert_true(u->total == 0 && u->own_max == 0 && u->percent == 0);
    assert_null(u->band);
    assert_int_equal(u->rank, 1);
}

static void test_children_summed_exactly(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){3.999999999, 0, 0.1, 0.2, 0.3});
    fixture_add(f, "DBN", "Điện Biên", "province", (double[]){2.915, 0, 1.207, 0.915, 0.863});
    results_finish(&f->r);
    volatile double a = 0.1, b = 0.2, c = 0.3;
    assert_true(((0 + a) + b) + c != ((0 + c) + b) + a); /* 0.6000000000000001 and 0.6 */
    const struct unit_result *u = unit(f, "LCH");
    assert_true(u->points[FX_2] == 0.6);
    assert_true(u->points[FX_1] == 3.999999999); /* pico-points are kept */
    assert_true(u->total == 4.599999999);
    volatile double x = 2.915, y = 1.207, z = 1.863;
    assert_true((x + y) + z != (z + y) + x); /* 5.984999999999999 and 5.985 */
    u = unit(f, "DBN");
    assert_true(u->points[FX_2] == 2.985);
    assert_true(u->total == 5.9);
    assert_int_equal(results_pico(u->total), 5900000000000);
}

static void test_leaf_points_enter_the_grid_once(void **state)
{
    struct fixture *f = *state;
    /* 2/3 of a point and a hair below 1.5: rounded half away from zero to 1e-12 */
    fixture_add(f, "LCH", "Lai Châu", "province",
                (double[]){2.0 / 3, 1.4999999999996, 1.5, 1.5, 0.0000000000005});
    results_finish(&f->r);
    const struct unit_result *u = &f->r.units[0];
    assert_true(u->points[FX_1_1_1] == 0.666666666667);
    assert_true(u->points[FX_1_1_2] == 1.5);
    assert_true(u->points[FX_2_3] == 0.000000000001);
    assert_true(u->points[FX_1] == 2.166666666667);
    assert_int_equal(results_pico(u->points[FX_1]), 2166666666667);
}

static void test_parent_never_exceeds_its_max(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "P1", "Một", "province", (double[]){4, 2, 1.5, 1.5, 1});
    fixture_add(f, "P2", "Hai", "department", (double[]){4, 2, 1.5, 1.5, 1});
    fixture_add(f, "P3", "Ba", "province", (double[]){0.1, 1.9, 0.7, 1.3, 0.9});
    results_finish(&f->r);
    for (size_t k = 0; k < f->r.nunits; k++) {
        const struct unit_result *u = &f->r.units[k];
        for (size_t i = 0; i < FX_NNODES; i++)
            if (u->points[i] > u->max[i] || u->max[i] > f->m->nodes[i].max)
                fail_msg("%s node %s: %g of %g", u->code, f->m->nodes[i].code, u->points[i],
                         u->max[i]);
        assert_true(u->total <= u->own_max);
    }
    assert_true(unit(f, "P1")->percent == 100);
    assert_true(unit(f, "P2")->percent == 100);
}

static void test_ranks_share_displayed_ties(void **state)
{
    struct fixture *f = *state;
    /* percentages: 90, 80.004 and 79.996 (both shown 80.00), 50, 80.01 */
    fixture_add(f, "P50", "An Giang", "province", (double[]){2, 1, 1, 0.5, 0.5});
    fixture_add(f, "DBP", "Điện Biên", "province", (double[]){4, 2, 1.5, 0.5004, 0});
    fixture_add(f, "DNG", "Đà Nẵng", "province", (double[]){4, 2, 1.4996, 0.5, 0});
    fixture_add(f, "P90", "Yên Bái", "province", (double[]){4, 2, 1.5, 1.5, 0});
    fixture_add(f, "P81", "Bắc Ninh", "province", (double[]){4, 2, 1.5, 0.501, 0});
    results_finish(&f->r);
    static const char *const order[] = {"P90", "P81", "DNG", "DBP", "P50"};
    static const int ranks[] = {1, 2, 3, 3, 5};
    assert_int_equal(f->r.nunits, 5);
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(f->r.units[i].code, order[i]);
        assert_int_equal(f->r.units[i].rank, ranks[i]);
    }
    /* the tie is on the shown value, and so is the band: 79.996 shows 80.00 → B */
    assert_true(unit(f, "DNG")->percent < 80);
    assert_string_equal(unit(f, "DNG")->band->name, "B");
    assert_string_equal(unit(f, "DBP")->band->name, "B");
    assert_null(unit(f, "P50")->band);
}

static void test_equal_names_ordered_by_code(void **state)
{
    struct fixture *f = *state;
    double same[FX_NLEAVES] = {4, 2, 1, 1, 1};
    fixture_add(f, "H2", "Huyện Tam Đường", "province", same);
    fixture_add(f, "H1", "Huyện Tam Đường", "province", same);
    results_finish(&f->r);
    assert_string_equal(f->r.units[0].code, "H1");
    assert_string_equal(f->r.units[1].code, "H2");
    assert_int_equal(f->r.units[1].rank, 1);
}

/* Departments are ranked among departments and provinces among provinces, each kind in the
 * model's order (province, then department), whatever order the units came in. */
static void test_ranks_within_each_kind(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "STP", "Sở Tư pháp", "department", (double[]){4, 2, 0, 0, 0});
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){3, 1, 1, 1, 1});
    fixture_add(f, "SNV", "Sở Nội vụ", "department", (double[]){3, 1, 0, 0, 0});
    fixture_add(f, "DBP", "Điện Biên", "province", (double[]){4, 2, 1.5, 1.5, 1});
    results_finish(&f->r);
    static const char *const order[] = {"DBP", "LCH", "STP", "SNV"};
    static const int ranks[] = {1, 2, 1, 2};
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(f->r.units[i].code, order[i]);
        assert_int_equal(f->r.units[i].rank, ranks[i]);
    }
    assert_int_equal(unit(f, "STP")->kind_order, 1);
    assert_int_equal(results_kind_order(f->m, "nowhere"), f->m->nkinds);
}

/* A unit with a data error and one with no data keep no rank or band and come after the
 * ranked units of their kind, the error unit first. */
static void test_unranked_units_come_last(void **state)
{
    struct fixture *f = *state;
    fixture_add_unranked(f);
    fixture_add(f, "LOW", "Yên Bái", "province", (double[]){1, 0, 0, 0, 0});
    results_finish(&f->r);
    static const char *const order[] = {"LOW", "ERR", "NOD"};
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(f->r.units[i].code, order[i]);
    assert_int_equal(unit(f, "LOW")->rank, 1);
    assert_int_equal(unit(f, "ERR")->rank, 0);
    assert_int_equal(unit(f, "NOD")->rank, 0);
    assert_null(unit(f, "ERR")->band);
    assert_int_equal(unit(f, "ERR")->error->line, 17);
    assert_int_equal(unit(f, "ERR")->error_node, FX_2_1);
    assert_int_equal(results_count(&f->r, UNIT_ERROR), 1);
    assert_int_equal(results_count(&f->r, UNIT_NO_DATA), 1);
    assert_int_equal(results_count(&f->r, UNIT_SCORED), 1);
}

/* Facts missing are counted once per unit, over the leaves that apply to it only. */
static void test_counts_missing_facts(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1, 1, 1});
    struct unit_result *u = &f->r.units[0];
    const struct {
        size_t leaf;
        const char *fact;
        unsigned char missing;
    } reads[] = {{FX_1_1_1, "a", 1}, {FX_1_1_1, "b", 0}, {FX_1_1_2, "a", 1}, {FX_2_1, "c", 1}};
    for (size_t i = 0; i < sizeof reads / sizeof reads[0]; i++) { /* each leaf's reads at once */
        if (i && reads[i].leaf == reads[i - 1].leaf)
            continue;
        const char *names[4];
        unsigned char missing[4];
        size_t n = 0;
        for (size_t k = i; k < sizeof reads / sizeof reads[0] && reads[k].leaf == reads[i].leaf; k++) {
            names[n] = reads[k].fact;
            missing[n++] = reads[k].missing;
        }
        assert_int_equal(results_set_reads(&u->why[reads[i].leaf], names, missing, n), 0);
    }
    u->applicable[FX_2_1] = 0; /* c was read by a leaf that did not apply */
    results_finish(&f->r);
    assert_int_equal(f->r.units[0].nmissing, 1);
}

static void test_finish_without_units(void **state)
{
    struct fixture *f = *state;
    results_finish(&f->r);
    assert_int_equal(f->r.nunits, 0);
    assert_null(f->r.units);
}

/* A leaf's names read are copied; dropping the explanations keeps the missing ones alone, in
 * order, and empties a leaf that lacks none; a unit that lacks none keeps no explanations. */
static void test_drop_why_keeps_missing_reads(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1, 1, 1});
    fixture_add(f, "DBN", "Điện Biên", "province", (double[]){4, 2, 1, 1, 1});
    struct unit_result *u = &f->r.units[0], *full = &f->r.units[1];
    char name[] = "plan_issued";
    assert_int_equal(results_set_reads(&u->why[FX_1_1_1], (const char *[]){name, "plan_date", "c"},
                                       (const unsigned char[]){0, 1, 1}, 3), 0);
    name[0] = 'X'; /* the leaf holds its own copy */
    assert_string_equal(u->why[FX_1_1_1].facts_read[0], "plan_issued");
    assert_int_equal(results_set_reads(&u->why[FX_1_1_2], (const char *[]){"d"},
                                       (const unsigned char[]){0}, 1), 0);
    assert_int_equal(results_set_reads(&u->why[FX_2_1], NULL, NULL, 0), 0);
    assert_null(u->why[FX_2_1].facts_read);
    u->why[FX_1_1_1].note = strdup("ghi chú");
    assert_int_equal(results_set_reads(&full->why[FX_1_1_1], (const char *[]){"a"},
                                       (const unsigned char[]){0}, 1), 0);
    results_drop_why(&f->r, u);
    results_drop_why(&f->r, full);
    const struct leaf_why *w = &u->why[FX_1_1_1];
    assert_int_equal(w->nfacts_read, 2);
    assert_string_equal(w->facts_read[0], "plan_date");
    assert_string_equal(w->facts_read[1], "c");
    assert_true(w->read_missing[0] && w->read_missing[1]);
    assert_null(w->note);
    assert_int_equal(u->why[FX_1_1_2].nfacts_read, 0);
    assert_null(u->why[FX_1_1_2].facts_read);
    assert_null(full->why); /* lacks nothing */
}

/* results_pico rounds as llround does (half away from zero), at halves, at the doubles next
 * to them and across the range of amounts. */
static void test_pico_rounds_as_llround(void **state)
{
    (void)state;
    const double halves[] = {0.5, 1.5, 2.5, 0.49999999999999994, 4503599627370495.5, 1e3,
                             2.915, 1.207, 1.863, 0x1p52 / 1e12, 0x1p53 / 1e12, 1e-13, 0};
    for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++)
        for (int sign = -1; sign <= 1; sign += 2) {
            double x = sign * halves[i];
            double near[] = {x, nextafter(x, -INFINITY), nextafter(x, INFINITY)};
            for (int k = 0; k < 3; k++) {
                double points = near[k] / (i < 5 ? RESULTS_PER_POINT : 1); /* halves of pico */
                assert_true(results_pico(points) == llround(points * RESULTS_PER_POINT));
            }
        }
    assert_int_equal(results_pico(0.5e-12), 1);
    assert_int_equal(results_pico(-0.5e-12), -1);
    unsigned long long z = 88172645463325252ULL; /* xorshift: amounts over the whole range */
    for (int i = 0; i < 100000; i++) {
        z ^= z << 13, z ^= z >> 7, z ^= z << 17;
        double points = (double)(z >> 11) / 0x1p53 * 2 * RESULTS_MAX_TOTAL - RESULTS_MAX_TOTAL;
        assert_true(results_pico(points) == llround(points * RESULTS_PER_POINT));
    }
}

static void test_free_releases_explanations(void **state)
{
    struct fixture *f = *state;
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1, 1, 1});
    struct leaf_why *w = &f->r.units[0].why[FX_1_1_1];
    assert_int_equal(results_set_reads(w, (const char *[]){"plan_issued", "plan_date"},
                                       (const unsigned char[]){0, 1}, 2), 0);
    w->note = strdup("ban hành đúng hạn");
    f->r.as_of = strdup("2019-12-25");
    results_free(&f->r); /* the sanitizer and valgrind see any leak */
    assert_null(f->r.units);
    assert_int_equal(f->r.nunits, 0);
    assert_null(f->r.as_of);
    assert_ptr_equal(f->r.model, f->m);
    results_free(&f->r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_add_unit_starts_empty, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sums_parents_and_total, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_applicable_shrinks_the_maximum, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nothing_applies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_children_summed_exactly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_leaf_points_enter_the_grid_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_parent_never_exceeds_its_max, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ranks_share_displayed_ties, setup, teardown),
        cmocka_unit_test_setup_teardown(test_equal_names_ordered_by_code, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ranks_within_each_kind, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unranked_units_come_last, setup, teardown),
        cmocka_unit_test_setup_teardown(test_counts_missing_facts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_finish_without_units, setup, teardown),
        cmocka_unit_test_setup_teardown(test_drop_why_keeps_missing_reads, setup, teardown),
        cmocka_unit_test(test_pico_rounds_as_llround),
        cmocka_unit_test_setup_teardown(test_free_releases_explanations, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
