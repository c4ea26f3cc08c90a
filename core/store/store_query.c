/* store_query.c — one read-only SELECT with bound parameters, for the Lua db module and the
 * REPL (see store.h).  An authorizer, set only while the statement is prepared, lets through
 * reading and the plain SQL functions of FUNCTIONS and nothing else, and says what it
 * refused; a second statement is refused by name.  While the query runs, a progress handler
 * charges the caller's step budget, and SQLite's heap (as store_heap.c counts it) and longest
 * value are held to the caller's memory budget.  Column names are read after the first step
 * (a statement with a bound LIKE pattern is prepared again there, freeing the earlier names).
 * Uses: libsqlite3, store_impl.h (store_heap_*), i18n.h (messages). */
#include "store.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store_impl.h"
#include "i18n.h"

/* What the authorizer refused (SQLite stops at the first refusal), for the message. */
struct guard {
    int refused;        /* 1 once something was refused */
    const char *action; /* the refused SQL action (DELETE, ATTACH…), or NULL */
    char function[64];  /* a refused function's name, or "" */
};

/* The SQL functions a rule query may call: they read their arguments and nothing else.  Left
 * out: whatever reaches outside the query or the process (load_extension, fts3_tokenizer,
 * sqlite_*, changes), makes up data (random, randomblob, zeroblob) or is not needed. */
static const char *const FUNCTIONS[] = {
    "abs",      "avg",     "char",       "coalesce", "count",  "date",    "datetime",
    "glob",     "group_concat", "hex",   "ifnull",   "iif",    "instr",   "julianday",
    "length",   "like",    "likelihood", "likely",   "lower",  "ltrim",   "max",
    "min",      "nullif",  "power",      "printf",   "format", "quote",   "replace", "round",
    "rtrim",    "strftime", "substr",    "substring", "sum",   "time",    "total",
    "trim",     "typeof",  "unicode",    "unlikely", "upper",  "row_number", "rank",
    "dense_rank",
};

static int allowed_function(const char *name)
{
    for (size_t i = 0; name && i < sizeof FUNCTIONS / sizeof *FUNCTIONS; i++)
        if (!strcasecmp(name, FUNCTIONS[i]))
            return 1;
    return 0;
}

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
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION: /* b is the function's name */
        if (allowed_function(b))
            return SQLITE_OK;
        if (!g->refused) {
            snprintf(g->function, sizeof g->function, "%s", b ? b : "?");
            g->refused = 1;
        }
        return SQLITE_DENY;
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
        g->action = named ? ACTIONS[action] : NULL;
        g->refused = 1;
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
        if (g->function[0])
            px_err_set(e, PX_RULE, _("the rule may only read: the function %s is not allowed (a "
                       "rule query may call only plain SQL functions: see README.md)"),
                       g->function);
        else if (g->action)
            px_err_set(e, PX_RULE, _("the rule may only read: %s is not allowed"), g->action);
        else
            px_err_set(e, PX_RULE, _("the rule may only read: this statement is not allowed"));
        return NULL;
    }
    if (rc != SQLITE_OK) {
        px_err_set(e, PX_RULE, _("bad query: %s in: %s"), sqlite3_errmsg(s->db), sql);
        return NULL;
    }
    if (!st) {
        px_err_set(e, PX_RULE, _("expected a SELECT statement, found none in: '%s'"), sql);
        return NULL;
    }
    if (!sqlite3_stmt_readonly(st)) { /* e.g. DROP VIEW IF EXISTS of a missing view */
        px_err_set(e, PX_RULE, _("the rule may only read: '%.80s' writes"), sql);
        sqlite3_finalize(st);
        return NULL;
    }
    tail += strspn(tail, " \t\r\n;");
    if (*tail) {
        rc = sqlite3_prepare_v2(s->db, tail, -1, &next, &unused);
        sqlite3_finalize(next); /* only whether it is a statement matters */
        if (rc != SQLITE_OK || next) {
            px_err_set(e, PX_RULE, _("expected one statement, found a second one: '%.80s'"), tail);
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
        px_err_set(e, PX_RULE,
                   ngettext("expected %d value for the query's parameters, found %d",
                            "expected %d values for the query's parameters, found %d",
                            (unsigned long)wanted),
                   wanted, nparams);
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
    return rc == SQLITE_OK ? 0 : store_fail(s, e, N_("bind the query's parameters"), rc,
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

/* Reads the column names of the current row's statement; -1 when memory ran out. */
static int read_names(sqlite3_stmt *st, int ncols, const char **names)
{
    for (int i = 0; i < ncols; i++)
        if (!(names[i] = sqlite3_column_name(st, i)))
            return -1;
    return 0;
}

/* Steps through the rows, handing each to fn until it asks to stop. */
static int run_rows(struct store *s, sqlite3_stmt *st, store_row_fn fn, void *ud,
                    const struct query_budget *b, struct px_err *e)
{
    int ncols = sqlite3_column_count(st);
    const char **names = calloc((size_t)ncols + 1, sizeof *names);
    struct sql_value *row = calloc((size_t)ncols + 1, sizeof *row);
    if (!names || !row) {
        free(names);
        free(row);
        px_err_set(e, PX_SYSTEM, _("out of memory running a query"));
        return -1;
    }
    int rc, first = 1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (first && read_names(st, ncols, names) != 0) {
            rc = SQLITE_NOMEM;
            break;
        }
        first = 0;
        read_row(st, ncols, row);
        if (fn(ud, ncols, names, row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    free(names);
    free(row);
    int primary = rc & 0xFF;
    if (rc == SQLITE_DONE)
        return 0;
    if (primary == SQLITE_INTERRUPT)
        px_err_set(e, PX_LIMIT, _("the query was stopped: a limit was reached"));
    else if (b && b->max_memory && (primary == SQLITE_NOMEM || primary == SQLITE_TOOBIG))
        px_err_set(e, PX_LIMIT, _("the query needed more memory than the rule has left (%zu "
                   "bytes): %s"), b->max_memory, sqlite3_errmsg(s->db));
    else
        px_err_set(e, PX_RULE, _("the query failed: %s in: %s"), sqlite3_errmsg(s->db),
                   sqlite3_sql(st));
    return -1;
}

/* The limits held while a query runs, and what they were before. */
struct held {
    int length;
    long long heap;
};

/* Puts the budget on the connection (steps charged every 1000 SQLite steps; the heap and the
 * longest string or blob held to max_memory), remembering what to restore. */
static void hold(struct store *s, const struct query_budget *b, struct held *h)
{
    if (b && b->charge)
        sqlite3_progress_handler(s->db, 1000, b->charge, b->ud);
    if (b && b->max_memory) {
        int length = b->max_memory < INT_MAX ? (int)b->max_memory : INT_MAX;
        h->length = sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, length);
        h->heap = store_heap_limit(store_heap_used() + (long long)b->max_memory);
    }
}

static void release(struct store *s, const struct query_budget *b, const struct held *h)
{
    sqlite3_progress_handler(s->db, 0, NULL, NULL);
    if (b && b->max_memory) {
        sqlite3_limit(s->db, SQLITE_LIMIT_LENGTH, h->length);
        store_heap_limit(h->heap);
    }
}

int store_query(struct store *s, const char *sql, const struct sql_value *params, int nparams,
                store_row_fn fn, void *ud, const struct query_budget *b, struct px_err *e)
{
    struct guard g = {0, NULL, ""};
    int rc = sqlite3_set_authorizer(s->db, authorize, &g);
    if (rc != SQLITE_OK)
        return store_fail(s, e, N_("guard the query"), rc, sql);
    sqlite3_stmt *st = prepare_one(s, sql, &g, e);
    (void)sqlite3_set_authorizer(s->db, NULL, NULL); /* removing cannot fail */
    if (!st)
        return -1;
    int failed = bind_params(s, st, params, nparams, e);
    if (!failed) {
        struct held h = {0, 0};
        hold(s, b, &h);
        failed = run_rows(s, st, fn, ud, b, e);
        release(s, b, &h);
    }
    sqlite3_finalize(st); /* its code repeats the last step's, already reported */
    return failed ? -1 : 0;
}
