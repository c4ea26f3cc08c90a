/* test_re.c — compiling with offsets in the message, matching with groups, the match and
 * depth limits against catastrophic patterns, bad UTF-8, and the typed-input shapes.
 * Uses: cmocka, re.h, diag.h. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "re.h"

static void test_compile_error_names_the_offset(void **state)
{
    (void)state;
    struct px_err e = {0};
    assert_null(re_compile("ab(c", &e));
    assert_int_equal(e.code, PX_USAGE);
    assert_string_equal(e.msg, "bad pattern at offset 4: missing closing parenthesis");
    assert_null(re_compile("a{2,1}", &e));
    assert_non_null(strstr(e.msg, "bad pattern at offset 5: "));
    assert_null(re_compile("a\\Cb", &e)); /* \C could split a UTF-8 character */
    assert_non_null(strstr(e.msg, "bad pattern at offset "));
}

static void test_exec_groups_and_offsets(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("(\\d+)/([A-ZĐ]+)(-(\\w+))?", &e);
    assert_non_null(r);
    assert_int_equal(re_groups(r), 4);
    const char *s = "Số 2756/KH-UBND theo 2636/QĐ-";
    size_t ovec[10];
    int rc = re_find(r, s, strlen(s), 0, ovec, 5, &e);
    assert_int_equal(rc, 5);
    size_t at = (size_t)(strstr(s, "2756") - s); /* "Số " is 5 bytes */
    assert_int_equal(at, 5);
    assert_int_equal(ovec[0], at);
    assert_int_equal(ovec[1], at + 12); /* 2756/KH-UBND */
    assert_int_equal(ovec[2], at);     /* 2756 */
    assert_int_equal(ovec[3], at + 4);
    assert_int_equal(ovec[4], at + 5); /* KH */
    assert_int_equal(ovec[5], at + 7);
    assert_int_equal(ovec[8], at + 8); /* UBND */
    assert_int_equal(ovec[9], at + 12);
    /* from a later start: "2636/QĐ" matches, "-" alone is no group 3, groups 3-4 unset */
    rc = re_find(r, s, strlen(s), at + 12, ovec, 5, &e);
    assert_int_equal(rc, 3);
    assert_int_equal(ovec[0], (size_t)(strstr(s, "2636") - s));
    assert_int_equal(ovec[5], strlen(s) - 1); /* Đ is two bytes, all inside group 2 */
    assert_int_equal(ovec[6], (size_t)-1);
    assert_int_equal(ovec[9], (size_t)-1);
    /* fewer pairs than groups: what fits is filled */
    rc = re_find(r, s, strlen(s), 0, ovec, 2, &e);
    assert_int_equal(rc, 2);
    assert_int_equal(ovec[3], at + 4);
    assert_int_equal(re_find(r, "no digits", 9, 0, ovec, 5, &e), 0);
    re_free(r);
}

static void test_exec_respects_len(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("c$", &e);
    size_t ovec[2];
    assert_int_equal(re_find(r, "abcd", 3, 0, ovec, 1, &e), 1);
    assert_int_equal(re_find(r, "abcd", 4, 0, ovec, 1, &e), 0);
    assert_int_equal(re_find(r, "abc", 3, 9, ovec, 1, &e), -1); /* start past the end */
    re_free(r);
}

static void test_unicode_classes(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("^\\w+ \\w+$", &e); /* UCP: \w includes Vietnamese letters */
    assert_int_equal(re_full(r, "Điện Biên", &e), 1);
    re_free(r);
    r = re_compile("^.{8}$", &e); /* UTF: . is one character, not one byte */
    assert_int_equal(re_full(r, "Lai Châu", &e), 1);
    re_free(r);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void test_catastrophic_pattern_stops(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("(a+)+$", &e);
    const char *s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
    size_t ovec[4];
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = re_find(r, s, strlen(s), 0, ovec, 2, &e);
    double took = seconds_since(&t0);
    assert_int_equal(rc, -1);
    assert_int_equal(e.code, PX_LIMIT);
    assert_string_equal(e.msg, "the pattern took too long (match limit)");
    assert_true(took < 5.0); /* 2^44 steps without the limit */
    assert_int_equal(re_full(r, s, &e), -1);
    re_free(r);
}

static void test_deep_recursion_stops(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("^(a|b)*c", &e); /* one nested backtrack frame per letter */
    char s[20001];
    memset(s, 'a', 20000);
    s[20000] = '\0';
    assert_int_equal(re_full(r, s, &e), -1);
    assert_int_equal(e.code, PX_LIMIT);
    assert_string_equal(e.msg, "the pattern took too long (depth limit)");
    re_free(r);
}

static void test_bad_utf8_subject(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("x", &e);
    size_t ovec[2];
    assert_int_equal(re_find(r, "ab\xff" "x", 4, 0, ovec, 1, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "the text is not valid UTF-8 at byte 2 ("));
    re_free(r);
}

static void test_full_match_only(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct re *r = re_compile("[0-9]+", &e);
    assert_int_equal(re_full(r, "2019", &e), 1);
    assert_int_equal(re_full(r, "x2019", &e), 0);
    assert_int_equal(re_full(r, "2019x", &e), 0);
    assert_int_equal(re_full(r, "", &e), 0);
    re_free(r);
    re_free(NULL);
}

struct shape_case {
    enum re_shape shape;
    const char *yes[6], *no[8];
};

static void test_shapes(void **state)
{
    (void)state;
    static const struct shape_case cases[] = {
        {SHAPE_UNIT_CODE, {"LCH", "STP", "H-TDU", "x1.2_b", "0"},
         {"", "-LCH", "L CH", "Lâm", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "LCH\n"}},
        {SHAPE_FACT_NAME, {"plan_issued", "survey_q1", "x"},
         {"", "Plan", "1x", "_x", "plan-issued", "tỉ_lệ", "x\n"}},
        {SHAPE_KIND, {"province", "department", "commune_2"}, {"Province", "", "2x"}},
        {SHAPE_NODE_CODE, {"1", "2.1", "2.1.3", "10.12.99"},
         {"0", "1.0", "01", "1.2.3.4", "1.", ".1", "100", "1.2\n"}},
        {SHAPE_NUMBER, {"-12", "0.85", "0,85", "100"}, {"", "1.", ",5", "1 000", "1e3", "+1"}},
        {SHAPE_PERCENT, {"85%", "85,5 %", "-3.25%", "100 %"}, {"85", "%", "85  %", "8 5%"}},
        {SHAPE_DATE, {"25/12/2019", "5/1/2020", "25-12-2019", "25.12.2019", "2019-12-25"},
         {"25/12-2019", "2019/12/25", "25/12/19", "2019-1-5", "25/12/2019\n", "x"}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (size_t i = 0; i < 6 && cases[c].yes[i]; i++)
            if (!re_shape(cases[c].shape, cases[c].yes[i]))
                fail_msg("shape %d should accept '%s'", cases[c].shape, cases[c].yes[i]);
        for (size_t i = 0; i < 8 && cases[c].no[i]; i++)
            if (re_shape(cases[c].shape, cases[c].no[i]))
                fail_msg("shape %d should refuse '%s'", cases[c].shape, cases[c].no[i]);
    }
}

static void test_shape_names_and_regex(void **state)
{
    (void)state;
    assert_string_equal(re_shape_name(SHAPE_UNIT_CODE), "a unit code such as LCH");
    for (int s = 0; s < SHAPE_COUNT_; s++) {
        assert_non_null(re_shape_name(s));
        assert_non_null(re_shape_regex(s));
    }
    assert_int_equal(re_groups(re_shape_regex(SHAPE_DATE)), 7);
    assert_ptr_equal(re_shape_regex(SHAPE_DATE), re_shape_regex(SHAPE_DATE)); /* compiled once */
    re_shapes_free();
    assert_int_equal(re_shape(SHAPE_NUMBER, "7"), 1); /* compiled again after a free */
    re_shapes_free();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compile_error_names_the_offset),
        cmocka_unit_test(test_exec_groups_and_offsets),
        cmocka_unit_test(test_exec_respects_len),
        cmocka_unit_test(test_unicode_classes),
        cmocka_unit_test(test_catastrophic_pattern_stops),
        cmocka_unit_test(test_deep_recursion_stops),
        cmocka_unit_test(test_bad_utf8_subject),
        cmocka_unit_test(test_full_match_only),
        cmocka_unit_test(test_shapes),
        cmocka_unit_test(test_shape_names_and_regex),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    re_shapes_free();
    return rc;
}
