/* store_heap.c — SQLite's heap counted here, without a lock (see store_impl.h).  SQLite's own
 * count (SQLITE_CONFIG_MEMSTATUS, on by default) takes one process-wide mutex at every
 * allocation and every free, so an import's inserting thread, the check beside a write and a
 * run's reading ahead queued behind each other: recording a run's 140 nodes took 0.7–1.4 ms
 * beside the check instead of 0.25–0.4 ms.  Here SQLite's own allocator is wrapped (the
 * SQLITE_CONFIG_MALLOC methods it had) and the bytes it holds are one atomic counter, which a
 * rule script's query budget reads and bounds as sqlite3_hard_heap_limit64 did: an allocation
 * that would pass the limit fails, and the query stops with SQLITE_NOMEM.
 * Provides store_heap_setup(), store_heap_used(), store_heap_limit().
 * Uses: libsqlite3, pthreads (once), C11 atomics, store_impl.h, i18n.h (messages). */
#include <pthread.h>
#include <stdatomic.h>

#include "i18n.h"
#include "store_impl.h"

static sqlite3_mem_methods base;    /* SQLite's allocator, which does the work */
static atomic_llong used;           /* bytes SQLite holds (base.xSize of each allocation) */
static atomic_llong limit;          /* 0: none; else no allocation takes `used` to it */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int setup_rc;                /* the SQLite code of the setup, once done */

/* Whether `more` bytes would take the count to the limit (as SQLite's own hard limit). */
static int over(long long more)
{
    long long cap = atomic_load_explicit(&limit, memory_order_relaxed);
    return cap > 0 && atomic_load_explicit(&used, memory_order_relaxed) >= cap - more;
}

static void *counted_malloc(int n)
{
    if (over(base.xRoundup(n)))
        return NULL;
    void *p = base.xMalloc(n);
    if (p)
        atomic_fetch_add_explicit(&used, base.xSize(p), memory_order_relaxed);
    return p;
}

static void counted_free(void *p)
{
    atomic_fetch_sub_explicit(&used, base.xSize(p), memory_order_relaxed);
    base.xFree(p);
}

static void *counted_realloc(void *p, int n)
{
    int before = base.xSize(p);
    if (n > before && over(n - before))
        return NULL;
    void *q = base.xRealloc(p, n);
    if (q)
        atomic_fetch_add_explicit(&used, base.xSize(q) - before, memory_order_relaxed);
    return q;
}

static int base_size(void *p)
{
    return base.xSize(p);
}

static int base_roundup(int n)
{
    return base.xRoundup(n);
}

static int base_init(void *ignored)
{
    (void)ignored;
    return base.xInit(base.pAppData);
}

static void base_shutdown(void *ignored)
{
    (void)ignored;
    base.xShutdown(base.pAppData);
}

static void setup(void)
{
    static const sqlite3_mem_methods counted = {counted_malloc, counted_free, counted_realloc,
                                                base_size,      base_roundup, base_init,
                                                base_shutdown,  NULL};
    setup_rc = sqlite3_config(SQLITE_CONFIG_GETMALLOC, &base);
    if (setup_rc == SQLITE_OK)
        setup_rc = sqlite3_config(SQLITE_CONFIG_MALLOC, &counted);
    if (setup_rc == SQLITE_OK)
        setup_rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int store_heap_setup(struct px_err *e)
{
    int rc = pthread_once(&once, setup) == 0 ? setup_rc : SQLITE_ERROR;
    if (rc != SQLITE_OK) {
        px_err_set(e, PX_SYSTEM, _("cannot count SQLite's memory: SQLite was in use before "
                   "paridx opened its first database (SQLite code %d)"), rc);
        return -1;
    }
    return 0;
}

long long store_heap_used(void)
{
    return atomic_load_explicit(&used, memory_order_relaxed);
}

long long store_heap_limit(long long bytes)
{
    return atomic_exchange_explicit(&limit, bytes, memory_order_relaxed);
}
