/* store_known.c — what an import reads once when it starts, so that its rows need not ask
 * the database while a second thread inserts (see store.h, store_known()): every unit's
 * code, the units whose results of a year are closed with when, the respondents of a year
 * with their survey group.  Each is one SELECT in code order, prepared for this one use.
 * Uses: libsqlite3, store_impl.h (errors, listings), i18n.h (the steps' names). */
#include "store.h"

#include "i18n.h"
#include "store_impl.h"

int store_known(struct store *s, enum store_known what, int year,
                int (*fn)(void *ud, const char *code, const char *text), void *ud,
                struct px_err *e)
{
    static const struct {
        const char *sql, *step;
    } READS[] = {
        [KNOWN_UNITS] = {"SELECT code, NULL FROM unit ORDER BY code",
                         N_("list the units")},
        [KNOWN_CLOSED] = {"SELECT unit, at FROM unit_closed WHERE year = ?1 ORDER BY unit",
                          N_("list the units whose results are closed")},
        [KNOWN_RESPONDENTS] = {"SELECT code, grp FROM respondent WHERE year = ?1 ORDER BY code",
                               N_("list the respondents")},
    };
    const char *sql = READS[what].sql, *step = READS[what].step;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, step, rc, sql);
    rc = sqlite3_bind_parameter_count(st) ? sqlite3_bind_int(st, 1, year) : SQLITE_OK;
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return store_fail(s, e, step, rc, sql);
    }
    int failed = 0;
    while (!failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *code = (const char *)sqlite3_column_text(st, 0); /* NULL: out of memory */
        const char *text = (const char *)sqlite3_column_text(st, 1);
        failed = !code || (!text && sqlite3_column_type(st, 1) != SQLITE_NULL) ||
                 fn(ud, code, text) != 0;
    }
    rc = store_finish_listing(s, st, failed ? SQLITE_DONE : rc, failed, step, e);
    sqlite3_finalize(st);
    return rc;
}
