/* import_pipe.h — the rows an import inserts in bulk, a block at a time, by one second thread
 * while this one reads and checks the next block: the new facts of a facts file
 * (import_fact_blocks.c) and the answers of the survey (import_survey.c).  Two blocks: the
 * import fills one while the thread inserts the other.  The thread is started with the first
 * full block and fed block after block until the import ends; it alone uses the connection
 * while it inserts, so the import must not touch the database between handing a block over
 * and import_pipe_flush (what its rows need to know is read before they start).  Each block
 * is finished here once inserted, in file order (its warnings said, a row whose key the
 * database held already taken alone).  Where no thread can be started, each block is
 * inserted and finished here.
 * Provides struct pipe_ops, import_pipe_new(), import_pipe_block(), import_pipe_send(),
 * import_pipe_flush(), import_pipe_free().  Uses: store.h, diag.h. */
#ifndef PARIDX_IMPORT_PIPE_H
#define PARIDX_IMPORT_PIPE_H

#include <stddef.h>

#include "diag.h"
#include "store.h"

/* What one kind of rows does with a block of its own layout. */
struct pipe_ops {
    /* Inserts the block's rows into s (in the thread, or here without one): how many were
     * new, or -1 with e set. */
    long (*insert)(struct store *s, void *block, struct px_err *e);
    /* Finishes the block's rows here after their insert (added: insert's outcome; -1 with e
     * set), in file order, and empties the block.  0, or -1 with e set. */
    int (*finish)(void *ctx, void *block, long added, struct px_err *e);
};

struct import_pipe;

/* Two zeroed blocks of `size` bytes for the rows, handed to ops with ctx; NULL when out of
 * memory.  No thread runs yet. */
struct import_pipe *import_pipe_new(struct store *s, const struct pipe_ops *ops, void *ctx,
                                    size_t size);

/* The block the rows are added to. */
void *import_pipe_block(struct import_pipe *p);

/* Hands the full block over to the thread (started the first time) once the block before it
 * is inserted and finished, and makes the other block the one to fill, emptied; without a
 * thread, inserts and finishes it here.  0, or -1 with e set (by that earlier block, or this
 * one without a thread). */
int import_pipe_send(struct import_pipe *p, struct px_err *e);

/* Waits for the thread's block and finishes it, then inserts and finishes the block being
 * filled here: every row added so far is in the database, and the connection is this
 * thread's until the next import_pipe_send.  Nothing while a block is being finished (a
 * refusal there must not write the rows after it), nor when p is NULL.  0, or -1 with e
 * set. */
int import_pipe_flush(struct import_pipe *p, struct px_err *e);

/* Ends the thread (after the block it may still be inserting, whose outcome no longer
 * matters) and frees p; NULL is fine. */
void import_pipe_free(struct import_pipe *p);

#endif
