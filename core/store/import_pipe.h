/* import_pipe.h — the rows an import inserts in bulk, a block at a time, by one second thread
 * while this one reads and checks the next blocks: the new facts of a facts file
 * (import_fact_blocks.c) and the answers of the survey (import_survey.c).  Three blocks: the
 * import fills one while the thread inserts another and the third waits for it, so the
 * thread goes from block to block without waiting for this one.  The thread is started with
 * the first block (a small one, so it starts early) and fed block after block until the
 * import ends; it alone uses the connection while it inserts, so the import must not touch
 * the database from handing a block over (import_pipe_room) until import_pipe_flush: what
 * its rows need to know is read before they start.  Each block is finished here once
 * inserted, in file order (its warnings said, a row whose key the database held already taken
 * alone); the thread waits while a block of rows not all new is finished.  Where no thread can
 * be started, each block is inserted and finished here.
 * Provides struct pipe_block, struct pipe_ops, import_pipe_new(), import_pipe_room(),
 * import_pipe_keep(), import_pipe_flush(), import_pipe_free().  Uses: store.h, diag.h. */
#ifndef PARIDX_IMPORT_PIPE_H
#define PARIDX_IMPORT_PIPE_H

#include <stddef.h>

#include "diag.h"
#include "store.h"

/* The rows a block holds (32 statements of 32), and the bytes of text it keeps for them. */
enum { PIPE_ROWS = 1024, PIPE_TEXT = 1 << 17 };

/* A block: its rows in the kind's own arrays, their texts copied into text. */
struct pipe_block {
    size_t n;    /* rows added, at most PIPE_ROWS */
    size_t used; /* bytes of text kept */
    void *rows;  /* the kind's arrays of PIPE_ROWS rows (import_pipe_new's rows_size bytes) */
    char text[PIPE_TEXT];
};

/* What one kind of rows does with a block. */
struct pipe_ops {
    /* Inserts the block's rows into s (in the thread, or here without one): how many were
     * new, or -1 with e set. */
    long (*insert)(struct store *s, const struct pipe_block *b, struct px_err *e);
    /* Finishes the block's rows here after their insert (added: insert's outcome; -1 with e
     * set), in file order.  0, or -1 with e set.  The block is emptied afterwards.  When every
     * row was new (added == b->n) it must not touch the database: the thread may be
     * inserting a later block meanwhile. */
    int (*finish)(void *ctx, const struct pipe_block *b, long added, struct px_err *e);
    /* NULL, or readies a full block for its insert here, before the thread has it (the
     * facts put a copy of their rows in key order). */
    void (*ready)(struct pipe_block *b);
};

struct import_pipe;

/* Three empty blocks whose rows take rows_size bytes each (not cleared: each row is written
 * before it is read), handed to ops with ctx; NULL when out of memory.  No thread runs yet. */
struct import_pipe *import_pipe_new(struct store *s, const struct pipe_ops *ops, void *ctx,
                                    size_t rows_size);

/* The block to add a row to whose texts take `need` bytes: the one being filled, or, when it
 * has its rows or lacks the room, the next, once this one is handed over to the thread
 * (started the first time; without a thread it is inserted and finished here) and the block
 * the next one held is inserted and finished.  A row needing more than the block's room
 * (need > PIPE_TEXT - used) is added uncopied, and import_pipe_flush must follow it.  NULL
 * with e set (by an earlier block, or this one without a thread; once a block has failed,
 * every call says its failure). */
struct pipe_block *import_pipe_room(struct import_pipe *p, size_t need, struct px_err *e);

/* A copy of text in b's text (the room asked of import_pipe_room). */
const char *import_pipe_keep(struct pipe_block *b, const char *text);

/* Waits for the thread's blocks and finishes them, then inserts and finishes the block being
 * filled here: every row added so far is in the database, and the connection is this
 * thread's until a block is handed over again.  Nothing while a block is being finished (a
 * refusal there must not write the rows after it), nor when p is NULL.  0, or -1 with e
 * set (once a block has failed, its failure). */
int import_pipe_flush(struct import_pipe *p, struct px_err *e);

/* Ends the thread (after the block it may still be inserting, whose outcome no longer
 * matters) and frees p; NULL is fine. */
void import_pipe_free(struct import_pipe *p);

#endif
