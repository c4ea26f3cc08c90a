/* test_survey.c — the survey's arithmetic against cases worked by hand: the weighted share of
 * group means, the sample variance from option counts, the 95% interval kept within 0..1,
 * "không biết" left out of the mean, the ít phiếu flag, tallies of another unit or of a
 * question the rules no longer ask left out, a leaf without answers.
 * Uses: cmocka, survey.h, fixture_model.h (a model to hang the questions on). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "survey.h"

/* Question Q1 feeds leaf 2.1: options A 1, B 0.6, C 0.2, D 0, E excluded; groups G1 and G2
 * weigh 1 each; it wants at least `min_answers` answers. */
static struct model *survey_model(double min_answers)
{
    struct model *m = fixture_model();
    m->nodes[FX_2_1].survey = 1;
    m->survey_groups = calloc(2, sizeof *m->survey_groups);
    m->nsurvey_groups = 2;
    m->survey_groups[0] = (struct survey_group){.code = strdup("G1"), .name = strdup("Nhóm 1")};
    m->survey_groups[1] = (struct survey_group){.code = strdup("G2"), .name = strdup("Nhóm 2")};
    m->questions = calloc(1, sizeof *m->questions);
    m->nquestions = 1;
    struct survey_question *q = &m->questions[0];
    q->code = strdup("Q1");
    q->text = strdup("Câu hỏi");
    q->node = strdup("2.1");
    q->min_answers = min_answers;
    static const char *const CODES[] = {"A", "B", "C", "D", "E"};
    static const double VALUES[] = {1, 0.6, 0.2, 0, 0};
    q->options = calloc(5, sizeof *q->options);
    q->noptions = 5;
    for (int i = 0; i < 5; i++)
        q->options[i] = (struct survey_option){strdup(CODES[i]), VALUES[i], i == 4,
                                               i == 4 ? strdup("không biết") : NULL};
    q->groups = calloc(2, sizeof *q->groups);
    q->ngroups = 2;
    q->groups[0] = (struct survey_weight){strdup("G1"), 1};
    q->groups[1] = (struct survey_weight){strdup("G2"), 1};
    return m;
}

static void release(struct model *m, struct survey_tallies *t)
{
    survey_tallies_free(t);
    model_free(m);
    free(m);
}

/* Adds n answers `option` of group to question Q1 for unit, which must be taken. */
static void tally(struct survey_tallies *t, const struct model *m, const char *unit,
                  const char *group, const char *option, long n)
{
    assert_int_equal(survey_tallies_add(t, m, unit, "Q1", group, option, n), 0);
}

/* LCH's share of FX_2_1 and its interval lo … hi. */
static void assert_share(const struct model *m, const struct survey_tallies *t, double share,
                         double lo, double hi)
{
    struct survey_leaf l;
    assert_int_equal(survey_leaf_score(m, t, "LCH", FX_2_1, &l), 1);
    assert_float_equal(l.share, share, 1e-12);
    assert_float_equal(l.lo, lo, 1e-9);
    assert_float_equal(l.hi, hi, 1e-12);
    survey_leaf_free(&l);
}

/* G1: A A B D E → 4 answers (E left out), mean 2.6 / 4 = 0.65, sample variance
 * (2.36 − 4 × 0.65²) / 3 = 0.67 / 3.  G2: A C → mean 0.6, variance (1.04 − 2 × 0.36) / 1 = 0.32.
 * Share (0.65 + 0.6) / 2 = 0.625; variance ¼ × (0.67/3)/4 + ¼ × 0.32/2 = 0.0539583…; half width
 * 1.959964 × 0.2322894… = 0.4552787…; interval 0.1697213 … 1 (1.0802787 kept at 1). */
static void two_groups_by_hand(void **state)
{
    (void)state;
    struct model *m = survey_model(0);
    struct survey_tallies t = {0};
    tally(&t, m, "LCH", "G1", "A", 2);
    tally(&t, m, "LCH", "G1", "B", 1);
    tally(&t, m, "LCH", "G1", "D", 1);
    tally(&t, m, "LCH", "G1", "E", 1);
    tally(&t, m, "LCH", "G2", "A", 1);
    tally(&t, m, "LCH", "G2", "C", 1);
    struct survey_leaf l;
    assert_int_equal(survey_leaf_score(m, &t, "LCH", FX_2_1, &l), 1);
    assert_int_equal(l.valid, 6);
    assert_int_equal(l.excluded, 1);
    assert_int_equal(l.ngroups, 2);
    assert_float_equal(l.groups[0].mean, 0.65, 1e-12);
    assert_float_equal(l.groups[0].var, 0.67 / 3, 1e-12);
    assert_float_equal(l.groups[1].mean, 0.6, 1e-12);
    assert_float_equal(l.groups[1].var, 0.32, 1e-12);
    assert_float_equal(l.share, 0.625, 1e-12);
    assert_float_equal(l.lo, 0.16972127709139845, 1e-9);
    assert_float_equal(l.hi, 1, 0);
    assert_int_equal(l.few, 0);
    survey_leaf_free(&l);
    release(m, &t);
}

/* One group: A A B D (mean 0.65), interval 0.65 ± 1.959964 × √(0.67/3/4) = 0.1868786 … 1. */
static void one_group_interval(void **state)
{
    (void)state;
    struct model *m = survey_model(0);
    struct survey_tallies t = {0};
    tally(&t, m, "LCH", "G1", "A", 2);
    tally(&t, m, "LCH", "G1", "B", 1);
    tally(&t, m, "LCH", "G1", "D", 1);
    assert_share(m, &t, 0.65, 0.18687857874841446, 1);
    release(m, &t);
}

/* Weights count: G1 weighs 3, G2 1 → (3 × 1 + 1 × 0) / 4 = 0.75; all alike: no spread. */
static void weights_and_no_spread(void **state)
{
    (void)state;
    struct model *m = survey_model(0);
    m->questions[0].groups[0].weight = 3;
    struct survey_tallies t = {0};
    tally(&t, m, "LCH", "G1", "A", 10);
    tally(&t, m, "LCH", "G2", "D", 10);
    assert_share(m, &t, 0.75, 0.75, 0.75);
    release(m, &t);
}

/* Fewer answers than min_answers: flagged; exactly as many: not. */
static void few_answers_flagged(void **state)
{
    (void)state;
    struct model *m = survey_model(30);
    struct survey_tallies t = {0};
    tally(&t, m, "DBN", "G1", "A", 29);
    tally(&t, m, "DBN", "G1", "E", 5);
    tally(&t, m, "LCH", "G1", "A", 30);
    struct survey_leaf l;
    assert_int_equal(survey_leaf_score(m, &t, "DBN", FX_2_1, &l), 1);
    assert_int_equal(l.few, 1);
    survey_leaf_free(&l);
    assert_int_equal(survey_leaf_score(m, &t, "LCH", FX_2_1, &l), 1);
    assert_int_equal(l.few, 0);
    assert_int_equal(l.valid, 30);
    survey_leaf_free(&l);
    release(m, &t);
}

/* No answers, only "không biết", another unit's, an unknown question or option: no share. */
static void nothing_to_score(void **state)
{
    (void)state;
    struct model *m = survey_model(0);
    struct survey_tallies t = {0};
    tally(&t, m, "DBN", "G1", "E", 3);
    tally(&t, m, "HGG", "G1", "A", 3);
    assert_int_equal(survey_tallies_add(&t, m, "LCH", "Q9", "G1", "A", 3), 0);
    tally(&t, m, "LCH", "G1", "F", 3);
    tally(&t, m, "LCH", "G3", "A", 3);
    assert_int_equal(t.n, 2); /* the last three left out */
    struct survey_leaf l;
    assert_int_equal(survey_leaf_score(m, &t, "DBN", FX_2_1, &l), 0);
    assert_int_equal(survey_leaf_score(m, &t, "LCH", FX_2_1, &l), 0);
    assert_int_equal(survey_leaf_score(m, &t, "HGG", FX_2_2, &l), 0);
    assert_int_equal(survey_leaf_asked(m, FX_2_1), 1);
    assert_int_equal(survey_leaf_asked(m, FX_2_2), 0);
    release(m, &t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(two_groups_by_hand),    cmocka_unit_test(one_group_interval),
        cmocka_unit_test(weights_and_no_spread), cmocka_unit_test(few_answers_flagged),
        cmocka_unit_test(nothing_to_score),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
