/* store_query.c — one read-only SELECT with bound parameters, for the Lua db module and the
 * REPL (see store.h).  An authorizer, set only while the statement is prepared, lets through
 * reading and nothing else and says what it refused; a second statement is refused by name;
 * a progress handler polls the caller's interrupt while the query runs.
 * Uses: libsqlite3, store_impl.h. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_impl.h"

/* What the authorizer refused (SQLite stops at the first refusal), for the message. */
struct guard {
    const char *refused;
};

static const char *const ACTIONS[] = {
    [SQLITE_CREATE_INDEX] = "CREATE INDEX",
    [SQLITE_CREATE_TABLE] = "CREATE TABLE",
    [SQLITE_CREATE_TEMP_INDEX] = "CREATE TEMP INDEX",
    [SQLITE_CREATE_TEMP_TABLE] = "CREATE TEMP TABLE",
    [SQLITE_CREATE_TEMP_TRIGGER] = "CREATE TEMP TRIGGER",
    [SQLITE_CREATE_TEMP_VIEW] = "CREATE TEMP VIEW",
    [SQLITE_CREATE_TRIGGER] = "CREATE TRIGGER",
    [SQLITE_CREATE_VIEW] = "CREATE VIEW",
    [SQLITE_DELETE] = "DELETE",
    [SQLITE_DROP_INDEX] = "DROP INDEX",
    [SQLITE_DROP_TABLE] = "DROP TABLE",
    [SQLITE_DROP_TEMP_INDEX] = "DROP TEMP INDEX",
    [SQLITE_DROP_TEMP_TABLE] = "DROP TEMP TABLE",
    [SQLITE_DROP_TEMP_TRIGGER] = "DROP TEMP TRIGGER",
    [SQLITE_DROP_TEMP_VIEW] = "DROP TEMP VIEW",
    [SQLITE_DROP_TRIGGER] = "DROP TRIGGER",
    [SQLITE_DROP_VIEW] = "DROP VIEW",
    [SQLITE_INSERT] = "INSERT",
    [SQLITE_PRAGMA] = "PRAGMA",
    [SQLITE_TRANSACTION] = "BEGIN, COMMIT or ROLLBACK",
    [SQLITE_UPDATE] = "UPDATE",
    [SQLITE_ATTACH] = "ATTACH",
    [SQLITE_DETACH] = "DETACH",
    [SQLITE_ALTER_TABLE] = "ALTER TABLE",
    [SQLITE_REINDEX] = "REINDEX",
    [SQLITE_ANALYZE] = "ANALYZE",
    [SQLITE_CREATE_VTABLE] = "CREATE VIRTUAL TABLE",
    [SQLITE_DROP_VTABLE] = "DROP VIRTUAL TABLE",
    [SQLITE_SAVEPOINT] = "SAVEPOINT",
};

static int authorize(void *ud, int action, const char *a, const char *b, const char *db,
                     const char *trigger)
{
    (void)a, (void)b, (void)db, (void)trigger;
    struct guard *g = ud;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        /* CREATE and DROP first ask to write the schema table, and pragma_table_info() to
         * register itself there: let the question through so that the real action is the one
         * refused and named.  SQLite itself never lets SQL write sqlite_master, and
         * sqlite3_stmt_readonly() checks the result. */
        if (a && strncmp(a, "sqlite_", 7) == 0)
            return SQLITE_OK;
        break;
    default:
        break;
    }
    if (!g->refused) {
        int named = action >= 0 && (size_t)action < sizeof ACTIONS / sizeof ACTIONS[0] &&
                    ACTIONS[action];
        g->refused = named ? ACTIONS[action] : "this statement";
    }
    return SQLITE_DENY;
}

/* Prepares the one statement of sql under the guard; refuses writes and a second one. */
static sqlite3_stmt *prepare_one(struct store *s, const char *sql, struct guard *g,
                                 struct px_err *e)
{
    sqlite3_stmt *st = NULL, *next = NULL;
    const char *tail = NULL, *unused;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, &tail);
    if (rc != SQLITE_OK && g->refused) {
        px_err_set(e, PX_RULE, "the rule may only read: %s is not allowed", g->refused);
        return NULL;
    }
    if (rc != SQLITE_OK) {
        px_err_set(e, PX_RULE, "bad query: %s in: %s", sqlite3_errmsg(s->db), sql);
        return NULL;
    }
    if (!st) {
        px_err_set(e, PX_RULE, "expected a SELECT statement, found none in: '%s'", sql);
        return NULL;
    }
    if (!sqlite3_stmt_readonly(st)) { /* e.g. DROP VIEW IF EXISTS of a missing view */
        px_err_set(e, PX_RULE, "the rule may only read: '%.80s' writes", sql);
        sqlite3_finalize(st);
        return NULL;
    }
    tail += strspn(tail, " \t\r\n;");
    if (*tail) {
        rc = sqlite3_prepare_v2(s->db, tail, -1, &next, &unused);
        sqlite3_finalize(next); /* only whether it is a statement matters */
        if (rc != SQLITE_OK || next) {
            px_err_set(e, PX_RULE, "expected one statement, found a second one: '%.80s'", tail);
            sqlite3_finalize(st);
            return NULL;
        }
    }
    return st;
}

static int bind_params(struct store *s, sqlite3_stmt *st, const struct sql_value *params,
                       int nparams, struct px_err *e)
{
    int wanted = sqlite3_bind_parameter_count(st);
    if (wanted != nparams) {
        px_err_set(e, PX_RULE, "expected %d value%s for the query's parameters, found %d",
                   wanted, wanted == 1 ? "" : "s", nparams);
        return -1;
    }
    int rc = SQLITE_OK;
    for (int i = 0; i < nparams && rc == SQLITE_OK; i++) {
        const struct sql_value *p = &params[i];
        switch (p->type) {
        case SQLV_NULL: rc = sqlite3_bind_null(st, i + 1); break;
        case SQLV_INT: rc = sqlite3_bind_int64(st, i + 1, p->i); break;
        case SQLV_REAL: rc = sqlite3_bind_double(st, i + 1, p->r); break;
        case SQLV_TEXT:
            rc = sqlite3_bind_text64(st, i + 1, p->s, p->len, SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
    }
    return rc == SQLITE_OK ? 0 : store_fail(s, e, "bind the query's parameters", rc,
                                            sqlite3_sql(st));
}

static void read_row(sqlite3_stmt *st, int ncols, struct sql_value *row)
{
    for (int i = 0; i < ncols; i++) {
        struct sql_value *v = &row[i];
        memset(v, 0, sizeof *v);
        switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER:
            v->type = SQLV_INT;
            v->i = sqlite3_column_int64(st, i);
            break;
        case SQLITE_FLOAT:
            v->type = SQLV_REAL;
            v->r = sqlite3_column_double(st, i);
            break;
        case SQLITE_NULL:
            v->type = SQLV_NULL;
            break;
        default: /* text, and blobs as their bytes */
            v->type = SQLV_TEXT;
            v->s = (const char *)sqlite3_column_text(st, i);
            v->len = (size_t)sqlite3_column_bytes(st, i);
            break;
        }
    }
}

/* Steps through the rows, handing each to fn until it asks to stop. */
static int run_rows(struct store *s, sqlite3_stmt *st, store_row_fn fn, void *ud,
                    struct px_err *e)
{
    int ncols = sqlite3_column_count(st);
    const char **names = calloc((size_t)ncols + 1, sizeof *names);
    struct sql_value *row = calloc((size_t)ncols + 1, sizeof *row);
    if (!names || !row) {
        free(names);
        free(row);
        px_err_set(e, PX_SYSTEM, "out of memory running a query");
        return -1;
    }
    for (int i = 0; i < ncols; i++)
        names[i] = sqlite3_column_name(st, i);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        read_row(st, ncols, row);
        if (fn(ud, ncols, names, row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    free(names);
    free(row);
    if (rc == SQLITE_DONE)
        return 0;
    if ((rc & 0xFF) == SQLITE_INTERRUPT)
        px_err_set(e, PX_LIMIT, "the query was stopped: a limit was reached");
    else
        px_err_set(e, PX_RULE, "the query failed: %s in: %s", sqlite3_errmsg(s->db),
                   sqlite3_sql(st));
    return -1;
}

int store_query(struct store *s, const char *sql, const struct sql_value *params, int nparams,
                store_row_fn fn, void *ud, int (*interrupt)(void *), void *interrupt_ud,
                struct px_err *e)
{
    struct guard g = {NULL};
    int rc = sqlite3_set_authorizer(s->db, authorize, &g);
    if (rc != SQLITE_OK)
        return store_fail(s, e, "guard the query", rc, sql);
    sqlite3_stmt *st = prepare_one(s, sql, &g, e);
    (void)sqlite3_set_authorizer(s->db, NULL, NULL); /* removing cannot fail */
    if (!st)
        return -1;
    int failed = bind_params(s, st, params, nparams, e);
    if (!failed) {
        if (interrupt)
            sqlite3_progress_handler(s->db, 1000, interrupt, interrupt_ud);
        failed = run_rows(s, st, fn, ud, e);
        sqlite3_progress_handler(s->db, 0, NULL, NULL);
    }
    sqlite3_finalize(st); /* its code repeats the last step's, already reported */
    return failed ? -1 : 0;
}
