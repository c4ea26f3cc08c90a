/* store_facts.c — every unit's facts of one year read by one prepared statement (see store.h):
 * a cursor over `SELECT … FROM fact WHERE year = ? ORDER BY unit, name`, which walks the fact
 * table in its primary key's order once, handed out one unit at a time in code order.  It
 * reads names and values, not where each fact came from (source, at, note: the last
 * columns of a row, which SQLite would decode for every fact); store_facts gives them.  The
 * names of a unit's facts live in one buffer the cursor reuses, so reading a unit allocates
 * nothing once the buffers have grown to the largest unit.
 * Uses: libsqlite3, store_impl.h, fact.h, vec.h, i18n.h (messages). */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_impl.h"
#include "vec.h"

/* The columns of a fact row. */
enum { COL_UNIT, COL_NAME, COL_TYPE, COL_NUM, COL_TEXT };

struct store_fact_cursor {
    struct store *s;
    sqlite3_stmt *st;
    int rc;                 /* the last step's code: SQLITE_ROW while a row waits */
    struct fact_info *facts; /* the current unit's */
    size_t cap;
    size_t *offsets; /* per fact: where its name starts in text */
    size_t ocap;
    char *text; /* the current unit's names, one after another */
    size_t used, tcap;
};

int store_facts_open(struct store *s, int year, struct store_fact_cursor **out, struct px_err *e)
{
    static const char *const step = N_("read the facts");
    *out = NULL;
    struct store_fact_cursor *c = calloc(1, sizeof *c);
    if (!c) {
        px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), s->name, step);
        return -1;
    }
    c->s = s;
    c->st = store_stmt(s, STMT_FACTS_ALL,
                       /* the key's order, so no sort: "+year" keeps SQLite from treating
                        * year = ? as a constraint that leaves a sort for name per unit */
                       "SELECT unit, name, type, num, text FROM fact "
                       "WHERE +year = ?1 ORDER BY unit, year, name",
                       e);
    if (!c->st || store_bound(s, c->st, sqlite3_bind_int(c->st, 1, year), step, e)) {
        free(c);
        return -1;
    }
    c->rc = sqlite3_step(c->st);
    *out = c;
    if (c->rc == SQLITE_ROW || c->rc == SQLITE_DONE)
        return 0;
    store_fail(s, e, step, c->rc, sqlite3_sql(c->st));
    store_facts_close(c);
    *out = NULL;
    return -1;
}

/* Copies the current row's name (NOT NULL) into the buffer at *offset. */
static int keep_name(struct store_fact_cursor *c, size_t *offset)
{
    const char *t = (const char *)sqlite3_column_text(c->st, COL_NAME);
    size_t len = (size_t)sqlite3_column_bytes(c->st, COL_NAME) + 1;
    if (vec_reserve(c->text, c->tcap, c->used + len) != 0)
        return -1;
    memcpy(c->text + c->used, t, len);
    *offset = c->used;
    c->used += len;
    return 0;
}

int store_facts_unit(struct store_fact_cursor *c, const char *unit, struct fact_info **facts,
                     size_t *n, struct px_err *e)
{
    static const char *const step = N_("read the facts");
    *facts = NULL;
    *n = 0;
    c->used = 0;
    int cmp = 0;
    /* Facts of units not asked for (a kind the index does not assess) are passed over. */
    while (c->rc == SQLITE_ROW &&
           (cmp = strcmp((const char *)sqlite3_column_text(c->st, COL_UNIT), unit)) <= 0) {
        if (cmp == 0) {
            if (vec_reserve(c->facts, c->cap, *n + 1) != 0 ||
                vec_reserve(c->offsets, c->ocap, *n + 1) != 0) {
                px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), c->s->name, step);
                return -1;
            }
            struct fact_info *f = &c->facts[*n];
            if (keep_name(c, &c->offsets[*n]) != 0) {
                px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), c->s->name, step);
                return -1;
            }
            f->source = f->at = f->note = NULL;
            if (store_column_fact(c->st, COL_TYPE, &f->value) != 0) {
                px_err_set(e, PX_DATA, _("%s: the fact %s/%s has an unknown type '%s'"), c->s->name,
                           unit, (const char *)sqlite3_column_text(c->st, COL_NAME),
                           (const char *)sqlite3_column_text(c->st, COL_TYPE));
                return -1;
            }
            (*n)++;
        }
        c->rc = sqlite3_step(c->st);
    }
    if (c->rc != SQLITE_ROW && c->rc != SQLITE_DONE) {
        store_fail(c->s, e, step, c->rc, sqlite3_sql(c->st));
        return -1;
    }
    /* The buffer has stopped moving: the names' offsets become pointers. */
    for (size_t i = 0; i < *n; i++)
        c->facts[i].name = c->text + c->offsets[i];
    *facts = c->facts;
    return 0;
}

void store_facts_close(struct store_fact_cursor *c)
{
    if (!c)
        return;
    store_release(c->st);
    free(c->facts);
    free(c->offsets);
    free(c->text);
    free(c);
}
