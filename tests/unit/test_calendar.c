/* test_calendar.c — parsing the date forms Vietnamese users write, refusing days that do
 * not exist with the reason, the forms read by hand against the regex's shape, printing ISO
 * and dd/mm/yyyy, ordering.
 * Uses: cmocka, calendar.h, re.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "re.h"

static void check_parse(const char *s, int y, int m, int d)
{
    struct px_date out = {0, 0, 0};
    struct px_err e = {0};
    if (date_parse(s, &out, &e) != 0)
        fail_msg("'%s' refused: %s", s, e.msg);
    assert_int_equal(out.y, y);
    assert_int_equal(out.m, m);
    assert_int_equal(out.d, d);
}

static void check_refused(const char *s, const char *want)
{
    struct px_date out = {7, 7, 7};
    struct px_err e = {0};
    assert_int_equal(date_parse(s, &out, &e), -1);
    assert_string_equal(e.msg, want);
    assert_int_equal(out.y, 7); /* untouched */
}

static void test_forms(void **state)
{
    (void)state;
    check_parse("25/12/2019", 2019, 12, 25);
    check_parse("5/1/2020", 2020, 1, 5);
    check_parse("05/01/2020", 2020, 1, 5);
    check_parse("14-01-2020", 2020, 1, 14);
    check_parse("19.01.2020", 2020, 1, 19);
    check_parse("2019-11-28", 2019, 11, 28);
    check_parse("1/1/1900", 1900, 1, 1);
    check_parse("31/12/2200", 2200, 12, 31);
}

/* Every day, separator, month, year and tail from a set of pieces around the shape's edges:
 * dd/mm/yyyy is read by hand, and must take exactly what SHAPE_DATE takes (a day that does
 * not exist then refused), with its numbers. */
static void test_hand_forms_as_the_shape(void **state)
{
    (void)state;
    static const char *const days[] = {"", "1", "01", "31", "123", "x"};
    static const char *const seps[] = {"/", ".", "-", " ", ""};
    static const char *const years[] = {"", "201", "2019", "20190", "1899", "２019"};
    static const char *const tails[] = {"", " ", "a", "/"};
    size_t taken = 0;
    for (size_t a = 0; a < 6; a++)
        for (size_t s1 = 0; s1 < 5; s1++)
            for (size_t b = 0; b < 6; b++)
                for (size_t s2 = 0; s2 < 5; s2++)
                    for (size_t c = 0; c < 6; c++)
                        for (size_t t = 0; t < 4; t++) {
                            char s[64];
                            snprintf(s, sizeof s, "%s%s%s%s%s%s", days[a], seps[s1], days[b],
                                     seps[s2], years[c], tails[t]);
                            struct px_date out = {0, 0, 0};
                            struct px_err e = {0};
                            int rc = date_parse(s, &out, &e);
                            if (!re_shape(SHAPE_DATE, s)) {
                                if (rc == 0)
                                    fail_msg("'%s' read as a date, which the shape refuses", s);
                                continue;
                            }
                            if (s[4] == '-' && strlen(s) == 10)
                                continue; /* yyyy-mm-dd, tested above */
                            int d, m, y;
                            assert_int_equal(sscanf(s, "%d%*c%d%*c%d", &d, &m, &y), 3);
                            if (rc == 0) {
                                taken++;
                                assert_int_equal(out.d, d);
                                assert_int_equal(out.m, m);
                                assert_int_equal(out.y, y);
                            } else {
                                assert_non_null(strstr(e.msg, "("));
                            }
                        }
    assert_int_equal(taken, 3 * 3 * 2); /* days 1, 01, 31; / . -; months 1, 01; 2019 */
}

/* yyyy-mm-dd as stored, zeros in front. */
static void test_iso_digits(void **state)
{
    (void)state;
    char buf[11];
    date_iso((struct px_date){1900, 1, 5}, buf);
    assert_string_equal(buf, "1900-01-05");
    date_iso((struct px_date){2200, 12, 31}, buf);
    assert_string_equal(buf, "2200-12-31");
    date_iso((struct px_date){987, 7, 10}, buf);
    assert_string_equal(buf, "0987-07-10");
}

static void test_leap_years(void **state)
{
    (void)state;
    check_parse("29/02/2020", 2020, 2, 29);
    check_parse("29/02/2000", 2000, 2, 29); /* divisible by 400 */
    check_refused("29/02/2019", "expected a date dd/mm/yyyy, found '29/02/2019' "
                                "(February 2019 has 28 days)");
    check_refused("29/02/1900", "expected a date dd/mm/yyyy, found '29/02/1900' "
                                "(February 1900 has 28 days)"); /* divisible by 100 */
    check_refused("30/02/2020", "expected a date dd/mm/yyyy, found '30/02/2020' "
                                "(February 2020 has 29 days)");
}

static void test_lookalikes(void **state)
{
    (void)state;
    check_refused("２５/12/2019", "expected a date dd/mm/yyyy, found '２５/12/2019': character 1 "
                                 "is '２' (U+FF12), a full-width digit, which an input method in "
                                 "full-width mode types; type '25/12/2019' instead");
    check_refused("25\u00a0/12/2019", "expected a date dd/mm/yyyy, found '25\u00a0/12/2019': "
                                      "character 3 is U+00A0, a no-break space, which Excel writes "
                                      "in formatted numbers; type '25/12/2019' instead");
}

static void test_impossible_days(void **state)
{
    (void)state;
    check_refused("31/04/2019",
                  "expected a date dd/mm/yyyy, found '31/04/2019' (April has 30 days)");
    check_refused("2019-06-31",
                  "expected a date dd/mm/yyyy, found '2019-06-31' (June has 30 days)");
    check_refused("32/1/2019",
                  "expected a date dd/mm/yyyy, found '32/1/2019' (January has 31 days)");
    check_refused("0/1/2019",
                  "expected a date dd/mm/yyyy, found '0/1/2019' (there is no day 0)");
    check_refused("12/13/2019",
                  "expected a date dd/mm/yyyy, found '12/13/2019' (there is no month 13)");
    check_refused("2019-00-10",
                  "expected a date dd/mm/yyyy, found '2019-00-10' (there is no month 0)");
    check_refused("1/1/1899",
                  "expected a date dd/mm/yyyy, found '1/1/1899' (year 1899 is outside 1900–2200)");
    check_refused("1/1/2201",
                  "expected a date dd/mm/yyyy, found '1/1/2201' (year 2201 is outside 1900–2200)");
}

static void test_wrong_shapes(void **state)
{
    (void)state;
    check_refused("25/12-2019", "expected a date dd/mm/yyyy, found '25/12-2019'");
    check_refused("2019/12/25", "expected a date dd/mm/yyyy, found '2019/12/25'");
    check_refused("25/12/19", "expected a date dd/mm/yyyy, found '25/12/19'");
    check_refused("", "expected a date dd/mm/yyyy, found ''");
    check_refused(" 25/12/2019", "expected a date dd/mm/yyyy, found ' 25/12/2019'");
    check_refused("ngày 25", "expected a date dd/mm/yyyy, found 'ngày 25'");
}

static void test_error_value(void **state)
{
    (void)state;
    struct px_date out;
    struct px_err e;
    px_err_at(&e, PX_RULE, "old.lua", 3, 4, "an earlier error");
    assert_int_equal(date_parse("31/04/2019", &out, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, ""); /* no place: the caller knows where the date was */
    assert_int_equal(e.line, 0);
    assert_int_equal(date_parse("31/04/2019", &out, NULL), -1); /* only success matters */
    assert_int_equal(date_parse("30/04/2019", &out, NULL), 0);
}

static void test_print(void **state)
{
    (void)state;
    char buf[11];
    struct px_date d = {2020, 1, 5};
    date_iso(d, buf);
    assert_string_equal(buf, "2020-01-05");
    date_vn(d, buf);
    assert_string_equal(buf, "05/01/2020");
}

static void test_compare(void **state)
{
    (void)state;
    struct px_date a = {2019, 12, 25}, b = {2020, 1, 14}, c = {2019, 12, 29};
    struct px_date a2 = {2019, 12, 25}, d = {2019, 11, 30};
    assert_true(date_cmp(a, b) < 0);
    assert_true(date_cmp(b, a) > 0);
    assert_true(date_cmp(a, c) < 0);
    assert_true(date_cmp(c, a) > 0);
    assert_true(date_cmp(d, a) < 0);
    assert_true(date_cmp(a, d) > 0);
    assert_int_equal(date_cmp(a, a2), 0);
}

/* yyyy-mm-dd (read without the regex) and dd/mm/yyyy (read with it) agree on every day of
 * years around each bound and leap rule, days and months one past each end included: the
 * same date, or both refused with the same reason. */
static void test_iso_agrees_with_the_vietnamese_form(void **state)
{
    (void)state;
    static const int YEARS[] = {1899, 1900, 1901, 1996, 2000, 2019, 2024, 2100, 2200, 2201};
    for (size_t i = 0; i < sizeof YEARS / sizeof *YEARS; i++)
        for (int m = 0; m <= 13; m++)
            for (int d = 0; d <= 32; d++) {
                char iso[16], vn[16];
                snprintf(iso, sizeof iso, "%04d-%02d-%02d", YEARS[i], m, d);
                snprintf(vn, sizeof vn, "%02d/%02d/%04d", d, m, YEARS[i]);
                struct px_date a = {0, 0, 0}, b = {0, 0, 0};
                struct px_err ea = {0}, eb = {0};
                int ra = date_parse(iso, &a, &ea), rb = date_parse(vn, &b, &eb);
                if (ra != rb || a.y != b.y || a.m != b.m || a.d != b.d)
                    fail_msg("%s and %s differ", iso, vn);
                const char *why_a = strchr(ea.msg, '('), *why_b = strchr(eb.msg, '(');
                if (ra != 0 && (!why_a || !why_b || strcmp(why_a, why_b) != 0))
                    fail_msg("%s and %s refused for different reasons: %s / %s", iso, vn, ea.msg,
                             eb.msg);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_forms),
        cmocka_unit_test(test_leap_years),
        cmocka_unit_test(test_hand_forms_as_the_shape),
        cmocka_unit_test(test_iso_digits),
        cmocka_unit_test(test_lookalikes),
        cmocka_unit_test(test_impossible_days),
        cmocka_unit_test(test_wrong_shapes),
        cmocka_unit_test(test_error_value),
        cmocka_unit_test(test_print),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_iso_agrees_with_the_vietnamese_form),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    re_shapes_free();
    return rc;
}
