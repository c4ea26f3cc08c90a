/* import_fact_blocks.c — the new facts of a facts file, inserted a block of BLOCK_ROWS at a
 * time by a second thread, FACTS_PER_STATEMENT to a statement, while this thread reads and
 * checks the next block (the connection is shared statement by statement: this thread's
 * lookups wait for the statement under way, the inserting thread waits for them).  A block's
 * rows are then finished here, in file order: each says its warning, and each whose fact the
 * database held already (from an earlier import, or from an earlier line: a repeat) is taken
 * alone (import_fact_store).  Without a thread the blocks are inserted here.
 * Provides import_fact_wait(), import_flush_facts(), import_hold_store(), import_stop_facts().
 * Uses: pthread, import_impl.h, store.h (store_add_facts, store_fact_stored_by), i18n.h
 * (messages). */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "import_impl.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* The rows a block of new facts holds, and the bytes of text it keeps for them (their unit,
 * fact, note, source and warning). */
enum { BLOCK_ROWS = 32 * FACTS_PER_STATEMENT, BLOCK_TEXT = 1 << 17 };

/* New facts waiting to be inserted, with what their rows need if one is not new. */
struct fact_block {
    size_t n, used;
    struct fact_row rows[BLOCK_ROWS];
    struct fact_value values[BLOCK_ROWS];
    struct {
        struct cell fact, value; /* their places (the texts are the row's) */
        int valued;              /* 1 with a warning in why */
        const char *why;
    } at[BLOCK_ROWS];
    char text[BLOCK_TEXT];
};

/* Two blocks: one the rows are added to while a thread inserts the other, a statement at a
 * time; between statements this thread may have the connection (import_hold_store), which
 * the inserting thread then waits for. */
struct fact_pending {
    struct fact_block blocks[2];
    struct fact_block *filling, *writing; /* writing: the thread's block, while busy */
    int busy;                             /* the thread runs */
    int finishing;                        /* a block's rows are being finished: no flush */
    pthread_t thread;
    pthread_mutex_t lock;  /* guards the two flags below */
    pthread_cond_t turn;   /* signalled when either changes */
    int inserting, wanted; /* the thread is in a statement; this thread holds or waits */
    struct store *store;
    long added;        /* the thread's outcome: facts added, or -1 with e */
    struct px_err e;
};

/* Takes the rows of block b after its insert (added facts of its b->n): each that stored
 * its fact says its warning; each whose fact was stored already is taken alone (fact_store).
 * The block is empty afterwards.  0, or -1 with e set. */
static int finish_block(struct importer *im, struct fact_block *b, long added, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    int rc = added < 0 ? -1 : 0;
    p->finishing = 1; /* a refusal here must not write the rows after it */
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        int own = (size_t)added == b->n ? 1 : added ? store_fact_stored_by(im->store, &b->rows[i], e) : 0;
        struct cell unit = {b->rows[i].unit, b->at[i].fact.line, 1};
        rc = own < 0 ? -1
             : own   ? import_fact_warn(im, &b->at[i].value, b->at[i].valued, b->at[i].why)
                     : import_fact_store(im, &unit, &b->at[i].fact, &b->at[i].value, &b->rows[i],
                                         &b->values[i], b->at[i].valued, b->at[i].why, 0, e);
    }
    p->finishing = 0;
    b->n = b->used = 0;
    return rc;
}

/* The thread: inserts p->writing a statement at a time, holding the lock for each. */
static void *insert_block(void *arg)
{
    struct fact_pending *p = arg;
    const struct fact_block *b = p->writing;
    long added = 0;
    for (size_t done = 0; done < b->n && added >= 0; done += FACTS_PER_STATEMENT) {
        size_t n = b->n - done < FACTS_PER_STATEMENT ? b->n - done : FACTS_PER_STATEMENT;
        pthread_mutex_lock(&p->lock);
        while (p->wanted)
            pthread_cond_wait(&p->turn, &p->lock);
        p->inserting = 1;
        pthread_mutex_unlock(&p->lock);
        long got = store_add_facts(p->store, b->rows + done, b->values + done, n, &p->e);
        pthread_mutex_lock(&p->lock);
        p->inserting = 0;
        pthread_cond_broadcast(&p->turn);
        pthread_mutex_unlock(&p->lock);
        added = got < 0 ? -1 : added + got;
    }
    p->added = added;
    return NULL;
}

/* Waits for the thread's block and finishes it (finish_block).  0, or -1 with e set. */
static int wait_block(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (!p || !p->busy)
        return 0;
    pthread_join(p->thread, NULL);
    p->busy = 0;
    if (p->added < 0)
        *e = p->e;
    return finish_block(im, p->writing, p->added, e);
}

void import_hold_store(struct importer *im, int hold)
{
    struct fact_pending *p = im->pending;
    if (!p || !p->busy)
        return;
    pthread_mutex_lock(&p->lock);
    p->wanted = hold;
    while (hold && p->inserting) /* the statement under way ends first */
        pthread_cond_wait(&p->turn, &p->lock);
    if (!hold)
        pthread_cond_broadcast(&p->turn);
    pthread_mutex_unlock(&p->lock);
}

int import_flush_facts(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (!p || p->finishing)
        return 0;
    if (wait_block(im, e))
        return -1;
    struct fact_block *b = p->filling;
    return b->n ? finish_block(im, b, store_add_facts(im->store, b->rows, b->values, b->n, e), e)
                : 0;
}

void import_stop_facts(struct importer *im)
{
    struct fact_pending *p = im->pending;
    if (!p)
        return;
    if (p->busy)
        pthread_join(p->thread, NULL); /* after a fault: its outcome no longer matters */
    pthread_cond_destroy(&p->turn);
    pthread_mutex_destroy(&p->lock);
    free(p);
    im->pending = NULL;
}

/* Hands the full block to the thread (once it is done with the other) and fills the other;
 * without a thread, inserts it here.  0, or -1 with e set. */
static int hand_off(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (wait_block(im, e))
        return -1;
    p->writing = p->filling;
    p->filling = p->filling == &p->blocks[0] ? &p->blocks[1] : &p->blocks[0];
    if (pthread_create(&p->thread, NULL, insert_block, p) == 0) {
        p->busy = 1;
        return 0;
    }
    p->filling = p->writing;
    return import_flush_facts(im, e);
}

/* A copy of text among the block's (room checked by the caller). */
static const char *keep(struct fact_block *b, const char *text)
{
    char *copy = b->text + b->used;
    b->used = (size_t)(stpcpy(copy, text) - b->text) + 1;
    return copy;
}

/* The importer's blocks, made on the first new fact; NULL after setting e. */
static struct fact_pending *pending(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (p)
        return p;
    if (!(p = calloc(1, sizeof *p)) || pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return NULL;
    }
    if (pthread_cond_init(&p->turn, NULL) != 0) {
        pthread_mutex_destroy(&p->lock);
        free(p);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return NULL;
    }
    p->filling = &p->blocks[0];
    p->store = im->store;
    return im->pending = p;
}

int import_fact_wait(struct importer *im, const struct fact_row *row, const struct fact_value *v,
                     const struct cell *fact, const struct cell *value, int valued,
                     const char *why, struct px_err *e)
{
    struct fact_pending *p = pending(im, e);
    if (!p)
        return -1;
    size_t need = strlen(row->unit) + strlen(row->name) + (row->note ? strlen(row->note) : 0) +
                  strlen(row->source) + (valued > 0 ? strlen(why) : 0) + 5;
    if (p->filling->n && (p->filling->n == BLOCK_ROWS || need > BLOCK_TEXT - p->filling->used) &&
        hand_off(im, e))
        return -1;
    struct fact_block *b = p->filling;
    int alone = need > BLOCK_TEXT - b->used; /* too long to keep: inserted at once, uncopied */
    size_t i = b->n++;
    b->rows[i] = alone ? *row
                       : (struct fact_row){keep(b, row->unit), keep(b, row->name), row->year,
                                           row->note ? keep(b, row->note) : NULL,
                                           keep(b, row->source), 0, row->line};
    b->values[i] = *v;
    b->at[i].fact = (struct cell){b->rows[i].name, fact->line, fact->column};
    b->at[i].value = (struct cell){"", value->line, value->column};
    b->at[i].valued = valued;
    b->at[i].why = valued > 0 ? alone ? why : keep(b, why) : NULL;
    return alone ? import_flush_facts(im, e) : 0;
}
