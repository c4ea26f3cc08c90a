/* test_lazylib.c — libraries opened on first use: a function of a real library lands in its
 * slot and works, and a variable's address in its; a second load of the same library changes
 * nothing; a library that is not there, or one without a function asked for, fills nothing
 * and says which and what package to install.
 * Uses: cmocka, lazylib.h, libm (the real library, by its soname). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "lazylib.h"

static void test_loads_a_function(void **state)
{
    (void)state;
    double (*floor_fn)(double) = NULL;
    int *sign = NULL; /* a variable: libm's signgam, the sign lgamma leaves */
    struct lazylib lib = {"libm.so.6", "libc6", 0};
    const struct lazy_symbol symbols[] = {{"floor", &floor_fn}, {"signgam", &sign}};
    struct px_err e = {0};
    assert_int_equal(lazylib_load(&lib, symbols, 2, &e), 0);
    assert_int_equal(lib.loaded, 1);
    assert_non_null(floor_fn);
    assert_true(floor_fn(2.5) == 2.0);
    assert_non_null(sign);
    double (*again)(double) = NULL;
    const struct lazy_symbol later[] = {{"floor", &again}};
    assert_int_equal(lazylib_load(&lib, later, 1, &e), 0); /* loaded: nothing more done */
    assert_null(again);
}

static void test_missing_library(void **state)
{
    (void)state;
    void (*fn)(void) = NULL;
    struct lazylib lib = {"libparidx-absent.so.9", "libparidx-absent9", 0};
    const struct lazy_symbol symbols[] = {{"absent", &fn}};
    struct px_err e = {0};
    assert_int_equal(lazylib_load(&lib, symbols, 1, &e), -1);
    assert_int_equal(e.code, PX_SYSTEM);
    assert_int_equal(lib.loaded, 0);
    assert_null(fn);
    assert_non_null(strstr(e.msg, "cannot load the library libparidx-absent.so.9 ("));
    assert_non_null(strstr(e.msg, "): install the package libparidx-absent9"));
}

static void test_missing_function(void **state)
{
    (void)state;
    double (*floor_fn)(double) = NULL;
    void (*absent)(void) = NULL;
    struct lazylib lib = {"libm.so.6", "libc6", 0};
    const struct lazy_symbol symbols[] = {{"floor", &floor_fn}, {"paridx_absent", &absent}};
    struct px_err e = {0};
    assert_int_equal(lazylib_load(&lib, symbols, 2, &e), -1);
    assert_int_equal(lib.loaded, 0);
    assert_null(floor_fn); /* found, but not put in its slot: the set is all or nothing */
    assert_null(absent);
    assert_string_equal(e.msg, "the library libm.so.6 has no function paridx_absent: install "
                               "the package libc6 of this system");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_loads_a_function),
                                       cmocka_unit_test(test_missing_library),
                                       cmocka_unit_test(test_missing_function)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
