/* import_fact_blocks.c — the new facts of a facts file, a block at a time through the
 * import's pipe (import_pipe.h): a second thread inserts a block, FACTS_PER_STATEMENT to a
 * statement, while this thread reads and checks the next.  The thread inserts the block's
 * rows in the order of the fact table's key (unit, name: the year is the file's), which this
 * thread sorts as a list of the rows' places, not a copy of them: a file lists a unit's facts
 * in its form's order, and SQLite finds the place of a key that follows the one before it
 * without searching the table from its root (the inserting thread of 100 units' facts: 71.9
 * → 59.3 million instructions; the import of 1,000 units' 101,000 facts: 229 → 200 ms).
 * Rows with the same key keep their file order, so the first is the one stored.  A block's
 * rows are then finished here, in file order: each says its warning, and each whose fact the
 * database held already (from an earlier import, or from an earlier line: a repeat) is taken
 * alone (import_fact_store).
 * Provides import_fact_wait(), import_flush_facts(), import_stop_facts().
 * Uses: import_impl.h, import_pipe.h, store.h (store_add_facts, store_fact_stored_by),
 * i18n.h (messages). */
#include "import_impl.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "import_pipe.h"

/* A block's new facts, with what their rows need if one is not new (texts in the block's). */
struct fact_rows {
    struct fact_row rows[PIPE_ROWS];
    struct fact_value values[PIPE_ROWS]; /* each written as far as its text's end (fact_copy) */
    struct {
        struct cell fact, value; /* their places (the texts are the row's) */
        int valued;              /* 1 with a warning in why */
        const char *why;
    } at[PIPE_ROWS];
    /* the rows and their values in key order, for the insert (sort_facts) */
    const struct fact_row *order[PIPE_ROWS];
    const struct fact_value *value_order[PIPE_ROWS];
};

/* qsort's comparison of two rows of one unit by name (SQLite's BINARY order: bytes), then
 * by their place in the file. */
static int by_name(const void *a, const void *b)
{
    const struct fact_row *x = *(const struct fact_row *const *)a,
                          *y = *(const struct fact_row *const *)b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x > y) - (x < y);
}

/* Whether the run of len rows from row `at` names the same facts, in the same order, as the
 * run of `before_len` rows from row `before`. */
static int same_names(const struct fact_rows *r, size_t before, size_t before_len, size_t at,
                      size_t len)
{
    if (len != before_len || at == before)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (strcmp(r->rows[before + i].name, r->rows[at + i].name) != 0)
            return 0;
    return 1;
}

/* The pipe's ready: the block's rows and values put in key order.  Its runs of one unit's
 * rows (which share the unit's text: import_fact_wait) stay in file order, each sorted by
 * name; a run naming the facts of the run sorted before it, in the same order (a file lists
 * every unit's facts in its form's order), is arranged as that one was, without sorting. */
static void sort_facts(struct pipe_block *b)
{
    struct fact_rows *r = b->rows;
    size_t sorted = 0, sorted_len = 0; /* the run sorted last */
    for (size_t at = 0, end; at < b->n; at = end) {
        for (end = at + 1; end < b->n && r->rows[end].unit == r->rows[at].unit; end++)
            ;
        if (same_names(r, sorted, sorted_len, at, end - at)) {
            for (size_t i = at; i < end; i++)
                r->order[i] = r->order[sorted + i - at] + (at - sorted);
            continue;
        }
        for (size_t i = at; i < end; i++)
            r->order[i] = &r->rows[i];
        qsort(&r->order[at], end - at, sizeof r->order[0], by_name);
        sorted = at;
        sorted_len = end - at;
    }
    for (size_t i = 0; i < b->n; i++)
        r->value_order[i] = &r->values[r->order[i] - r->rows];
}

/* The pipe's insert: the block's facts in key order, FACTS_PER_STATEMENT to a statement. */
static long insert_facts(struct store *s, const struct pipe_block *b, struct px_err *e)
{
    const struct fact_rows *r = b->rows;
    return store_add_facts(s, r->order, r->value_order, b->n, e);
}

/* The pipe's finish: takes the rows of block b after its insert (added facts of its b->n):
 * each that stored its fact says its warning; each whose fact was stored already is taken
 * alone (import_fact_store).  0, or -1 with e set. */
static int finish_facts(void *ctx, const struct pipe_block *b, long added, struct px_err *e)
{
    struct importer *im = ctx;
    struct fact_rows *r = b->rows;
    int rc = added < 0 ? -1 : 0;
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        int own = (size_t)added == b->n ? 1
                  : added                ? store_fact_stored_by(im->store, &r->rows[i], e)
                                         : 0;
        struct cell unit = {r->rows[i].unit, r->at[i].fact.line, 1};
        rc = own < 0 ? -1
             : own   ? import_fact_warn(im, &r->at[i].value, r->at[i].valued, r->at[i].why)
                     : import_fact_store(im, &unit, &r->at[i].fact, &r->at[i].value, &r->rows[i],
                                         &r->values[i], r->at[i].valued, r->at[i].why, 0, e);
    }
    return rc;
}

static const struct pipe_ops FACT_BLOCKS = {insert_facts, finish_facts, sort_facts};

int import_flush_facts(struct importer *im, struct px_err *e)
{
    return import_pipe_flush(im->pipe, e);
}

void import_stop_facts(struct importer *im)
{
    import_pipe_free(im->pipe);
    im->pipe = NULL;
}

int import_fact_wait(struct importer *im, const struct fact_row *row, const struct fact_value *v,
                     const struct cell *fact, const struct cell *value, int valued,
                     const char *why, struct px_err *e)
{
    if (!im->pipe &&
        !(im->pipe = import_pipe_new(im->store, &FACT_BLOCKS, im, sizeof(struct fact_rows)))) {
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return -1;
    }
    size_t need = strlen(row->unit) + strlen(row->name) + (row->note ? strlen(row->note) : 0) +
                  strlen(row->source) + (valued > 0 ? strlen(why) : 0) + 5;
    struct pipe_block *b = import_pipe_room(im->pipe, need, e);
    if (!b)
        return -1;
    struct fact_rows *r = b->rows;
    int alone = need > PIPE_TEXT - b->used; /* too long to keep: inserted at once, uncopied */
    size_t i = b->n++;
    /* a unit's rows share the text of its code, which sort_facts then compares as a pointer */
    const char *unit = i && !alone && strcmp(r->rows[i - 1].unit, row->unit) == 0
                           ? r->rows[i - 1].unit
                           : NULL;
    r->rows[i] = alone ? *row
                       : (struct fact_row){unit ? unit : import_pipe_keep(b, row->unit),
                                           import_pipe_keep(b, row->name), row->year,
                                           row->note ? import_pipe_keep(b, row->note) : NULL,
                                           import_pipe_keep(b, row->source), 0, row->line};
    fact_copy(&r->values[i], v);
    r->at[i].fact = (struct cell){r->rows[i].name, fact->line, fact->column};
    r->at[i].value = (struct cell){"", value->line, value->column};
    r->at[i].valued = valued;
    r->at[i].why = valued > 0 ? alone ? why : import_pipe_keep(b, why) : NULL;
    return alone ? import_flush_facts(im, e) : 0;
}
