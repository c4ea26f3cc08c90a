/* store.h — the paridx database: units, agencies, facts (with where each came from and when),
 * imports, runs and scores, an audit log of every change.  Only core/store/ uses SQLite (the
 * build enforces it); the Lua db module reads through store_query().
 * Schema: db/NNN_*.sql, embedded at build time and applied in order on open
 * (PRAGMA user_version = number of the last applied file).
 * Provides struct store and store_*.  Uses: libsqlite3, diag.h, fact.h. */
#ifndef PARIDX_STORE_H
#define PARIDX_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "fact.h"

struct store;

/* Opens (creating) path, or an in-memory database when path is NULL.  Foreign keys on,
 * WAL for files, migrations applied.  A file that is not a paridx database (tables of
 * its own, or a newer schema than this binary knows) is refused untouched (PX_DATA). */
struct store *store_open(const char *path, struct px_err *e);
void store_close(struct store *s);

int store_begin(struct store *s, struct px_err *e);
int store_commit(struct store *s, struct px_err *e);
void store_rollback(struct store *s);

/* ---- writing (inside store_begin/commit) ---- */
struct unit_row {
    const char *code, *name, *kind, *parent; /* parent may be NULL */
    const char *source;                      /* "units.csv:3" */
};
int store_put_unit(struct store *s, const struct unit_row *u, struct px_err *e);

struct agency_row {
    const char *code, *name, *source;
};
int store_put_agency(struct store *s, const struct agency_row *a, struct px_err *e);

/* Inserts or replaces the fact (unit, name).  When a different value replaces an older one,
 * an audit row records old → new and both sources. */
int store_put_fact(struct store *s, const char *unit, const char *name,
                   const struct fact_value *v, const char *source, struct px_err *e);

/* Records an import: kind, file, sha256 hex, rows; returns its id or -1.  Facts put after it
 * in the same transaction record this id as the import they came from. */
int64_t store_add_import(struct store *s, const char *kind, const char *file,
                         const char *sha256, long rows, struct px_err *e);
/* Sets the number of rows of an import recorded before its rows were counted. */
int store_set_import_rows(struct store *s, int64_t import, long rows, struct px_err *e);

/* 1 when a unit with this code exists, 0 when not, -1 on error. */
int store_has_unit(struct store *s, const char *code, struct px_err *e);

/* ---- reading ---- */
struct unit_info {
    char *code, *name, *kind, *parent;
};
/* All units in code order; *out malloc'd, free with store_free_units. */
int store_units(struct store *s, struct unit_info **out, size_t *n, struct px_err *e);
void store_free_units(struct unit_info *u, size_t n);

/* The facts of one unit in name order; free with store_free_facts. */
int store_facts(struct store *s, const char *unit, struct fact_info **out, size_t *n,
                struct px_err *e);
void store_free_facts(struct fact_info *f, size_t n);

/* ---- runs ---- */
struct run_row {
    const char *rules_file, *rules_sha256, *as_of; /* as_of may be NULL */
    int year;
};
int64_t store_add_run(struct store *s, const struct run_row *r, struct px_err *e);
struct score_row {
    int64_t run;
    const char *unit, *node;
    double points, max;
    int applicable;
    const char *explanation;
};
int store_put_score(struct store *s, const struct score_row *r, struct px_err *e);

/* ---- generic read-only queries (for the Lua db module) ---- */
enum sql_type { SQLV_NULL, SQLV_INT, SQLV_REAL, SQLV_TEXT };
struct sql_value {
    enum sql_type type;
    int64_t i;
    double r;
    const char *s; /* SQLV_TEXT, not owned */
    size_t len;
};
/* Called once per row; return non-zero to stop early. */
typedef int (*store_row_fn)(void *ud, int ncols, const char *const *names,
                            const struct sql_value *row);
/* What one query may spend; NULL or zero fields: no limit. */
struct query_budget {
    int (*charge)(void *ud); /* called every 1000 SQLite steps; non-zero stops the query */
    void *ud;
    size_t max_memory;       /* bytes SQLite may allocate while it runs */
};
/* Runs one SELECT with bound parameters.  Only reading and the plain SQL functions (see
 * store_query.c) are allowed: an authorizer refuses everything else, naming it; a second
 * statement in sql is refused.  A spent budget stops the query with PX_LIMIT (the message
 * says "memory" when max_memory was the one). */
int store_query(struct store *s, const char *sql, const struct sql_value *params, int nparams,
                store_row_fn fn, void *ud, const struct query_budget *b, struct px_err *e);

#endif
