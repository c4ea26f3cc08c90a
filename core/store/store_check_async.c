/* store_check_async.c — PRAGMA quick_check beside the first write transaction of a connection
 * (see store_impl.h).  A file is checked on a second, read-only connection in a thread of its
 * own while the command does its work on the first: the check reads the file as it was before
 * the transaction (a reader never sees a writer's uncommitted pages), and on two CPUs it no
 * longer adds a whole read of the database to every import and run.  The commit waits for
 * the verdict; a damaged file turns the commit into a rollback, so, as when the check ran
 * first, nothing is written into it (in write-ahead-log mode the pages of the transaction
 * never reach the database file before the commit).  An in-memory database is new and on no
 * disk: store.c marks it checked when it makes it.  The second connection is opened in the
 * thread too, not on the writer's (0.75–4.4 ms at every import and stored run on a virtual
 * machine), and reads the schema there (0.7 ms of parsing).  A file under CHECK_AT_ONCE_BELOW
 * bytes, or when the thread cannot be had, is checked at once on the first connection
 * instead, before the transaction writes; when the second connection cannot be opened or
 * read the schema, on the first connection at the commit.
 * Provides store_check_start, store_check_wait, store_check_cancel.
 * Uses: pthreads, libsqlite3, store_impl.h, i18n.h (messages), POSIX stat (the file's size). */
#include "store.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "i18n.h"
#include "store_impl.h"

struct store_check {
    pthread_t thread;
    const char *name;     /* the file (the first connection's name, which outlives the check) */
    pthread_mutex_t lock; /* guards reader's publication and cancelled */
    struct store *reader; /* the second connection, read-only, once the thread has it */
    int cancelled;        /* 1: the verdict is not needed any more */
    int alone;            /* 1: it could not open or read the schema; the first one checks */
    int rc;               /* store_quick_check's answer on it */
    struct px_err e;      /* and its error */
};

static void *check_thread(void *arg)
{
    struct store_check *c = arg;
    struct px_err ignored;
    struct store *reader = store_connect(c->name, SQLITE_OPEN_READONLY, &ignored);
    pthread_mutex_lock(&c->lock);
    c->reader = reader;
    int cancelled = c->cancelled;
    pthread_mutex_unlock(&c->lock);
    if (cancelled)
        return NULL;
    if (!reader || store_scan_cache(reader, &ignored) != 0)
        c->alone = 1;
    else
        c->rc = store_quick_check(reader, &c->e);
    return NULL;
}

/* Checks s at once on its own connection. */
static int check_now(struct store *s, struct px_err *e)
{
    if (store_quick_check(s, e) != 0)
        return -1;
    s->checked = 1;
    return 0;
}

/* Below this size a file is checked at once: its check takes less than a thread, a second
 * connection and its schema, and the two CPUs of a virtual machine each slow the other while
 * both work.  The 100-unit import into a 143 KB file: 37.0 → 35.0 ms and 33.8 / 33.7 ms
 * (medians of 41 and 31 alternating runs), 41.2 → 36.7 ms with each run alone, 3 s after the
 * last (11); the 1,000-unit import into 266 KB the same (99.7 / 99.3 ms, 21 runs); 30,000
 * answers into 1.2 MB 50.5 ms beside the import against 52.7 at once (31). */
enum { CHECK_AT_ONCE_BELOW = 512 << 10 };

int store_check_start(struct store *s, struct px_err *e)
{
    struct stat st;
    if (stat(s->name, &st) == 0 && st.st_size < CHECK_AT_ONCE_BELOW)
        return check_now(s, e);
    struct store_check *c = calloc(1, sizeof *c);
    if (!c || pthread_mutex_init(&c->lock, NULL) != 0) {
        free(c);
        return check_now(s, e);
    }
    c->name = s->name;
    if (pthread_create(&c->thread, NULL, check_thread, c) != 0) {
        pthread_mutex_destroy(&c->lock);
        free(c);
        return check_now(s, e);
    }
    s->check = c;
    return 0;
}

/* Waits for the check's end and frees it; its answer, with its error in e, and in *alone
 * whether the second connection could not check. */
static int finish(struct store *s, int *alone, struct px_err *e)
{
    struct store_check *c = s->check;
    s->check = NULL;
    int rc = pthread_join(c->thread, NULL);
    if (rc != 0) {
        px_err_set(e, PX_SYSTEM, _("%s: cannot wait for the check of the database (error %d)"),
                   s->name, rc);
    } else if (c->rc != 0) {
        *e = c->e;
        rc = -1;
    }
    *alone = c->alone;
    store_close(c->reader);
    pthread_mutex_destroy(&c->lock);
    free(c);
    return rc ? -1 : 0;
}

int store_check_wait(struct store *s, struct px_err *e)
{
    if (!s->check)
        return 0;
    int alone;
    if (finish(s, &alone, e) != 0)
        return -1;
    if (alone)
        return check_now(s, e);
    s->checked = 1;
    return 0;
}

void store_check_cancel(struct store *s)
{
    if (!s->check)
        return;
    struct store_check *c = s->check;
    pthread_mutex_lock(&c->lock);
    c->cancelled = 1;
    if (c->reader) /* its verdict is not needed any more */
        sqlite3_interrupt(c->reader->db);
    pthread_mutex_unlock(&c->lock);
    struct px_err ignored;
    int alone;
    finish(s, &alone, &ignored);
}
