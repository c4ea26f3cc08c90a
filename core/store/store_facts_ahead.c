/* store_facts_ahead.c — the facts cursor's reading done ahead (see store_impl.h): a thread of
 * its own runs the cursor's statement on a second, read-only connection and fills a ring of
 * AHEAD units' batches while the caller scores the units before them, so the scan of the
 * fact table leaves the scoring thread.  Only for a file whose write transaction the first
 * connection holds: nobody else can commit until it ends, so the second connection's snapshot,
 * taken after, is the first one's.  Facts are never written while a run reads them.
 * PARIDX_READ_AHEAD=0 in the environment turns it off (scripts/bench measures storing alone so,
 * against a run with --no-save, which never reads ahead).
 * Provides store_facts_ahead_start(), store_facts_ahead_next(), store_facts_ahead_stop().
 * Uses: pthreads, libsqlite3, store_impl.h, i18n.h (messages). */
#include "store.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_impl.h"

#define AHEAD 8 /* units read ahead */

struct facts_ahead {
    struct store *reader; /* the second connection */
    sqlite3_stmt *st;
    int rc;               /* its last step's code */
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;     /* a batch filled, one released, the end, or a stop */
    struct fact_batch ring[AHEAD];
    size_t taken, filled;       /* batches handed out and filled so far (taken ≤ filled) */
    int held;                   /* the batch taken last is still the caller's */
    int done, stop;             /* the thread read the last row (or failed); asked to stop */
    int failed;
    struct px_err e;            /* the thread's error, when failed */
};

/* The thread: fills the next free batch with the next unit's rows, until the end. */
static void *read_ahead(void *arg)
{
    struct facts_ahead *a = arg;
    struct px_err e;
    int failed = 0;
    for (;;) {
        pthread_mutex_lock(&a->lock);
        while (!a->stop && a->filled - a->taken >= AHEAD - (size_t)a->held)
            pthread_cond_wait(&a->changed, &a->lock);
        int stop = a->stop;
        pthread_mutex_unlock(&a->lock);
        if (stop || a->rc != SQLITE_ROW)
            break;
        struct fact_batch *b = &a->ring[a->filled % AHEAD];
        if (store_fact_batch_fill(a->reader, a->st, &a->rc, b, &e) != 0) {
            failed = 1;
            break;
        }
        pthread_mutex_lock(&a->lock);
        a->filled++;
        pthread_cond_broadcast(&a->changed);
        pthread_mutex_unlock(&a->lock);
    }
    if (!failed && a->rc != SQLITE_ROW && a->rc != SQLITE_DONE) {
        store_fail(a->reader, &e, N_("read the facts"), a->rc, sqlite3_sql(a->st));
        failed = 1;
    }
    pthread_mutex_lock(&a->lock);
    a->done = 1;
    if ((a->failed = failed))
        a->e = e;
    pthread_cond_broadcast(&a->changed);
    pthread_mutex_unlock(&a->lock);
    return NULL;
}

static void free_ahead(struct facts_ahead *a)
{
    for (size_t i = 0; i < AHEAD; i++)
        store_fact_batch_free(&a->ring[i]);
    store_release(a->st);
    store_close(a->reader);
    free(a);
}

int store_facts_ahead_start(struct store *s, int year, struct facts_ahead **out,
                            struct px_err *e)
{
    *out = NULL;
    const char *knob = getenv("PARIDX_READ_AHEAD");
    if ((knob && !strcmp(knob, "0")) || !strcmp(s->name, ":memory:") ||
        sqlite3_txn_state(s->db, "main") != SQLITE_TXN_WRITE)
        return 0;
    struct facts_ahead *a = calloc(1, sizeof *a);
    struct px_err ignored; /* no second connection: the cursor reads on the first */
    if (!a || !(a->reader = store_connect(s->name, SQLITE_OPEN_READONLY, &ignored))) {
        free(a);
        return 0;
    }
    if (store_scan_cache(a->reader, &ignored) != 0) {
        free_ahead(a);
        return 0;
    }
    if (!(a->st = store_facts_statement(a->reader, year, &a->rc, e))) {
        free_ahead(a);
        return -1;
    }
    if (pthread_mutex_init(&a->lock, NULL) != 0) {
        free_ahead(a);
        return 0;
    }
    if (pthread_cond_init(&a->changed, NULL) != 0) {
        pthread_mutex_destroy(&a->lock);
        free_ahead(a);
        return 0;
    }
    if (pthread_create(&a->thread, NULL, read_ahead, a) != 0) {
        pthread_cond_destroy(&a->changed);
        pthread_mutex_destroy(&a->lock);
        free_ahead(a);
        return 0;
    }
    *out = a;
    return 1;
}

int store_facts_ahead_next(struct facts_ahead *a, const struct fact_batch **b, struct px_err *e)
{
    *b = NULL;
    pthread_mutex_lock(&a->lock);
    if (a->held) { /* the caller is done with the batch it was given last */
        a->held = 0;
        pthread_cond_broadcast(&a->changed);
    }
    while (a->taken == a->filled && !a->done)
        pthread_cond_wait(&a->changed, &a->lock);
    int rc = 0;
    if (a->taken < a->filled) {
        *b = &a->ring[a->taken++ % AHEAD];
        a->held = 1;
    } else if (a->failed) {
        *e = a->e;
        rc = -1;
    }
    pthread_mutex_unlock(&a->lock);
    return rc;
}

void store_facts_ahead_stop(struct facts_ahead *a)
{
    if (!a)
        return;
    pthread_mutex_lock(&a->lock);
    a->stop = 1;
    pthread_cond_broadcast(&a->changed);
    pthread_mutex_unlock(&a->lock);
    pthread_join(a->thread, NULL);
    pthread_cond_destroy(&a->changed);
    pthread_mutex_destroy(&a->lock);
    free_ahead(a);
}
