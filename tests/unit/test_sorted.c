/* test_sorted.c — finding a code in an array sorted by it: the first of a run of equal codes,
 * the place a missing code would go, the end past every code, and an empty array.
 * Uses: cmocka, sorted.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sorted.h"

struct row {
    int n;
    char *unit;
};

static struct row ROWS[] = {{0, "H01"}, {1, "H02"}, {2, "H02"}, {3, "H02"}, {4, "S05"}};
#define NROWS (sizeof ROWS / sizeof ROWS[0])

static size_t first(const char *key)
{
    return sorted_first(ROWS, NROWS, sizeof *ROWS, offsetof(struct row, unit), key);
}

static void test_first_of_a_run(void **state)
{
    (void)state;
    assert_int_equal(first("H01"), 0);
    assert_int_equal(first("H02"), 1);
    assert_int_equal(first("S05"), 4);
}

static void test_missing_code_lands_where_it_would_go(void **state)
{
    (void)state;
    assert_int_equal(first("A"), 0);
    assert_int_equal(first("H03"), 4);
    assert_int_equal(first("Z"), NROWS);
}

static void test_empty_array(void **state)
{
    (void)state;
    assert_int_equal(sorted_first(NULL, 0, sizeof *ROWS, offsetof(struct row, unit), "H01"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_of_a_run),
        cmocka_unit_test(test_missing_code_lands_where_it_would_go),
        cmocka_unit_test(test_empty_array),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
