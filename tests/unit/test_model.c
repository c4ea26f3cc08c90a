/* test_model.c — releasing a model, finding nodes, agencies, kinds, facts and questions (by
 * their index too), which nodes apply to a kind, bands judged on the displayed percentage,
 * and the names of the levels.
 * Uses: cmocka, model.h, fixture_model.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>

#include "fixture_model.h"
#include "model.h"

static int setup(void **state)
{
    *state = fixture_model();
    return 0;
}

static int teardown(void **state)
{
    model_free(*state);
    free(*state);
    return 0;
}

static void test_find(void **state)
{
    const struct model *m = *state;
    assert_int_equal(model_find(m, "1"), FX_1);
    assert_int_equal(model_find(m, "1.1.2"), FX_1_1_2);
    assert_int_equal(model_find(m, "2.3"), FX_2_3);
    assert_int_equal(model_find(m, "2.4"), -1);
    assert_int_equal(model_find(m, "1.1."), -1);
    assert_int_equal(model_find(m, ""), -1);
}

static void test_agency_and_kind(void **state)
{
    const struct model *m = *state;
    const struct agency *a = model_agency(m, "STP");
    assert_non_null(a);
    assert_string_equal(a->name, "Sở Tư pháp");
    assert_null(model_agency(m, "stp"));
    const struct unit_kind *k = model_kind(m, "commune");
    assert_non_null(k);
    assert_string_equal(k->name, "Xã");
    assert_null(model_kind(m, "district"));
}

static void test_applies(void **state)
{
    const struct model *m = *state;
    assert_int_equal(model_applies(m, FX_1_1_1, "commune"), 1); /* no kinds: every kind */
    assert_int_equal(model_applies(m, FX_1_1_2, "province"), 1);
    assert_int_equal(model_applies(m, FX_1_1_2, "department"), 1);
    assert_int_equal(model_applies(m, FX_1_1_2, "commune"), 0);
    assert_int_equal(model_applies(m, FX_2, "province"), 1);
    assert_int_equal(model_applies(m, FX_2_1, "department"), 0);
    assert_int_equal(model_applies(m, FX_2_1, NULL), 0);
    assert_int_equal(model_applies(m, FX_1, NULL), 1);
}

static void check_band(const struct model *m, double percent, const char *want)
{
    const struct band *b = model_band(m, percent);
    if (!want)
        assert_null(b);
    else if (!b)
        fail_msg("%.4f: expected band %s, got none", percent, want);
    else
        assert_string_equal(b->name, want);
}

static void test_band(void **state)
{
    const struct model *m = *state;
    check_band(m, 100, "A");
    check_band(m, 90, "A");
    check_band(m, 89.995, "A"); /* shown as 90.00 */
    check_band(m, 89.994, "B"); /* shown as 89.99 */
    check_band(m, 80, "B");
    check_band(m, 79.51, "C");
    check_band(m, 70, "C");
    check_band(m, 69.99, NULL);
    check_band(m, 0, NULL);
    struct model none = {0};
    check_band(&none, 100, NULL);
}

static void test_level_names(void **state)
{
    (void)state;
    assert_string_equal(model_level(LEVEL_FIELD)->keyword, "field");
    assert_string_equal(model_level(LEVEL_CRITERION)->plural, "criteria");
    assert_string_equal(model_level(LEVEL_SUB)->keyword, "sub");
    assert_string_equal(model_level(LEVEL_SUB)->singular, "sub-criterion");
    assert_string_equal(model_level(LEVEL_SUB)->example, "2.1.3");
    /* A level a rule's table made up (c.level = 1e6) gets a name, never a wild read. */
    const long long wild[] = {0, -1, 4, 1000000, (long long)1 << 40};
    for (size_t i = 0; i < sizeof wild / sizeof *wild; i++)
        assert_string_equal(model_level(wild[i])->keyword, "node");
    /* Each code example has as many parts as its level is deep. */
    for (int level = LEVEL_FIELD; level <= LEVEL_SUB; level++) {
        const char *ex = model_level(level)->example;
        int parts = 1;
        for (; *ex; ex++)
            parts += *ex == '.';
        assert_int_equal(parts, level);
    }
}

/* Facts found by code among codes that share first letters, and none for a prefix, a longer
 * code, another case or the empty code. */
static void test_fact_lookup(void **state)
{
    (void)state;
    static const char *const codes[] = {"survey_a", "survey_b", "staff", "s", "budget", "survey"};
    struct fact_def facts[6] = {0};
    for (size_t i = 0; i < 6; i++)
        facts[i].code = (char *)codes[i];
    struct model m = {0};
    m.facts = facts;
    m.nfacts = 6;
    for (size_t i = 0; i < 6; i++)
        assert_ptr_equal(model_fact(&m, codes[i]), &facts[i]);
    static const char *const absent[] = {"survey_", "survey_ab", "Staff", "", "b", "st"};
    for (size_t i = 0; i < 6; i++)
        assert_null(model_fact(&m, absent[i]));
}

/* Questions found by code before and after their index (model_index_questions), and none for
 * a code before the first, after the last, between two or a prefix; a question declared after
 * the index is still found (the list is searched again). */
static void test_question_lookup(void **state)
{
    (void)state;
    static const char *const codes[] = {"Q7", "Q10", "Q1", "Q3b", "Q3", "Q20"};
    static const char *const absent[] = {"A", "Z", "Q2", "Q", "Q3c", ""};
    struct model m = {0};
    m.questions = calloc(7, sizeof *m.questions);
    assert_non_null(m.questions);
    for (size_t i = 0; i < 6; i++)
        m.questions[i].code = (char *)codes[i];
    m.nquestions = 6;
    for (int indexed = 0; indexed < 2; indexed++) {
        if (indexed)
            assert_int_equal(model_index_questions(&m), 0);
        for (size_t i = 0; i < 6; i++)
            assert_ptr_equal(model_question(&m, codes[i]), &m.questions[i]);
        for (size_t i = 0; i < 6; i++)
            assert_null(model_question(&m, absent[i]));
    }
    assert_non_null(m.question_order);
    m.questions[6].code = "Q0"; /* declared after the index */
    m.nquestions = 7;
    assert_ptr_equal(model_question(&m, "Q0"), &m.questions[6]);
    assert_ptr_equal(model_question(&m, "Q20"), &m.questions[5]);
    free(m.question_order);
    free(m.questions);
}

static void test_free_empty_and_twice(void **state)
{
    (void)state;
    struct model m = {0};
    model_free(&m);
    model_free(NULL);
    struct model *f = fixture_model();
    model_free(f);
    assert_null(f->nodes);
    assert_int_equal(f->nnodes, 0);
    model_free(f); /* zeroed, so a second release is harmless */
    free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_find, setup, teardown),
        cmocka_unit_test_setup_teardown(test_agency_and_kind, setup, teardown),
        cmocka_unit_test_setup_teardown(test_applies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_band, setup, teardown),
        cmocka_unit_test(test_level_names),
        cmocka_unit_test(test_fact_lookup),
        cmocka_unit_test(test_question_lookup),
        cmocka_unit_test(test_free_empty_and_twice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
