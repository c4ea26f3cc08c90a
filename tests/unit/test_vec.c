/* test_vec.c — the growable array: pushes keep order across growth, reserve is idempotent,
 * overflowing sizes are refused with the array untouched.  Uses: cmocka, vec.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>

#include "vec.h"

static void test_push_keeps_every_item_in_order(void **state)
{
    (void)state;
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 1000; i++)
        assert_int_equal(VEC_PUSH(v, n, cap, i * 3), 0);
    assert_int_equal(n, 1000);
    assert_true(cap >= 1000 && cap < 2048);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(v[i], i * 3);
    free(v);
}

static void test_reserve_within_capacity_changes_nothing(void **state)
{
    (void)state;
    double *v = NULL;
    size_t cap = 0;
    assert_int_equal(vec_reserve(v, cap, 5), 0);
    double *first = v;
    size_t first_cap = cap;
    assert_int_equal(vec_reserve(v, cap, first_cap), 0);
    assert_ptr_equal(v, first);
    assert_int_equal(cap, first_cap);
    free(v);
}

static void test_overflow_is_refused_untouched(void **state)
{
    (void)state;
    long *v = NULL;
    size_t n = 0, cap = 0;
    assert_int_equal(VEC_PUSH(v, n, cap, 7L), 0);
    long *before = v;
    size_t before_cap = cap;
    assert_int_equal(vec_reserve(v, cap, SIZE_MAX / 2), -1);
    assert_int_equal(vec_reserve(v, cap, SIZE_MAX), -1);
    assert_ptr_equal(v, before);
    assert_int_equal(cap, before_cap);
    assert_int_equal(v[0], 7L);
    free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_push_keeps_every_item_in_order),
        cmocka_unit_test(test_reserve_within_capacity_changes_nothing),
        cmocka_unit_test(test_overflow_is_refused_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
