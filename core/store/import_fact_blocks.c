/* import_fact_blocks.c — the new facts of a facts file, a block of BLOCK_ROWS at a time
 * through the import's pipe (import_pipe.h): a second thread inserts a block,
 * FACTS_PER_STATEMENT to a statement, while this thread reads and checks the next.  A
 * block's rows are then finished here, in file order: each says its warning, and each whose
 * fact the database held already (from an earlier import, or from an earlier line: a
 * repeat) is taken alone (import_fact_store).
 * Provides import_fact_wait(), import_flush_facts(), import_stop_facts().
 * Uses: import_impl.h, import_pipe.h, store.h (store_add_facts, store_fact_stored_by),
 * i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "import_impl.h"

#include <string.h>

#include "i18n.h"
#include "import_pipe.h"

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

/* The pipe's insert: the block's facts, FACTS_PER_STATEMENT to a statement. */
static long insert_block(struct store *s, void *block, struct px_err *e)
{
    struct fact_block *b = block;
    return store_add_facts(s, b->rows, b->values, b->n, e);
}

/* The pipe's finish: takes the rows of block b after its insert (added facts of its b->n):
 * each that stored its fact says its warning; each whose fact was stored already is taken
 * alone (import_fact_store).  The block is empty afterwards.  0, or -1 with e set. */
static int finish_block(void *ctx, void *block, long added, struct px_err *e)
{
    struct importer *im = ctx;
    struct fact_block *b = block;
    int rc = added < 0 ? -1 : 0;
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        int own = (size_t)added == b->n ? 1 : added ? store_fact_stored_by(im->store, &b->rows[i], e) : 0;
        struct cell unit = {b->rows[i].unit, b->at[i].fact.line, 1};
        rc = own < 0 ? -1
             : own   ? import_fact_warn(im, &b->at[i].value, b->at[i].valued, b->at[i].why)
                     : import_fact_store(im, &unit, &b->at[i].fact, &b->at[i].value, &b->rows[i],
                                         &b->values[i], b->at[i].valued, b->at[i].why, 0, e);
    }
    b->n = b->used = 0;
    return rc;
}

static const struct pipe_ops FACT_BLOCKS = {insert_block, finish_block};

int import_flush_facts(struct importer *im, struct px_err *e)
{
    return import_pipe_flush(im->pipe, e);
}

void import_stop_facts(struct importer *im)
{
    import_pipe_free(im->pipe);
    im->pipe = NULL;
}

/* A copy of text among the block's (room checked by the caller). */
static const char *keep(struct fact_block *b, const char *text)
{
    char *copy = b->text + b->used;
    b->used = (size_t)(stpcpy(copy, text) - b->text) + 1;
    return copy;
}

int import_fact_wait(struct importer *im, const struct fact_row *row, const struct fact_value *v,
                     const struct cell *fact, const struct cell *value, int valued,
                     const char *why, struct px_err *e)
{
    if (!im->pipe &&
        !(im->pipe = import_pipe_new(im->store, &FACT_BLOCKS, im, sizeof(struct fact_block)))) {
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return -1;
    }
    size_t need = strlen(row->unit) + strlen(row->name) + (row->note ? strlen(row->note) : 0) +
                  strlen(row->source) + (valued > 0 ? strlen(why) : 0) + 5;
    struct fact_block *b = import_pipe_block(im->pipe);
    if (b->n && (b->n == BLOCK_ROWS || need > BLOCK_TEXT - b->used)) {
        if (import_pipe_send(im->pipe, e))
            return -1;
        b = import_pipe_block(im->pipe);
    }
    int alone = need > BLOCK_TEXT - b->used; /* too long to keep: inserted at once, uncopied */
    size_t i = b->n++;
    b->rows[i] = alone ? *row
                       : (struct fact_row){keep(b, row->unit), keep(b, row->name), row->year,
                                           row->note ? keep(b, row->note) : NULL,
                                           keep(b, row->source), 0};
    b->values[i] = *v;
    b->at[i].fact = (struct cell){b->rows[i].name, fact->line, fact->column};
    b->at[i].value = (struct cell){"", value->line, value->column};
    b->at[i].valued = valued;
    b->at[i].why = valued > 0 ? alone ? why : keep(b, why) : NULL;
    return alone ? import_flush_facts(im, e) : 0;
}
