/* import_pipe.c — an import's blocks of rows inserted by one second thread (see
 * import_pipe.h).  The thread sleeps on `work` until a block is handed to it (`todo`) or
 * the import ends (`stop`); it inserts the block whole, clears `todo` and signals `done`,
 * which the import waits for before it finishes that block and uses the connection again.
 * Each side signals after letting go of the lock, so the other wakes to a free lock.
 * Provides import_pipe_new(), import_pipe_room(), import_pipe_keep(), import_pipe_flush(),
 * import_pipe_free().  Uses: pthread, import_pipe.h. */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "import_pipe.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct import_pipe {
    struct store *store;
    const struct pipe_ops *ops;
    void *ctx;
    struct pipe_block *blocks[2];
    int filling;   /* the index of the block the rows are added to */
    int busy;      /* the other block is the thread's, not yet finished here */
    int finishing; /* a block's rows are being finished: no flush */
    int started;   /* 1 the thread runs, -1 it could not be started, 0 not yet tried */
    pthread_t thread;
    pthread_mutex_t lock;   /* guards the four fields below */
    pthread_cond_t work;    /* signalled when todo or stop is set */
    pthread_cond_t done;    /* signalled when todo is cleared */
    struct pipe_block *todo; /* the block handed to the thread until it is inserted */
    int stop;               /* the import ends: no more blocks */
    long added;             /* the outcome of the last block inserted: insert's, e with -1 */
    struct px_err e;
};

/* An empty block whose rows take rows_size bytes; NULL when out of memory. */
static struct pipe_block *new_block(size_t rows_size)
{
    struct pipe_block *b = malloc(sizeof *b);
    if (b && !(b->rows = calloc(1, rows_size))) {
        free(b);
        return NULL;
    }
    if (b)
        b->n = b->used = 0;
    return b;
}

static void free_block(struct pipe_block *b)
{
    if (b)
        free(b->rows);
    free(b);
}

struct import_pipe *import_pipe_new(struct store *s, const struct pipe_ops *ops, void *ctx,
                                    size_t rows_size)
{
    struct import_pipe *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    *p = (struct import_pipe){.store = s, .ops = ops, .ctx = ctx};
    p->blocks[0] = new_block(rows_size);
    p->blocks[1] = p->blocks[0] ? new_block(rows_size) : NULL;
    if (p->blocks[1] && pthread_mutex_init(&p->lock, NULL) == 0) {
        if (pthread_cond_init(&p->work, NULL) == 0) {
            if (pthread_cond_init(&p->done, NULL) == 0)
                return p;
            pthread_cond_destroy(&p->work);
        }
        pthread_mutex_destroy(&p->lock);
    }
    free_block(p->blocks[0]);
    free_block(p->blocks[1]);
    free(p);
    return NULL;
}

/* The thread: inserts each block handed to it, until told to stop. */
static void *pipe_main(void *arg)
{
    struct import_pipe *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (!p->todo && !p->stop)
            pthread_cond_wait(&p->work, &p->lock);
        const struct pipe_block *b = p->todo;
        pthread_mutex_unlock(&p->lock);
        if (!b)
            return NULL;
        long added = p->ops->insert(p->store, b, &p->e);
        pthread_mutex_lock(&p->lock);
        p->added = added;
        p->todo = NULL;
        pthread_mutex_unlock(&p->lock);
        pthread_cond_signal(&p->done);
    }
}

/* Finishes block b, whose insert gave added (ops->finish), and empties it.  0, or -1 with e
 * set. */
static int finish(struct import_pipe *p, struct pipe_block *b, long added, struct px_err *e)
{
    p->finishing = 1;
    int rc = p->ops->finish(p->ctx, b, added, e);
    p->finishing = 0;
    b->n = b->used = 0;
    return rc;
}

/* Readies block b for its insert (ops->ready), when the kind has that step. */
static void ready(struct import_pipe *p, struct pipe_block *b)
{
    if (p->ops->ready)
        p->ops->ready(b);
}

/* Inserts block b here and finishes it.  0, or -1 with e set. */
static int insert_here(struct import_pipe *p, struct pipe_block *b, struct px_err *e)
{
    ready(p, b);
    return finish(p, b, p->ops->insert(p->store, b, e), e);
}

/* Waits for the thread's block, if it has one, and finishes it.  0, or -1 with e set. */
static int wait_block(struct import_pipe *p, struct px_err *e)
{
    if (!p->busy)
        return 0;
    pthread_mutex_lock(&p->lock);
    while (p->todo)
        pthread_cond_wait(&p->done, &p->lock);
    pthread_mutex_unlock(&p->lock);
    p->busy = 0;
    if (p->added < 0)
        *e = p->e;
    return finish(p, p->blocks[!p->filling], p->added, e);
}

/* Hands the block being filled over to the thread once the one before it is finished, and
 * fills the other; without a thread, inserts and finishes it here.  0, or -1 with e set. */
static int send_block(struct import_pipe *p, struct px_err *e)
{
    if (wait_block(p, e))
        return -1;
    struct pipe_block *full = p->blocks[p->filling];
    if (!p->started)
        p->started = pthread_create(&p->thread, NULL, pipe_main, p) == 0 ? 1 : -1;
    if (p->started < 0)
        return insert_here(p, full, e);
    ready(p, full);
    pthread_mutex_lock(&p->lock);
    p->todo = full;
    pthread_mutex_unlock(&p->lock);
    pthread_cond_signal(&p->work);
    p->busy = 1;
    p->filling = !p->filling;
    return 0;
}

struct pipe_block *import_pipe_room(struct import_pipe *p, size_t need, struct px_err *e)
{
    struct pipe_block *b = p->blocks[p->filling];
    if (b->n && (b->n == PIPE_ROWS || need > PIPE_TEXT - b->used) && send_block(p, e))
        return NULL;
    return p->blocks[p->filling];
}

const char *import_pipe_keep(struct pipe_block *b, const char *text)
{
    char *copy = b->text + b->used;
    b->used = (size_t)(stpcpy(copy, text) - b->text) + 1;
    return copy;
}

int import_pipe_flush(struct import_pipe *p, struct px_err *e)
{
    if (!p || p->finishing)
        return 0;
    if (wait_block(p, e))
        return -1;
    return insert_here(p, p->blocks[p->filling], e);
}

void import_pipe_free(struct import_pipe *p)
{
    if (!p)
        return;
    if (p->started > 0) {
        pthread_mutex_lock(&p->lock);
        p->stop = 1;
        pthread_mutex_unlock(&p->lock);
        pthread_cond_signal(&p->work);
        pthread_join(p->thread, NULL);
    }
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->lock);
    free_block(p->blocks[0]);
    free_block(p->blocks[1]);
    free(p);
}
