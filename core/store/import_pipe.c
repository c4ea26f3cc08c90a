/* import_pipe.c — an import's blocks of rows inserted by one second thread (see
 * import_pipe.h).  The thread sleeps on `turn` until a block is handed to it (`todo`) or
 * the import ends (`stop`); it inserts the block whole and clears `todo`, which is what the
 * import waits for before it finishes that block and uses the connection again.
 * Provides import_pipe_new(), import_pipe_block(), import_pipe_send(), import_pipe_flush(),
 * import_pipe_free().  Uses: pthread, import_pipe.h. */
#include "import_pipe.h"

#include <pthread.h>
#include <stdlib.h>

struct import_pipe {
    struct store *store;
    const struct pipe_ops *ops;
    void *ctx;
    void *blocks[2];
    int filling;   /* the index of the block the rows are added to */
    int busy;      /* the other block is the thread's, not yet finished here */
    int finishing; /* a block's rows are being finished: no flush */
    int started;   /* 1 the thread runs, -1 it could not be started, 0 not yet tried */
    pthread_t thread;
    pthread_mutex_t lock; /* guards the three fields below */
    pthread_cond_t turn;  /* signalled when any of them changes */
    void *todo;           /* the block handed to the thread until it is inserted */
    int stop;             /* the import ends: no more blocks */
    long added;           /* the outcome of the last block inserted: insert's, e with -1 */
    struct px_err e;
};

struct import_pipe *import_pipe_new(struct store *s, const struct pipe_ops *ops, void *ctx,
                                    size_t size)
{
    struct import_pipe *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    *p = (struct import_pipe){.store = s, .ops = ops, .ctx = ctx};
    p->blocks[0] = calloc(1, size);
    p->blocks[1] = p->blocks[0] ? calloc(1, size) : NULL;
    if (p->blocks[1] && pthread_mutex_init(&p->lock, NULL) == 0) {
        if (pthread_cond_init(&p->turn, NULL) == 0)
            return p;
        pthread_mutex_destroy(&p->lock);
    }
    free(p->blocks[0]);
    free(p->blocks[1]);
    free(p);
    return NULL;
}

void *import_pipe_block(struct import_pipe *p)
{
    return p->blocks[p->filling];
}

/* The thread: inserts each block handed to it, until told to stop. */
static void *pipe_main(void *arg)
{
    struct import_pipe *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->todo && !p->stop)
            pthread_cond_wait(&p->turn, &p->lock);
        if (!p->todo)
            break;
        void *b = p->todo;
        pthread_mutex_unlock(&p->lock);
        long added = p->ops->insert(p->store, b, &p->e);
        pthread_mutex_lock(&p->lock);
        p->added = added;
        p->todo = NULL;
        pthread_cond_broadcast(&p->turn);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Finishes block b, whose insert gave added (ops->finish).  0, or -1 with e set. */
static int finish(struct import_pipe *p, void *b, long added, struct px_err *e)
{
    p->finishing = 1;
    int rc = p->ops->finish(p->ctx, b, added, e);
    p->finishing = 0;
    return rc;
}

/* Inserts block b here and finishes it.  0, or -1 with e set. */
static int insert_here(struct import_pipe *p, void *b, struct px_err *e)
{
    return finish(p, b, p->ops->insert(p->store, b, e), e);
}

/* Waits for the thread's block, if it has one, and finishes it.  0, or -1 with e set. */
static int wait_block(struct import_pipe *p, struct px_err *e)
{
    if (!p->busy)
        return 0;
    pthread_mutex_lock(&p->lock);
    while (p->todo)
        pthread_cond_wait(&p->turn, &p->lock);
    pthread_mutex_unlock(&p->lock);
    p->busy = 0;
    if (p->added < 0)
        *e = p->e;
    return finish(p, p->blocks[!p->filling], p->added, e);
}

int import_pipe_send(struct import_pipe *p, struct px_err *e)
{
    if (wait_block(p, e))
        return -1;
    void *full = p->blocks[p->filling];
    if (!p->started)
        p->started = pthread_create(&p->thread, NULL, pipe_main, p) == 0 ? 1 : -1;
    if (p->started < 0)
        return insert_here(p, full, e);
    pthread_mutex_lock(&p->lock);
    p->todo = full;
    pthread_cond_broadcast(&p->turn);
    pthread_mutex_unlock(&p->lock);
    p->busy = 1;
    p->filling = !p->filling;
    return 0;
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
        pthread_cond_broadcast(&p->turn);
        pthread_mutex_unlock(&p->lock);
        pthread_join(p->thread, NULL);
    }
    pthread_cond_destroy(&p->turn);
    pthread_mutex_destroy(&p->lock);
    free(p->blocks[0]);
    free(p->blocks[1]);
    free(p);
}
