/* test_store_page_pool.c — unit tests of SQLite's page cache pool (store_page_pool.c): in a
 * process whose first store is a database on disk, the pages of its cache come from the pool
 * where the kernel gives huge pages on request, and are SQLite's malloc elsewhere; either way
 * the rows written are read back.  A program of its own, since the first store of the process
 * decides.
 * Uses: cmocka, store.h, scratch.h, heap_warm.h (huge_pages_on_request), libsqlite3
 * (sqlite3_status). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>

#include "heap_warm.h"
#include "scratch.h"
#include "store.h"

static void test_first_store_on_disk(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = store_open(scratch_path("pool.db"), STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open: %s", e.msg);
    assert_int_equal(store_begin(s, &e), 0);
    for (int i = 0; i < 200; i++) {
        char code[16];
        snprintf(code, sizeof code, "U%03d", i);
        struct unit_row u = {code, "Tên đơn vị", "province", NULL, "units.csv:2"};
        if (store_put_unit(s, &u, &e) != 0)
            fail_msg("store_put_unit %s: %s", code, e.msg);
    }
    int now = 0, most = 0;
    assert_int_equal(sqlite3_status(SQLITE_STATUS_PAGECACHE_USED, &now, &most, 0), SQLITE_OK);
    if (huge_pages_on_request())
        assert_true(most > 0);
    else
        assert_int_equal(most, 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    s = store_open(scratch_path("pool.db"), STORE_READ, &e);
    assert_non_null(s);
    assert_int_equal(store_has_unit(s, "U199", &e), 1);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_store_on_disk),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
