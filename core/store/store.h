/* store.h — the paridx database: units, agencies, facts of each assessment year (with their
 * note, where each came from and when),
 * imports, runs and scores, an audit log of every change.  Only core/store/ uses SQLite (the
 * build enforces it); the Lua db module reads through store_query().
 * Schema: db/NNN_*.sql, embedded at build time and applied in order on open
 * (PRAGMA user_version = number of the last applied file).
 * Provides struct store and store_*.  Uses: libsqlite3, diag.h, fact.h. */
#ifndef PARIDX_STORE_H
#define PARIDX_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "docnum.h"
#include "fact.h"

struct store;

/* What a command will do with the database it opens. */
enum store_access {
    STORE_READ,   /* the file must exist (a typo must not create an empty database) */
    STORE_WRITE,  /* the file must exist, and it and its folder be writable */
    STORE_CREATE, /* as STORE_WRITE, but a missing file is created */
};

/* Opens path, or an in-memory database when path is NULL.  Foreign keys on, WAL for files,
 * migrations applied.  A missing file (unless STORE_CREATE) or a file that is not a paridx
 * database (tables of its own, or a newer schema than this binary knows) is refused untouched
 * (PX_DATA); a read-only file or folder, when the command writes, before any work (PX_SYSTEM).
 * Extension loading and fts3_tokenizer are off on every connection.  A database from before
 * facts had a year that holds facts is refused (PX_DATA) with the hint to run
 * `paridx migrate --db F --year Y`; one without facts is upgraded silently. */
struct store *store_open(const char *path, enum store_access want, struct px_err *e);

/* `paridx migrate`: opens path for writing and upgrades it, its facts from before years taking
 * the assessment year `year`; *from gets the schema version the file had (0: a new file). */
struct store *store_upgrade(const char *path, int year, int64_t *from, struct px_err *e);

/* The current time "YYYY-MM-DD HH:MM:SS" (UTC): $PARIDX_NOW when set, else now. */
void store_now(char buf[20]);

/* The schema version this paridx writes (the number of db/NNN_*.sql files). */
int store_schema_version(void);
void store_close(struct store *s);

/* Starts a write transaction.  The first one of a connection first runs PRAGMA quick_check and
 * refuses (PX_DATA) to write into a damaged file, pointing to check-db and backup. */
int store_begin(struct store *s, struct px_err *e);
/* store_begin for a writer that makes the database's foreign-key and CHECK constraints itself
 * (the imports of facts and of answers: they refuse a unit or respondent not in the database,
 * the import their rows name is their own, and every value is written in its type's shape by
 * store_bind_fact): SQLite does not repeat them, row by row (a fifth of a fact's insert),
 * until store_commit or store_rollback.  A row that broke one would still be found by
 * check-db (PRAGMA integrity_check and foreign_key_check). */
int store_begin_own_checks(struct store *s, struct px_err *e);
int store_commit(struct store *s, struct px_err *e);
void store_rollback(struct store *s);

/* check-db: examines path without changing it and writes one line per problem to out
 * (PRAGMA integrity_check, foreign_key_check, the paridx marker, the schema version), then a
 * summary line.  Returns the number of problems, or -1 with e set when it cannot be read. */
long store_check(const char *path, FILE *out, struct px_err *e);

/* backup: copies the database at path into out (which must not exist yet) through SQLite's
 * backup API, in one read transaction, so the copy is consistent while an import runs.
 * Returns the number of pages copied, or -1 with e set and no file left at out. */
long store_backup(const char *path, const char *out, struct px_err *e);

/* The last import a reading session saw. */
struct import_seen {
    int64_t id;        /* 0 when the database has none */
    char file[512];    /* as given to import */
    char at[20];       /* when it was committed */
};
/* Starts a read transaction: everything read until store_rollback comes from one snapshot,
 * even while an import commits.  *seen is the snapshot's last import; runs stored by this
 * connection afterwards record it. */
int store_snapshot(struct store *s, struct import_seen *seen, struct px_err *e);
/* The same inside a write transaction already begun (store_begin), which is its own snapshot:
 * a run that stores its scores unit by unit reads and writes in one transaction.  On failure
 * the transaction is rolled back. */
int store_last_import(struct store *s, struct import_seen *seen, struct px_err *e);

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

struct fact_row {
    const char *unit, *name;
    int year;         /* the assessment year it belongs to */
    const char *note; /* ghi chú, or NULL */
    const char *source; /* where it came from: "facts.csv:12", "paridx repl: …" */
    int forced;       /* written past a lock with --force: the audit row says so */
    size_t line;      /* the line of the import's file it came from (source is then
                       * "file:line", and the row keeps the line only), 0 when none */
};
/* Inserts or replaces the fact (unit, year, name); another year's fact is never touched.
 * When a different value or note replaces an older one, an audit row records the year,
 * old → new value and note, and both sources. */
int store_put_fact(struct store *s, const struct fact_row *f, const struct fact_value *v,
                   struct px_err *e);

/* Adds the n facts *f (values *v) that the database has none of yet, in order (a fact met
 * earlier in f is one the database has), all of one year, FACTS_PER_STATEMENT to a
 * statement: the number added, or -1 on error.  A fact stored already is left as it is (find
 * which with store_fact_imported; look it up, audit and replace it with store_put_fact).
 * Within an import the facts record the import's time. */
enum { FACTS_PER_STATEMENT = 128 };
long store_add_facts(struct store *s, const struct fact_row *const *f,
                     const struct fact_value *const *v, size_t n, struct px_err *e);

/* What storing the fact would do: 0 nothing (the same value and note), 1 add it, 2 change
 * the stored value or note; -1 on error. */
int store_fact_changes(struct store *s, const struct fact_row *f, const struct fact_value *v,
                       struct px_err *e);

/* Whether the import being written (store_add_import) already stored the fact (unit, year,
 * name) in this transaction: 1 with its source ("path:line") in source, 0 when not, -1 on
 * error.  An import finds a fact its file repeats this way, without remembering every key. */
int store_fact_imported(struct store *s, const struct fact_row *f, char *source, size_t n,
                        struct px_err *e);

/* Whether the fact (unit, year, name) stored is the one f's row of the import being written
 * stored (its source, "path:line", is f's): 1, 0, or -1 on error. */
int store_fact_stored_by(struct store *s, const struct fact_row *f, struct px_err *e);

/* The latest import of a file with this kind and sha256: 1 with its time in at, 0 when none,
 * -1 on error. */
int store_find_import(struct store *s, const char *kind, const char *sha256, char at[20],
                      struct px_err *e);

/* How many stored values the current transaction changed (a new row, or a different value;
 * rewriting the same value does not count). */
long store_changes(const struct store *s);

/* Records an import: kind, file, sha256 hex, rows; returns its id or -1.  Facts put after it
 * in the same transaction record this id as the import they came from. */
int64_t store_add_import(struct store *s, const char *kind, const char *file,
                         const char *sha256, long rows, struct px_err *e);
/* Sets the number of rows of an import recorded before its rows were counted. */
int store_set_import_rows(struct store *s, int64_t import, long rows, struct px_err *e);
/* The same, with the file's sha256 when it was recorded as "" (store_add_import) while the
 * file was still being hashed (NULL: kept). */
int store_finish_import(struct store *s, int64_t import, long rows, const char *sha256,
                        struct px_err *e);

/* 1 when a unit with this code exists, 0 when not, -1 on error. */
int store_has_unit(struct store *s, const char *code, struct px_err *e);

/* What an import reads once when it starts instead of asking row by row (store_known.c):
 * each row's code and text, in code order (strcmp order), handed to fn, which returns
 * non-zero when out of memory (then -1, e saying so).  0, or -1 with e set. */
enum store_known {
    KNOWN_UNITS,       /* every unit's code (text NULL) */
    KNOWN_CLOSED,      /* the units whose results of the year are closed; text: since when */
    KNOWN_RESPONDENTS, /* the respondents of the year; text: their survey group's code */
};
int store_known(struct store *s, enum store_known what, int year,
                int (*fn)(void *ud, const char *code, const char *text), void *ud,
                struct px_err *e);

/* 1 when `above` is `code` or one of its parents, with the chain "code → … → above" in path;
 * 0 when not; -1 on error. */
int store_unit_under(struct store *s, const char *code, const char *above, char *path,
                     size_t n, struct px_err *e);

/* Puts one row of the evidence register (store_evidence.c).  A document (number set) is
 * keyed by unit, year and number: a new one is added, a known one with other details or
 * nodes is updated; an explanation (number NULL) is added.  Each addition and change is
 * written to the audit log (actor: actor, "import" or "attach").  r->id and r->source
 * as given; the row's nodes replace the stored ones. */
int store_put_evidence(struct store *s, const struct evidence_row *r, const char *actor,
                       struct px_err *e);

/* The evidence register of a year (one unit's, or every unit's when unit is NULL), by unit,
 * then documents by number, then explanations; free with evidence_rows_free. */
int store_evidence(struct store *s, int year, const char *unit, struct evidence_row **out,
                   size_t *n, struct px_err *e);

/* ---- reading ---- */
struct unit_info {
    char *code, *name, *kind, *parent;
};
/* All units in code order; *out malloc'd, free with store_free_units. */
int store_units(struct store *s, struct unit_info **out, size_t *n, struct px_err *e);
void store_free_units(struct unit_info *u, size_t n);

/* The facts of one unit in one assessment year, in name order; free with store_free_facts. */
int store_facts(struct store *s, const char *unit, int year, struct fact_info **out, size_t *n,
                struct px_err *e);
void store_free_facts(struct fact_info *f, size_t n);

/* Every unit's facts of one year through one statement (store_facts.c): open the cursor, then
 * ask for the units in code order (strcmp order, as store_units lists them); each call gives
 * that unit's facts in name order (none when it has none) and passes over the facts of units
 * not asked for.  The facts belong to the cursor and are valid until the next call.  They
 * carry names and values only: source, at and note are NULL (store_facts gives them). */
struct store_fact_cursor;
int store_facts_open(struct store *s, int year, struct store_fact_cursor **out, struct px_err *e);
int store_facts_unit(struct store_fact_cursor *c, const char *unit, struct fact_info **facts,
                     size_t *n, struct px_err *e);
void store_facts_close(struct store_fact_cursor *c);

/* ---- runs (each records the last import its store_snapshot saw; store_run.c) ---- */
struct run_row {
    const char *rules_file, *rules_sha256, *as_of; /* as_of may be NULL */
    int year;
    const char *stage; /* "self" or "final" */
    const char *const *nodes; /* the codes of the nodes each unit's scores list, in order */
    size_t nnodes;
};
/* Records the run and its nodes (their defaults, below, not yet known); its id, or -1 with e
 * set. */
int64_t store_add_run(struct store *s, const struct run_row *r, struct px_err *e);
/* One node's score in a stored unit. */
struct score_entry {
    double points, max;
    int applicable;
    const char *explanation; /* NULL: none */
};
/* Stores one unit's scores: v[i] is the run's node i (n: the run's nnodes), read back as one
 * row per node through the view score, each point and maximum the same double.  The first
 * unit where a node is applicable gives its maximum and explanation as the run's defaults
 * (in run_node): a node of a unit of the run store_add_run recorded last that has them, and
 * is applicable, is stored as its bare points.  0, or -1 with e set (PX_DATA: no such run,
 * the unit stored twice, a number not finite). */
int store_put_unit_scores(struct store *s, int64_t run, const char *unit,
                          const struct score_entry *v, size_t n, struct px_err *e);

/* The time the store writes: "YYYY-MM-DD HH:MM:SS", $PARIDX_NOW when set, else UTC now (the
 * day a command judges deadlines on, when it writes nothing). */
void store_now(char buf[20]);

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
