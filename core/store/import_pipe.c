/* import_pipe.c — an import's blocks of rows inserted by one second thread (see
 * import_pipe.h).  Block k of the file is kept in blocks[k % PIPE_BLOCKS]: this thread fills
 * block `handed`, the thread inserts blocks `inserted` to `handed` - 1 in turn and this thread
 * finishes them in turn (`finished`), so with three blocks the thread finds the next block
 * waiting when it is done with one and never waits for this thread to finish the one before.
 * Finishing a block touches the database only when some of its rows were not new, so the
 * thread stops (`hold`) after such a block, or a failed one, until it is finished here.  The
 * first blocks are smaller (PIPE_FIRST_ROWS, then twice as many each time), so the thread
 * starts inserting before a whole block is read.  Each side signals after letting go of the
 * lock, so the other wakes to a free lock; a failure stays, so nothing waits on a thread held
 * by it.
 * Provides import_pipe_new(), import_pipe_room(), import_pipe_keep(), import_pipe_flush(),
 * import_pipe_free().  Uses: pthread, import_pipe.h. */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "import_pipe.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The blocks in turn, and the rows of the first block handed over (PIPE_ROWS >> 3). */
enum { PIPE_BLOCKS = 3, PIPE_FIRST_ROWS = PIPE_ROWS >> 3 };

struct import_pipe {
    struct store *store;
    const struct pipe_ops *ops;
    void *ctx;
    struct pipe_block *blocks[PIPE_BLOCKS];
    size_t finished; /* blocks finished here */
    int finishing;   /* a block's rows are being finished: no flush */
    int started;     /* 1 the thread runs, -1 it could not be started, 0 not yet tried */
    int failed;      /* a block failed: fault says why, and the thread may be held by it */
    struct px_err fault;
    pthread_t thread;
    pthread_mutex_t lock;  /* guards the fields below */
    pthread_cond_t work;   /* signalled when handed grows, hold is cleared or stop is set */
    pthread_cond_t done;   /* signalled when inserted grows */
    size_t handed;         /* blocks handed to the thread; block `handed` is being filled */
    size_t inserted;       /* blocks the thread has inserted */
    int hold;              /* the thread waits: block inserted - 1 must be finished first */
    int stop;              /* the import ends: no more blocks */
    long added[PIPE_BLOCKS]; /* each inserted block's outcome: insert's, e with -1 */
    struct px_err e;
};

/* An empty block whose rows take rows_size bytes, not cleared (a kind writes each row before
 * it reads it, so the pages a small import never fills are never touched: zeroing the three
 * blocks of facts, 2.1 MB, took the example run 0.8 M instructions and its page faults, 17.2
 * against 16.7 ms); NULL when out of memory. */
static struct pipe_block *new_block(size_t rows_size)
{
    struct pipe_block *b = malloc(sizeof *b);
    if (b && !(b->rows = malloc(rows_size))) {
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

static void free_blocks(struct import_pipe *p)
{
    for (int i = 0; i < PIPE_BLOCKS; i++)
        free_block(p->blocks[i]);
}

struct import_pipe *import_pipe_new(struct store *s, const struct pipe_ops *ops, void *ctx,
                                    size_t rows_size)
{
    struct import_pipe *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    *p = (struct import_pipe){.store = s, .ops = ops, .ctx = ctx};
    int made = 0;
    while (made < PIPE_BLOCKS && (p->blocks[made] = new_block(rows_size)))
        made++;
    if (made == PIPE_BLOCKS && pthread_mutex_init(&p->lock, NULL) == 0) {
        if (pthread_cond_init(&p->work, NULL) == 0) {
            if (pthread_cond_init(&p->done, NULL) == 0)
                return p;
            pthread_cond_destroy(&p->work);
        }
        pthread_mutex_destroy(&p->lock);
    }
    free_blocks(p);
    free(p);
    return NULL;
}

/* The thread: inserts each block handed to it in turn, until told to stop; after a block
 * whose rows were not all new it waits until that block is finished. */
static void *pipe_main(void *arg)
{
    struct import_pipe *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (!p->stop && (p->hold || p->inserted == p->handed))
            pthread_cond_wait(&p->work, &p->lock);
        size_t k = p->inserted;
        int stop = p->stop;
        pthread_mutex_unlock(&p->lock);
        if (stop)
            return NULL;
        const struct pipe_block *b = p->blocks[k % PIPE_BLOCKS];
        long added = p->ops->insert(p->store, b, &p->e);
        pthread_mutex_lock(&p->lock);
        p->added[k % PIPE_BLOCKS] = added;
        p->hold = added != (long)b->n;
        p->inserted = k + 1;
        pthread_mutex_unlock(&p->lock);
        pthread_cond_signal(&p->done);
    }
}

/* Finishes block b, whose insert gave added (ops->finish), and empties it; a failure stays.
 * 0, or -1 with e set. */
static int finish(struct import_pipe *p, struct pipe_block *b, long added, struct px_err *e)
{
    p->finishing = 1;
    int rc = p->ops->finish(p->ctx, b, added, e);
    p->finishing = 0;
    b->n = b->used = 0;
    if (rc) {
        p->failed = 1;
        p->fault = *e;
    }
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

/* Waits for the thread to insert the oldest block handed over and not finished, finishes it
 * and, when the thread waits for that, lets it go on.  0, or -1 with e set. */
static int finish_oldest(struct import_pipe *p, struct px_err *e)
{
    size_t k = p->finished++;
    pthread_mutex_lock(&p->lock);
    while (p->inserted <= k)
        pthread_cond_wait(&p->done, &p->lock);
    long added = p->added[k % PIPE_BLOCKS];
    int held = p->hold && p->inserted == k + 1;
    pthread_mutex_unlock(&p->lock);
    if (added < 0)
        *e = p->e;
    if (finish(p, p->blocks[k % PIPE_BLOCKS], added, e))
        return -1;
    if (held) {
        pthread_mutex_lock(&p->lock);
        p->hold = 0;
        pthread_mutex_unlock(&p->lock);
        pthread_cond_signal(&p->work);
    }
    return 0;
}

/* Hands the block being filled over to the thread and makes the next one free to fill,
 * finishing the block that held it; without a thread, inserts and finishes the block here.
 * 0, or -1 with e set. */
static int send_block(struct import_pipe *p, struct px_err *e)
{
    struct pipe_block *full = p->blocks[p->handed % PIPE_BLOCKS];
    if (!p->started)
        p->started = pthread_create(&p->thread, NULL, pipe_main, p) == 0 ? 1 : -1;
    if (p->started < 0)
        return insert_here(p, full, e);
    ready(p, full);
    pthread_mutex_lock(&p->lock);
    p->handed++;
    pthread_mutex_unlock(&p->lock);
    pthread_cond_signal(&p->work);
    return p->handed - p->finished < PIPE_BLOCKS ? 0 : finish_oldest(p, e);
}

/* The rows of the block being filled at which it is handed over: PIPE_FIRST_ROWS for the
 * first, twice as many for each next one, up to PIPE_ROWS (at once without a thread). */
static size_t block_rows(const struct import_pipe *p)
{
    if (p->started < 0 || p->handed >= 3)
        return PIPE_ROWS;
    return (size_t)PIPE_FIRST_ROWS << p->handed;
}

struct pipe_block *import_pipe_room(struct import_pipe *p, size_t need, struct px_err *e)
{
    if (p->failed) {
        *e = p->fault;
        return NULL;
    }
    struct pipe_block *b = p->blocks[p->handed % PIPE_BLOCKS];
    if (b->n && (b->n >= block_rows(p) || need > PIPE_TEXT - b->used) && send_block(p, e))
        return NULL;
    return p->blocks[p->handed % PIPE_BLOCKS];
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
    if (p->failed) {
        *e = p->fault;
        return -1;
    }
    while (p->finished < p->handed)
        if (finish_oldest(p, e))
            return -1;
    return insert_here(p, p->blocks[p->handed % PIPE_BLOCKS], e);
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
    free_blocks(p);
    free(p);
}
