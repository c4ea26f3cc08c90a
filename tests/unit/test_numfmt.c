/* test_numfmt.c — rounding on the decimal value the user sees, fixed-place formatting,
 * Vietnamese text (decimal comma), shortest round-trip JSON numbers.  Uses: cmocka, numfmt.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

typedef void formatter(double x, int decimals, char *buf, size_t n);

/* What `format` writes for x with that many decimals. */
static void check_written(formatter *format, double x, int decimals, const char *want)
{
    char buf[400];
    format(x, decimals, buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void check_format(double x, int decimals, const char *want)
{
    check_written(num_format, x, decimals, want);
}

static void test_half_away_from_zero_on_the_decimal(void **state)
{
    (void)state;
    check_format(2.675, 2, "2.68"); /* binary 2.67499999… */
    check_format(1.005, 2, "1.01"); /* binary 1.00499999… */
    check_format(-2.675, 2, "-2.68");
    check_format(0.125, 2, "0.13");
    check_format(79.505, 2, "79.51");
    check_format(2.665, 2, "2.67");
    check_format(2.674, 2, "2.67");
    check_format(0.5, 0, "1");
    check_format(-0.5, 0, "-1");
    check_format(1.45, 1, "1.5");
}

static void test_round_returns_the_shown_value(void **state)
{
    (void)state;
    assert_true(num_round(2.675, 2) == 2.68);
    assert_true(num_round(1.005, 2) == 1.01);
    assert_true(num_round(-2.675, 2) == -2.68);
    assert_true(num_round(79.505, 2) == 79.51);
    assert_true(num_round(89.995, 2) == 90.0);
    assert_true(num_round(12.3449, 2) == 12.34);
    assert_true(num_round(123456.789, 0) == 123457.0);
    assert_true(num_round(0.1 + 0.2, 2) == 0.3);
    assert_true(num_round(5, -1) == 5.0); /* negative places count as 0 */
}

static void test_carries_into_a_new_digit(void **state)
{
    (void)state;
    check_format(9.995, 2, "10.00");
    check_format(99.999, 2, "100.00");
    check_format(-9.999, 2, "-10.00");
    assert_true(num_round(9.995, 2) == 10.0);
}

static void test_zero_and_tiny_never_negative_zero(void **state)
{
    (void)state;
    check_format(0.0, 2, "0.00");
    check_format(-0.0, 2, "0.00");
    check_format(-0.004, 2, "0.00");
    check_format(-0.005, 2, "-0.01");
    check_format(1e-20, 2, "0.00");
    check_format(-1e-20, 2, "0.00");
    check_format(0.004, 2, "0.00");
    check_format(0.005, 2, "0.01");
    check_format(0.0004, 2, "0.00");
    assert_false(signbit(num_round(-0.001, 2)));
    assert_true(num_round(1e-20, 2) == 0.0);
}

static void test_sums_are_rounded_once(void **state)
{
    (void)state;
    check_format(0.1 + 0.2, 2, "0.30");
    check_format(0.1 + 0.2, 17, "0.30000000000000000"); /* 15 significant digits shown */
    /* components as published (already rounded) add to 91.05 ... */
    check_format(57.66 + 9.56 + 18.83 + 5.0, 2, "91.05");
    /* ... but the unrounded components behind them give 91.04 when rounded once */
    check_format(57.655 + 9.5551 + 18.8251 + 5.0049, 2, "91.04");
}

static void test_large_values_and_places(void **state)
{
    (void)state;
    check_format(1e20, 2, "100000000000000000000.00");
    check_format(-123456789.125, 2, "-123456789.13");
    check_format(1234567.891, 0, "1234568");
    check_format(100, 2, "100.00");
    check_format(7.25, 3, "7.250");
    check_format(1.0 / 3.0, 4, "0.3333");
    assert_true(num_round(1e20, 2) == 1e20);
}

static void test_format_truncates_to_the_buffer(void **state)
{
    (void)state;
    char buf[5];
    num_format(123.456, 2, buf, sizeof buf);
    assert_string_equal(buf, "123.");
    num_format(NAN, 2, buf, sizeof buf);
    assert_string_equal(buf, "nan");
}

static void check_json(double x, const char *want)
{
    char buf[64];
    num_json(x, buf, sizeof buf);
    assert_string_equal(buf, want);
    assert_true(strtod(buf, NULL) == x);
}

static void check_vn(double x, int decimals, const char *want)
{
    check_written(num_format_vn, x, decimals, want);
}

/* What explanations (and paridx.fmt.num in Lua) show: decimal comma, no trailing zeros, the
 * same rounding as the tables. */
static void test_vietnamese_text(void **state)
{
    (void)state;
    check_vn(0.5, 2, "0,5");
    check_vn(12, 2, "12");
    check_vn(0.725, 2, "0,73");
    check_vn(0.12499999999, 2, "0,12"); /* the tables show 0.12; scale.lua alone said 0,13 */
    check_vn(-2.675, 2, "-2,68");
    check_vn(1.10, 2, "1,1");
    check_vn(100, 2, "100");
    check_vn(-0.001, 2, "0");
    check_vn(0, 2, "0");
    check_vn(2.5, 0, "3");
    check_vn(1.23456, 4, "1,2346");
    check_vn(1e21, 2, "1000000000000000000000");
}

/* What tables show: a decimal comma, exactly `decimals` places, the same rounding. */
static void test_table_comma(void **state)
{
    (void)state;
    check_written(num_format_comma, 79.505, 2, "79,51");
    check_written(num_format_comma, 10, 2, "10,00");
    check_written(num_format_comma, -2.675, 2, "-2,68");
    check_written(num_format_comma, -0.001, 2, "0,00");
    check_written(num_format_comma, 2.5, 0, "3");
    check_written(num_format_comma, 1e21, 2, "1000000000000000000000,00");
}

static void test_json_shortest_round_trip(void **state)
{
    (void)state;
    check_json(100.0, "100");
    check_json(79.51, "79.51");
    check_json(0.1 + 0.2, "0.30000000000000004");
    check_json(1.0 / 3.0, "0.3333333333333333");
    check_json(1e-20, "1e-20");
    check_json(-7.25, "-7.25");
    check_json(0.0, "0");
    char buf[16];
    num_json(INFINITY, buf, sizeof buf);
    assert_string_equal(buf, "null");
    num_json(NAN, buf, sizeof buf);
    assert_string_equal(buf, "null");
}

/* Every value typed with three decimals, 0 to 200 and below zero, shows rounded half away
 * from zero at two: the digits a decimal gives (0.125 → 0.13, 2.675 → 2.68) whichever way
 * numfmt finds them (without printf for such short decimals). */
static void test_three_decimals_round_as_typed(void **state)
{
    (void)state;
    for (long long i = 0; i <= 200000; i++) {
        long long r = (i + 5) / 10; /* hundredths, the third decimal rounded half up */
        char want[40], got[40];
        snprintf(want, sizeof want, "%s%lld.%02lld", i >= 5 && i % 2 ? "-" : "", r / 100, r % 100);
        double x = (double)i / 1000;
        num_format(i >= 5 && i % 2 ? -x : x, 2, got, sizeof got);
        if (strcmp(got, want) != 0)
            fail_msg("%lld/1000: expected %s, found %s", i, want, got);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_half_away_from_zero_on_the_decimal),
        cmocka_unit_test(test_round_returns_the_shown_value),
        cmocka_unit_test(test_carries_into_a_new_digit),
        cmocka_unit_test(test_zero_and_tiny_never_negative_zero),
        cmocka_unit_test(test_sums_are_rounded_once),
        cmocka_unit_test(test_large_values_and_places),
        cmocka_unit_test(test_format_truncates_to_the_buffer),
        cmocka_unit_test(test_vietnamese_text),
        cmocka_unit_test(test_table_comma),
        cmocka_unit_test(test_json_shortest_round_trip),
        cmocka_unit_test(test_three_decimals_round_as_typed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
