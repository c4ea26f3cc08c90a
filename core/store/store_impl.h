/* store_impl.h — what the store_*.c files share and nobody else sees: struct store with its
 * cache of prepared statements, error reporting that names the step, the SQLite code and
 * message and the SQL, binding and stepping helpers, and the clock.
 * Provides struct store, enum store_stmt_id, store_*_impl helpers.  Uses: libsqlite3, diag.h,
 * fact.h. */
#ifndef PARIDX_STORE_IMPL_H
#define PARIDX_STORE_IMPL_H

#include <sqlite3.h>
#include <stdint.h>

#include "diag.h"
#include "fact.h"

/* The statements prepared once and kept until store_close (the hot paths). */
enum store_stmt_id {
    STMT_UNIT_PUT,
    STMT_UNIT_HAS,
    STMT_AGENCY_PUT,
    STMT_FACT_GET,
    STMT_FACT_PUT,
    STMT_AUDIT_ADD,
    STMT_IMPORT_ADD,
    STMT_IMPORT_ROWS,
    STMT_RUN_ADD,
    STMT_SCORE_PUT,
    STMT_UNITS,
    STMT_FACTS,
    STMT_COUNT_
};

struct store {
    sqlite3 *db;
    char *name; /* the file, or ":memory:", for messages */
    sqlite3_stmt *stmts[STMT_COUNT_];
    int64_t import_id; /* the import being written (facts record it), 0 when none */
};

/* Sets e to "<name>: cannot <step>: <errmsg> (SQLite code N) in: <sql>" and returns -1.
 * Constraint violations and foreign files are PX_DATA, everything else PX_SYSTEM. */
int store_fail(struct store *s, struct px_err *e, const char *step, int rc, const char *sql);

/* The cached statement `id`, prepared from sql on first use, reset and unbound; NULL and e
 * set when it cannot be prepared. */
sqlite3_stmt *store_stmt(struct store *s, enum store_stmt_id id, const char *sql,
                         struct px_err *e);

/* Fails with the code of a chain of binds (rc) unless it is SQLITE_OK, clearing them. */
int store_bound(struct store *s, sqlite3_stmt *st, int rc, const char *step, struct px_err *e);

/* Resets a cached statement after use and clears its bindings. */
void store_release(sqlite3_stmt *st);

/* Steps a statement that returns no rows, then resets it; 0, or -1 with e naming step. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e);

/* Binds text, or NULL when text is NULL; returns the SQLite code. */
int store_bind_text(sqlite3_stmt *st, int index, const char *text);

/* Binds a fact value to three parameters from `first`: type name, num, text. */
int store_bind_fact(sqlite3_stmt *st, int first, const struct fact_value *v);

/* Reads a fact value from three columns from `first`: type name, num, text; -1 when the type
 * is unknown (a database changed by hand). */
int store_column_fact(sqlite3_stmt *st, int first, struct fact_value *v);

/* Writes the current time "YYYY-MM-DD HH:MM:SS": $PARIDX_NOW when set, else UTC now. */
void store_now(char buf[20]);

#endif
