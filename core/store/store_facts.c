/* store_facts.c — every unit's facts of one year read by one prepared statement (see store.h):
 * a cursor over `SELECT … FROM fact WHERE year = ? ORDER BY unit, name`, which walks the fact
 * table in its primary key's order once, handed out one unit at a time in code order.  It
 * reads names and values, not where each fact came from (source, at, note: the last
 * columns of a row, which SQLite would decode for every fact); store_facts gives them.  The
 * names of a unit's facts live in one buffer the cursor reuses, so reading a unit allocates
 * nothing once the buffers have grown to the largest unit.  In a file whose write
 * transaction the connection holds (a stored run), a thread reads ahead on a second
 * connection (store_facts_ahead.c) while the caller scores.
 * Uses: libsqlite3, store_impl.h, fact.h, vec.h, i18n.h (messages). */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_impl.h"
#include "vec.h"

/* The columns of a fact row. */
enum { COL_UNIT, COL_NAME, COL_TYPE, COL_NUM, COL_TEXT };

static const char *const STEP = N_("read the facts");

struct store_fact_cursor {
    struct store *s;
    struct facts_ahead *ahead; /* the thread reading ahead, or NULL: read here */
    const struct fact_batch *waiting; /* ahead: the next unit's, not yet asked for */
    int ahead_done;                   /* ahead: no unit after `waiting` */
    sqlite3_stmt *st;
    int rc;                 /* the last step's code: SQLITE_ROW while a row waits */
    struct fact_batch batch; /* the current unit's, read here */
};

sqlite3_stmt *store_facts_statement(struct store *s, int year, int *rc, struct px_err *e)
{
    sqlite3_stmt *st = store_stmt(s, STMT_FACTS_ALL,
                                  /* the key's order, so no sort: "+year" keeps SQLite from
                                   * treating year = ? as a constraint that leaves a sort for
                                   * name per unit */
                                  "SELECT unit, name, type, num, text FROM fact "
                                  "WHERE +year = ?1 ORDER BY unit, year, name",
                                  e);
    if (!st || store_bound(s, st, sqlite3_bind_int(st, 1, year), STEP, e))
        return NULL;
    *rc = sqlite3_step(st);
    return st;
}

/* Copies column col of st's row (NOT NULL) into b's text; its offset in *offset. */
static int keep_text(struct fact_batch *b, sqlite3_stmt *st, int col, size_t *offset)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    size_t len = (size_t)sqlite3_column_bytes(st, col) + 1;
    if (!t || vec_reserve(b->text, b->tcap, b->used + len) != 0)
        return -1;
    memcpy(b->text + b->used, t, len);
    *offset = b->used;
    b->used += len;
    return 0;
}

int store_fact_batch_fill(struct store *s, sqlite3_stmt *st, int *rc, struct fact_batch *b,
                          struct px_err *e)
{
    size_t unit;
    b->n = b->used = 0;
    if (keep_text(b, st, COL_UNIT, &unit) != 0) {
        px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), s->name, _(STEP));
        return -1;
    }
    do {
        if (vec_reserve(b->facts, b->cap, b->n + 1) != 0 ||
            vec_reserve(b->offsets, b->ocap, b->n + 1) != 0 ||
            keep_text(b, st, COL_NAME, &b->offsets[b->n]) != 0) {
            px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), s->name, _(STEP));
            return -1;
        }
        struct fact_info *f = &b->facts[b->n];
        f->source = f->at = f->note = NULL;
        if (store_column_fact(st, COL_TYPE, &f->value) != 0) {
            px_err_set(e, PX_DATA, _("%s: the fact %s/%s has an unknown type '%s'"), s->name,
                       b->text + unit, (const char *)sqlite3_column_text(st, COL_NAME),
                       (const char *)sqlite3_column_text(st, COL_TYPE));
            return -1;
        }
        b->n++;
        *rc = sqlite3_step(st);
    } while (*rc == SQLITE_ROW &&
             strcmp((const char *)sqlite3_column_text(st, COL_UNIT), b->text + unit) == 0);
    /* The buffer has stopped moving: the names' offsets become pointers. */
    for (size_t i = 0; i < b->n; i++)
        b->facts[i].name = b->text + b->offsets[i];
    return 0;
}

void store_fact_batch_free(struct fact_batch *b)
{
    free(b->facts);
    free(b->offsets);
    free(b->text);
    memset(b, 0, sizeof *b);
}

int store_facts_open(struct store *s, int year, struct store_fact_cursor **out, struct px_err *e)
{
    *out = NULL;
    struct store_fact_cursor *c = calloc(1, sizeof *c);
    if (!c) {
        px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), s->name, _(STEP));
        return -1;
    }
    c->s = s;
    int ahead = store_facts_ahead_start(s, year, &c->ahead, e);
    if (ahead < 0) {
        free(c);
        return -1;
    }
    if (ahead) {
        *out = c;
        return 0;
    }
    if (!(c->st = store_facts_statement(s, year, &c->rc, e))) {
        free(c);
        return -1;
    }
    *out = c;
    if (c->rc == SQLITE_ROW || c->rc == SQLITE_DONE)
        return 0;
    store_fail(s, e, STEP, c->rc, sqlite3_sql(c->st));
    store_facts_close(c);
    *out = NULL;
    return -1;
}

/* store_facts_unit from the thread reading ahead: batches of units before unit are passed
 * over; a batch of a later unit waits for its turn. */
static int unit_ahead(struct store_fact_cursor *c, const char *unit, struct fact_info **facts,
                      size_t *n, struct px_err *e)
{
    int cmp = -1;
    while (!c->ahead_done) {
        if (!c->waiting) {
            if (store_facts_ahead_next(c->ahead, &c->waiting, e) != 0)
                return -1;
            if (!c->waiting) {
                c->ahead_done = 1;
                break;
            }
        }
        if ((cmp = strcmp(c->waiting->text, unit)) >= 0)
            break;
        c->waiting = NULL; /* a unit not asked for */
    }
    if (c->ahead_done || cmp > 0)
        return 0;
    *facts = c->waiting->facts;
    *n = c->waiting->n;
    c->waiting = NULL; /* handed out: valid until the next call asks the thread again */
    return 0;
}

int store_facts_unit(struct store_fact_cursor *c, const char *unit, struct fact_info **facts,
                     size_t *n, struct px_err *e)
{
    *facts = NULL;
    *n = 0;
    if (c->ahead)
        return unit_ahead(c, unit, facts, n, e);
    int cmp = -1;
    /* Facts of units not asked for (a kind the index does not assess) are passed over. */
    while (c->rc == SQLITE_ROW &&
           (cmp = strcmp((const char *)sqlite3_column_text(c->st, COL_UNIT), unit)) < 0)
        c->rc = sqlite3_step(c->st);
    if (c->rc == SQLITE_ROW && cmp == 0 &&
        store_fact_batch_fill(c->s, c->st, &c->rc, &c->batch, e) != 0)
        return -1;
    if (c->rc != SQLITE_ROW && c->rc != SQLITE_DONE) {
        store_fail(c->s, e, STEP, c->rc, sqlite3_sql(c->st));
        return -1;
    }
    if (cmp == 0) {
        *facts = c->batch.facts;
        *n = c->batch.n;
    }
    return 0;
}

void store_facts_close(struct store_fact_cursor *c)
{
    if (!c)
        return;
    store_facts_ahead_stop(c->ahead);
    store_release(c->st);
    store_fact_batch_free(&c->batch);
    free(c);
}
