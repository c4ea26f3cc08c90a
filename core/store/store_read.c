/* store_read.c — reading units and facts back (see store.h): whether a unit exists, whether
 * one is under another, all units in code order, one unit's facts of a year in name order
 * with their note, where and when each came from (the view fact_origin).
 * Uses: libsqlite3, store_impl.h, fact.h, vec.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "store_impl.h"
#include "vec.h"
#include "i18n.h"

int store_has_unit(struct store *s, const char *code, struct px_err *e)
{
    static const char *const step = N_("look up a unit");
    sqlite3_stmt *st = store_stmt(s, STMT_UNIT_HAS, "SELECT 1 FROM unit WHERE code = ?1", e);
    if (!st || store_bound(s, st, store_bind_text(st, 1, code), step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    store_release(st);
    return found;
}

char *store_column_dup(sqlite3_stmt *st, int i, int *failed)
{
    const char *text = (const char *)sqlite3_column_text(st, i);
    char *copy = text ? strdup(text) : NULL;
    if (text && !copy)
        *failed = 1;
    return copy;
}

int store_finish_listing(struct store *s, sqlite3_stmt *st, int rc, int failed,
                          const char *step, struct px_err *e)
{
    if (failed)
        px_err_set(e, PX_SYSTEM, _("%s: cannot %s: out of memory"), s->name, _(step));
    else if (rc != SQLITE_DONE)
        store_fail(s, e, step, rc, sqlite3_sql(st));
    store_release(st);
    return failed || rc != SQLITE_DONE ? -1 : 0;
}

int store_units(struct store *s, struct unit_info **out, size_t *n, struct px_err *e)
{
    static const char *const step = N_("list the units");
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_stmt(
        s, STMT_UNITS, "SELECT code, name, kind, parent FROM unit ORDER BY code", e);
    if (!st)
        return -1;
    size_t cap = 0;
    int rc = SQLITE_DONE, failed = 0;
    while (!failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (vec_reserve(*out, cap, *n + 1)) {
            failed = 1;
            break;
        }
        struct unit_info *u = &(*out)[(*n)++];
        u->code = store_column_dup(st, 0, &failed);
        u->name = store_column_dup(st, 1, &failed);
        u->kind = store_column_dup(st, 2, &failed);
        u->parent = store_column_dup(st, 3, &failed);
    }
    if (store_finish_listing(s, st, rc, failed, step, e) == 0)
        return 0;
    store_free_units(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}

void store_free_units(struct unit_info *u, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(u[i].code);
        free(u[i].name);
        free(u[i].kind);
        free(u[i].parent);
    }
    free(u);
}

int store_facts(struct store *s, const char *unit, int year, struct fact_info **out, size_t *n,
                struct px_err *e)
{
    static const char *const step = N_("list the facts of a unit");
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_stmt(
        s, STMT_FACTS,
        "SELECT name, type, num, text, source, at, note FROM fact_origin WHERE unit = ?1 "
        "AND year = ?2 ORDER BY name",
        e);
    if (!st)
        return -1;
    int bound = store_bind_text(st, 1, unit);
    if (store_bound(s, st, bound ? bound : sqlite3_bind_int(st, 2, year), step, e))
        return -1;
    size_t cap = 0;
    int rc = SQLITE_DONE, failed = 0, bad_type = 0;
    while (!failed && !bad_type && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (vec_reserve(*out, cap, *n + 1)) {
            failed = 1;
            break;
        }
        struct fact_info *f = &(*out)[(*n)++];
        f->name = store_column_dup(st, 0, &failed);
        f->source = store_column_dup(st, 4, &failed);
        f->at = store_column_dup(st, 5, &failed);
        f->note = store_column_dup(st, 6, &failed);
        bad_type = store_column_fact(st, 1, &f->value) != 0;
    }
    if (bad_type) { /* the schema's CHECK forbids it: the file was changed by hand */
        px_err_set(e, PX_DATA, _("%s: the fact %s/%s has an unknown type '%s'"), s->name, unit,
                   (*out)[*n - 1].name, (const char *)sqlite3_column_text(st, 1));
        store_release(st);
    } else if (store_finish_listing(s, st, rc, failed, step, e) == 0) {
        return 0;
    }
    store_free_facts(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}

void store_free_facts(struct fact_info *f, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(f[i].name);
        free(f[i].source);
        free(f[i].at);
        free(f[i].note);
    }
    free(f);
}

int store_unit_under(struct store *s, const char *code, const char *above, char *path,
                     size_t n, struct px_err *e)
{
    static const char *const step = N_("follow a unit's parents");
    /* Walks up from code; the depth bound ends the walk in a file whose parents already loop. */
    sqlite3_stmt *st = store_stmt(
        s, STMT_UNIT_UNDER,
        "WITH RECURSIVE up (code, path, depth) AS (SELECT ?1, ?1, 0 UNION ALL "
        "SELECT unit.parent, up.path || ' → ' || unit.parent, up.depth + 1 FROM unit "
        "JOIN up ON unit.code = up.code WHERE unit.parent IS NOT NULL AND up.depth < 10000) "
        "SELECT path FROM up WHERE code = ?2 LIMIT 1",
        e);
    const char *const key[] = {code, above};
    if (!st || store_bound(s, st, store_bind_texts(st, 1, key, 2), step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 1)
        snprintf(path, n, "%s", (const char *)sqlite3_column_text(st, 0));
    store_release(st);
    return found;
}
