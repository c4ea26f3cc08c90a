/* test_store_page_pool.c — unit tests of SQLite's page cache pool (store_page_pool.c): its size
 * follows the load said with store_expect_writes (none below a huge page's worth, at most
 * 2,048 pages); in a process whose first store is a database on disk about to take a large
 * load, the pages of its cache come from the pool where the kernel gives huge pages on
 * request, and in one that said no load they are SQLite's malloc; either way the rows written
 * are read back.  The first store of a process decides, so the case without a load runs in a
 * child process of its own.
 * Uses: cmocka, store.h, store_impl.h (store_page_pool_slots), scratch.h, heap_warm.h
 * (huge_pages_on_request), libsqlite3 (sqlite3_status), POSIX fork and waitpid. */
#define _POSIX_C_SOURCE 200809L /* fork, waitpid */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "heap_warm.h"
#include "scratch.h"
#include "store.h"
#include "store_impl.h"

static void test_slots_follow_the_load(void **state)
{
    (void)state;
    assert_int_equal(store_page_pool_slots(0), 0);
    assert_int_equal(store_page_pool_slots(-4096), 0);
    assert_int_equal(store_page_pool_slots((1 << 20) - 1), 0); /* under a huge page's worth */
    assert_int_equal(store_page_pool_slots(1 << 20), 512);
    assert_int_equal(store_page_pool_slots(3800000), 1855); /* 1,000 units' facts */
    assert_int_equal(store_page_pool_slots(4 << 20), 2048);
    assert_int_equal(store_page_pool_slots(100LL << 30), 2048);
}

/* Writes 200 units into a new file, then reads the last back; the most pool pages in use. */
static int write_and_read(const char *name)
{
    struct px_err e = {0};
    struct store *s = store_open(scratch_path(name), STORE_CREATE, &e);
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
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    s = store_open(scratch_path(name), STORE_READ, &e);
    assert_non_null(s);
    assert_int_equal(store_has_unit(s, "U199", &e), 1);
    store_close(s);
    return most;
}

static void test_no_load_no_pool(void **state)
{
    (void)state;
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) /* a process of its own: its first store decides */
        _exit(write_and_read("small.db") == 0 ? 0 : 1);
    int status = 0;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void test_large_load_on_disk(void **state)
{
    (void)state;
    store_expect_writes(8 << 20);
    int most = write_and_read("pool.db");
    if (huge_pages_on_request())
        assert_true(most > 0);
    else
        assert_int_equal(most, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slots_follow_the_load),
        cmocka_unit_test(test_no_load_no_pool),
        cmocka_unit_test(test_large_load_on_disk),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
