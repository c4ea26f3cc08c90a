/* test_store_heap.c — unit tests of SQLite's heap as store_heap.c counts it: SQLite keeps no
 * statistics of its own (their lock is what the count replaces), every allocation, growth
 * and free moves the count by its size, a limit refuses what would pass it (an allocation, a
 * growth) and lets through what stays under it, and two threads allocating and freeing at
 * once leave the count where it was.  The rule scripts' query budget on top of it:
 * tests/cli/db-query-memory.
 * Uses: cmocka, store.h, store_impl.h (store_heap_*), libsqlite3, pthreads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <sqlite3.h>

#include "store.h"
#include "store_impl.h"

static struct store *store;

/* An in-memory database open, so the count is set up and SQLite holds some memory. */
static int open_store(void **state)
{
    (void)state;
    struct px_err e = {0};
    store = store_open(NULL, STORE_CREATE, &e);
    if (!store)
        fail_msg("store_open: %s", e.msg);
    return 0;
}

static int close_store(void **state)
{
    (void)state;
    store_close(store);
    return 0;
}

static void test_sqlite_keeps_no_statistics(void **state)
{
    (void)state;
    assert_true(store_heap_used() > 0);    /* the open connection's */
    assert_int_equal(sqlite3_memory_used(), 0); /* SQLite's own count, and its lock, are off */
    struct px_err e = {0};
    assert_int_equal(store_heap_setup(&e), 0); /* again: nothing to do */
}

static void test_allocations_are_counted(void **state)
{
    (void)state;
    long long before = store_heap_used();
    void *p = sqlite3_malloc(100000);
    assert_non_null(p);
    assert_true(store_heap_used() - before >= 100000);
    void *q = sqlite3_realloc(p, 300000);
    assert_non_null(q);
    assert_true(store_heap_used() - before >= 300000);
    q = sqlite3_realloc(q, 1000);
    assert_non_null(q);
    assert_true(store_heap_used() - before < 100000);
    sqlite3_free(q);
    assert_int_equal(store_heap_used(), before);
}

static void test_limit_refuses_what_would_pass_it(void **state)
{
    (void)state;
    long long before = store_heap_used();
    assert_int_equal(store_heap_limit(before + 65536), 0);
    assert_null(sqlite3_malloc(131072));
    void *p = sqlite3_malloc(16384);
    assert_non_null(p);
    assert_null(sqlite3_realloc(p, 262144)); /* p is kept as it was */
    void *q = sqlite3_realloc(p, 32768);   /* still under the limit */
    assert_non_null(q);
    assert_int_equal(store_heap_limit(0), before + 65536);
    void *big = sqlite3_malloc(131072); /* no limit any more */
    assert_non_null(big);
    sqlite3_free(big);
    sqlite3_free(q);
    assert_int_equal(store_heap_used(), before);
}

/* A thread's share of test_threads: allocations of varied sizes, each freed. */
static void *churn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20000; i++) {
        void *p = sqlite3_malloc(16 + (i * 37) % 4000);
        p = p ? sqlite3_realloc(p, 16 + (i * 53) % 6000) : NULL;
        if (!p)
            return (void *)1;
        sqlite3_free(p);
    }
    return NULL;
}

static void test_threads_leave_the_count_as_it_was(void **state)
{
    (void)state;
    long long before = store_heap_used();
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, churn, NULL), 0);
    for (int i = 0; i < 2; i++) {
        void *failed = (void *)1;
        assert_int_equal(pthread_join(t[i], &failed), 0);
        assert_null(failed);
    }
    assert_int_equal(store_heap_used(), before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sqlite_keeps_no_statistics),
        cmocka_unit_test(test_allocations_are_counted),
        cmocka_unit_test(test_limit_refuses_what_would_pass_it),
        cmocka_unit_test(test_threads_leave_the_count_as_it_was),
    };
    return cmocka_run_group_tests(tests, open_store, close_store);
}
