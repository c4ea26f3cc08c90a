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
    STMT_UNIT_UNDER,
    STMT_AGENCY_PUT,
    STMT_FACT_GET,
    STMT_FACT_PUT,
    STMT_FACT_ADD,
    STMT_FACT_ADD_MANY,
    STMT_FACT_BY,
    STMT_AUDIT_ADD,
    STMT_IMPORT_ADD,
    STMT_IMPORT_ROWS,
    STMT_IMPORT_FIND,
    STMT_RUN_ADD,
    STMT_RUN_NODE_ADD,
    STMT_RUN_NODE_DEFAULT,
    STMT_SCORE_UNIT_PUT,
    STMT_UNITS,
    STMT_FACTS,
    STMT_FACTS_ALL,
    STMT_EVIDENCE_FIND,
    STMT_EVIDENCE_ADD,
    STMT_EVIDENCE_UPDATE,
    STMT_EVIDENCE_NODES_DROP,
    STMT_EVIDENCE_NODE_ADD,
    STMT_EVIDENCE_LIST,
    STMT_EVIDENCE_NODES,
    STMT_APPRAISAL_GET,
    STMT_APPRAISAL_PUT,
    STMT_EXPLANATION_GET,
    STMT_EXPLANATION_PUT,
    STMT_CLOSED_GET,
    STMT_CLOSED_PUT,
    STMT_RESPONDENT_PUT,
    STMT_RESPONDENT_TWIN,
    STMT_RESPONDENT_GROUP,
    STMT_ANSWER_FIRST,
    STMT_ANSWER_PUT,
    STMT_ANSWER_PUT_MANY,
    STMT_TALLY_ADD,
    STMT_TALLY_ADD_MANY,
    STMT_SUBMISSION_GET,
    STMT_SUBMISSION_PUT,
    STMT_COUNT_
};

/* A fact as the database held it before this import's row, looked up once for both
 * store_fact_imported (is it a repeat?) and store_put_fact (the old value for the audit). */
struct fact_before {
    int valid;         /* 1 while key/year describe the row being imported */
    char key[512];     /* "unit\x1fname" */
    int year;
    int found;         /* 1 stored, 0 not */
    int64_t import_id; /* the import that stored it, 0 when none */
    struct fact_value v;
    char note[512], source[512];
};

struct store {
    sqlite3 *db;
    char *name; /* the file, or ":memory:", for messages */
    sqlite3_stmt *stmts[STMT_COUNT_];
    int64_t import_id; /* the import being written (facts record it), 0 when none */
    char import_at[20]; /* its time (store_add_import), which its facts record */
    int64_t seen_import; /* the last import store_snapshot saw (runs record it), 0 when none */
    long changes;      /* stored values changed by the current transaction */
    int checked;       /* PRAGMA quick_check passed on this connection */
    int checks_off;    /* foreign-key and CHECK constraints off for this transaction
                        * (store_begin_own_checks) */
    struct store_check *check; /* the check running beside the first write, or NULL */
    const char *actor; /* who the audit rows name (store_set_actor), or NULL */
    struct fact_before before; /* the last fact looked up (store_write.c) */
    struct run_defaults *defaults; /* the last run recorded: its nodes' defaults (store_run.c) */
};

/* Forgets the defaults of the last run recorded (store_close, and each new run). */
void store_run_forget(struct store *s);

/* Opens path with SQLite's flags (or ":memory:" when path is NULL) and configures the
 * connection: extended codes, busy timeout, defensive, no extensions, foreign keys.  Nothing
 * is read or written yet.  Without SQLITE_OPEN_CREATE a missing file is refused in words
 * (PX_DATA).  NULL and e set on failure. */
struct store *store_connect(const char *path, int flags, struct px_err *e);

/* Gives s, a second connection that reads each page once (the check beside a write, the facts
 * read ahead), a page cache of 32 pages, reused, instead of one new page for every page it
 * reads: each of those allocations takes SQLite's memory lock, which the first connection's
 * thread then waited for (hundreds of waits in a run of 100 units, a quarter of its time).
 * 0, or -1 and e set. */
int store_scan_cache(struct store *s, struct px_err *e);

/* Runs PRAGMA quick_check on s; -1 and e set (PX_DATA) when the file is damaged
 * (store_check.c). */
int store_quick_check(struct store *s, struct px_err *e);

/* The check before the first write of a connection (store_check_async.c).  store_check_start,
 * called as the first write transaction of a file begins (a new in-memory database is marked
 * checked when it is made), starts checking the file on a second, read-only connection in a
 * thread of its own, which sees the file as it was before the transaction (a small file: at
 * once, on s, and then -1 and e set when it is damaged); store_check_wait, called before the
 * commit, gives its verdict: 0 (the connection is marked checked), or -1 and e set (PX_DATA when the
 * file is damaged), and the caller rolls back, so nothing is written into a damaged file.
 * store_check_cancel stops a check whose transaction is rolled back (the next write checks
 * again).  Both do nothing when no check runs. */
int store_check_start(struct store *s, struct px_err *e);
int store_check_wait(struct store *s, struct px_err *e);
void store_check_cancel(struct store *s);

/* One unit's facts as the facts cursor hands them out (store_facts.c): names and values,
 * the names and the unit's code in one buffer, reused from unit to unit. */
struct fact_batch {
    struct fact_info *facts;
    size_t n, cap;
    size_t *offsets; /* per fact: where its name starts in text */
    size_t ocap;
    char *text;      /* the unit's code, then its facts' names */
    size_t used, tcap;
};

/* The statement of the facts cursor (store_facts.c), on s, bound to year and stepped to its
 * first row (*rc: SQLITE_ROW, SQLITE_DONE or the error's code); NULL and e set when it
 * cannot be prepared or bound. */
sqlite3_stmt *store_facts_statement(struct store *s, int year, int *rc, struct px_err *e);

/* Reads into b the rows of st from its current one (*rc is SQLITE_ROW) to the last of the
 * same unit, stepping past them (*rc: the next step's code).  b->text starts with the unit's
 * code; the facts' names are set.  0, or -1 with e set (out of memory, a type unknown). */
int store_fact_batch_fill(struct store *s, sqlite3_stmt *st, int *rc, struct fact_batch *b,
                          struct px_err *e);
void store_fact_batch_free(struct fact_batch *b);

/* The facts cursor read ahead by a thread on a second, read-only connection
 * (store_facts_ahead.c), for a file whose write transaction s holds (so the second
 * connection sees what s sees: nobody else can commit in between).  store_facts_ahead_start:
 * 1 with *out running, 0 when it cannot be had (the cursor reads on s), -1 and e set.
 * store_facts_ahead_next: the next unit's batch in code order (NULL at the end), valid until
 * the next call; 0, or -1 and e set.  store_facts_ahead_stop ends the thread. */
struct facts_ahead;
int store_facts_ahead_start(struct store *s, int year, struct facts_ahead **out,
                            struct px_err *e);
int store_facts_ahead_next(struct facts_ahead *a, const struct fact_batch **b, struct px_err *e);
void store_facts_ahead_stop(struct facts_ahead *a);

/* SQLite's heap, counted by store_heap.c instead of SQLite's statistics (whose one lock
 * every thread's allocations shared).  store_heap_setup installs the count once per process,
 * before SQLite's first use (store_connect calls it); 0, or -1 and e set when SQLite was set
 * up already.  store_heap_used: the bytes SQLite holds.  store_heap_limit: no allocation
 * takes them to `bytes` from now on (0: no limit); returns the limit before. */
int store_heap_setup(struct px_err *e);
long long store_heap_used(void);
long long store_heap_limit(long long bytes);

/* The process's default VFS from now on: SQLite's own, which holds back consecutive writes
 * to a database or its log and makes them 64 KiB at a time, reads a log ahead, and hands a
 * database's writes to the disk 512 KiB at a time, so a checkpoint's sync waits for the last
 * of them only (store_vfs.c).  Once per process, after store_heap_setup (store_connect
 * calls both); 0, or -1 and e set. */
int store_vfs_setup(struct px_err *e);

/* Sets e to "<name>: cannot <step>: <errmsg> (SQLite code N) in: <sql>" and returns -1.
 * step is a verb phrase marked N_() where it is written ("read a fact"), translated here, so
 * that the whole message is in the user's language; every function taking a step passes it
 * on untranslated.
 * Constraint violations, foreign files and damaged ones (which the message sends to
 * check-db) are PX_DATA, everything else PX_SYSTEM. */
int store_fail(struct store *s, struct px_err *e, const char *step, int rc, const char *sql);

/* The cached statement `id`, prepared from sql on first use, reset and unbound; NULL and e
 * set when it cannot be prepared. */
sqlite3_stmt *store_stmt(struct store *s, enum store_stmt_id id, const char *sql,
                         struct px_err *e);

/* The cached statement `id` (as store_stmt) that writes n rows at once: head, then n copies
 * of row joined by ", ", then tail.  Each bare '?' of the rows is numbered on from first
 * (?first, ?first+1, … through every row); a numbered one ("?1") is written as it is, a
 * parameter the rows share, numbered below first. */
sqlite3_stmt *store_rows_stmt(struct store *s, enum store_stmt_id id, const char *head,
                              const char *row, int n, int first, const char *tail,
                              struct px_err *e);

/* Fails with the code of a chain of binds (rc) unless it is SQLITE_OK, clearing them. */
int store_bound(struct store *s, sqlite3_stmt *st, int rc, const char *step, struct px_err *e);

/* Resets a cached statement after use and clears its bindings. */
void store_release(sqlite3_stmt *st);

/* Steps a statement that returns no rows, then resets it; 0, or -1 with e naming step. */
int store_step_done(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e);

/* store_step_done for a statement of many rows (store_rows_stmt) whose every parameter is
 * bound again before each step: reset, its bindings left to be overwritten (clearing the 1,027
 * of 128 facts cost 150 instructions a row). */
int store_step_rows(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e);

/* Steps a statement that gives at most one row: 1 (read it, then store_release), 0 when it
 * gave none, -1 with e naming step. */
int store_step_row(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e);

/* Steps a statement giving at most one row whose first column is a time: 1 with it in at,
 * 0 when no row, -1 with e naming step; the statement is released. */
int store_step_at(struct store *s, sqlite3_stmt *st, const char *step, char at[20],
                  struct px_err *e);

/* Binds text, or NULL when text is NULL; returns the SQLite code. */
int store_bind_text(sqlite3_stmt *st, int index, const char *text);

/* Binds texts[0..n) (NULL as SQL NULL) to the parameters from `first` on; returns the first
 * SQLite code that is not SQLITE_OK, else SQLITE_OK. */
int store_bind_texts(sqlite3_stmt *st, int first, const char *const *texts, int n);

/* Binds where a row of fact or survey_answer came from to ?first (line) and ?first+1
 * (source): the line alone when the import being written gave it (the views fact_origin and
 * survey_answer_origin then make its source import.file || ':' || line), else the source
 * as text, uncopied (it must live until the statement is stepped).  The SQLite code. */
int store_bind_origin(const struct store *s, sqlite3_stmt *st, int first, size_t line,
                      const char *source);

/* Binds a fact value to three parameters from `first`: type name, num, text. */
int store_bind_fact(sqlite3_stmt *st, int first, const struct fact_value *v);

/* Reads a fact value from three columns from `first`: type name, num, text; -1 when the type
 * is unknown (a database changed by hand). */
int store_column_fact(sqlite3_stmt *st, int first, struct fact_value *v);

/* One row of the audit log: what changed (subject "UNIT/item"), old → new values and notes
 * (or reasons), where each came from, the year (0: none); actor NULL: the connection's
 * (store_set_actor), else "unknown". */
struct store_audit_row {
    const char *action, *subject, *old, *new, *old_note, *new_note, *source, *old_source;
    int year;
    const char *actor;
};

/* Writes it, at the current time; 0, or -1 with e set. */
int store_audit_add(struct store *s, const struct store_audit_row *w, struct px_err *e);

/* A malloc'd copy of column i, NULL for SQL NULL; *failed set when memory ran out. */
char *store_column_dup(sqlite3_stmt *st, int i, int *failed);

/* Finishes a listing whose last sqlite3_step gave rc: the code decides; memory failures
 * (failed) are reported as such; releases st.  0 or -1 with e set. */
int store_finish_listing(struct store *s, sqlite3_stmt *st, int rc, int failed,
                         const char *step, struct px_err *e);

#endif
