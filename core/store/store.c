/* store.c — opening the paridx database (see store.h): refusing a missing file unless the
 * command creates one, and a read-only one when it writes, recognising our own files and
 * refusing others untouched, applying the embedded migrations (the year given to facts from
 * before years, or the refusal that asks for one) or, to a new in-memory database, the image
 * of the migrated schema, transactions and snapshots,
 * and the helpers the other store_*.c files share (statement cache, errors, binding, clock).
 * Uses: libsqlite3, migrations.h (schema, migrate.c, schema_image.c), store_impl.h, fact.h,
 * diag.h, POSIX access(), i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup, gmtime_r, stpcpy */
#include "store.h"

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "migrations.h"
#include "store_impl.h"
#include "i18n.h"

/* ---- shared helpers -------------------------------------------------------------- */

int store_fail(struct store *s, struct px_err *e, const char *step, int rc, const char *sql)
{
    int primary = rc & 0xFF;
    int damaged = primary == SQLITE_CORRUPT;
    enum px_exit code =
        primary == SQLITE_CONSTRAINT || primary == SQLITE_NOTADB || damaged ? PX_DATA : PX_SYSTEM;
    const char *why = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    if (damaged)
        px_err_set(e, code, _("%s: cannot %s: %s (SQLite code %d) in: %s; the file is damaged: "
                   "see `paridx check-db --db %s`"), s->name, _(step), why, rc, sql, s->name);
    else
        px_err_set(e, code, _("%s: cannot %s: %s (SQLite code %d) in: %s"), s->name, _(step),
                   why, rc, sql);
    return -1;
}

sqlite3_stmt *store_stmt(struct store *s, enum store_stmt_id id, const char *sql,
                         struct px_err *e)
{
    sqlite3_stmt *st = s->stmts[id];
    if (!st) {
        int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
        if (rc != SQLITE_OK) {
            store_fail(s, e, N_("prepare a statement"), rc, sql);
            return NULL;
        }
        s->stmts[id] = st;
    }
    return st;
}

sqlite3_stmt *store_rows_stmt(struct store *s, enum store_stmt_id id, const char *head,
                              const char *row, int n, int first, const char *tail,
                              struct px_err *e)
{
    if (s->stmts[id])
        return s->stmts[id]; /* prepared: its text is not written again */
    size_t marks = 0;
    for (const char *c = row; *c; c++)
        marks += *c == '?';
    /* each row: its text, a number of up to 10 digits per '?', and ", " */
    size_t cap = strlen(head) + strlen(tail) + (size_t)n * (strlen(row) + marks * 10 + 2) + 1;
    char *sql = malloc(cap), *at = sql;
    if (!sql) {
        px_err_set(e, PX_SYSTEM, _("out of memory preparing a statement"));
        return NULL;
    }
    /* Only the first bare '?' is written numbered (?first): SQLite gives each bare one after
     * it the number after the largest yet.  Numbering them all made the prepare quadratic
     * (SQLite looks each numbered name up in a list of all of them): 3.8 of the 6.8 million
     * instructions preparing 128 facts. */
    at = stpcpy(at, head);
    for (int i = 0, numbered = 0; i < n; i++) {
        if (i)
            at = stpcpy(at, ", ");
        for (const char *c = row; *c; c++)
            if (*c == '?' && !(c[1] >= '0' && c[1] <= '9') && !numbered++)
                at += sprintf(at, "?%d", first);
            else
                *at++ = *c;
    }
    stpcpy(at, tail);
    sqlite3_stmt *st = store_stmt(s, id, sql, e);
    free(sql);
    return st;
}

void store_release(sqlite3_stmt *st)
{
    if (!st)
        return;
    (void)sqlite3_reset(st); /* its code repeats the last step's, already reported */
    (void)sqlite3_clear_bindings(st);
}

int store_bound(struct store *s, sqlite3_stmt *st, int rc, const char *step, struct px_err *e)
{
    if (rc == SQLITE_OK)
        return 0;
    store_fail(s, e, step, rc, sqlite3_sql(st));
    store_release(st);
    return -1;
}

int store_step_rows(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE)
        store_fail(s, e, step, rc, sqlite3_sql(st));
    (void)sqlite3_reset(st); /* its code repeats the step's, reported above */
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_step_done(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e)
{
    int rc = store_step_rows(s, st, step, e);
    (void)sqlite3_clear_bindings(st); /* SQLITE_OK always */
    return rc;
}

int store_step_row(struct store *s, sqlite3_stmt *st, const char *step, struct px_err *e)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return rc == SQLITE_ROW;
    return store_fail(s, e, step, rc, sqlite3_sql(st));
}

int store_step_at(struct store *s, sqlite3_stmt *st, const char *step, char at[20],
                  struct px_err *e)
{
    int found = store_step_row(s, st, step, e);
    if (found == 1)
        snprintf(at, 20, "%s", (const char *)sqlite3_column_text(st, 0));
    store_release(st);
    return found;
}

int store_bind_text(sqlite3_stmt *st, int index, const char *text)
{
    return text ? sqlite3_bind_text(st, index, text, -1, SQLITE_TRANSIENT)
                : sqlite3_bind_null(st, index);
}

int store_bind_texts(sqlite3_stmt *st, int first, const char *const *texts, int n)
{
    int rc = SQLITE_OK;
    for (int i = 0; i < n && rc == SQLITE_OK; i++)
        rc = store_bind_text(st, first + i, texts[i]);
    return rc;
}

int store_bind_origin(const struct store *s, sqlite3_stmt *st, int first, size_t line,
                      const char *source)
{
    int by_line = s->import_id && line > 0;
    int rc = by_line ? sqlite3_bind_int64(st, first, (sqlite3_int64)line)
                     : sqlite3_bind_null(st, first);
    if (rc != SQLITE_OK)
        return rc;
    return by_line || !source ? sqlite3_bind_null(st, first + 1)
                              : sqlite3_bind_text(st, first + 1, source, -1, SQLITE_STATIC);
}

int store_bind_fact(sqlite3_stmt *st, int first, const struct fact_value *v)
{
    int rc = sqlite3_bind_text(st, first, fact_type_name(v->type), -1, SQLITE_STATIC);
    int has_num = v->type == FACT_NUMBER || v->type == FACT_BOOL;
    int has_text = v->type == FACT_DATE || v->type == FACT_TEXT;
    if (rc == SQLITE_OK)
        rc = has_num ? sqlite3_bind_double(st, first + 1, v->num)
                     : sqlite3_bind_null(st, first + 1);
    if (rc == SQLITE_OK)
        rc = store_bind_text(st, first + 2, has_text ? v->text : NULL);
    return rc;
}

int store_column_fact(sqlite3_stmt *st, int first, struct fact_value *v)
{
    memset(v, 0, sizeof *v);
    const char *type = (const char *)sqlite3_column_text(st, first);
    if (!type || fact_type_from_name(type, &v->type) != 0)
        return -1;
    v->num = sqlite3_column_double(st, first + 1);
    const char *text = (const char *)sqlite3_column_text(st, first + 2);
    if (text)
        snprintf(v->text, sizeof v->text, "%s", text);
    return 0;
}

void store_now(char buf[20])
{
    const char *fixed = getenv("PARIDX_NOW");
    if (fixed && *fixed) {
        snprintf(buf, 20, "%s", fixed);
        return;
    }
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, 20, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Runs SQL that returns nothing we need (or a row we ignore, as PRAGMA journal_mode). */
static int exec(struct store *s, const char *sql, const char *step, struct px_err *e)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : store_fail(s, e, step, rc, sql);
}

/* Runs a query whose answer is one integer. */
static int query_int(struct store *s, const char *sql, const char *step, int64_t *out,
                     struct px_err *e)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, step, rc, sql);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        store_fail(s, e, step, rc == SQLITE_DONE ? SQLITE_MISMATCH : rc, sql);
    sqlite3_finalize(st); /* its code repeats the step's */
    return rc == SQLITE_ROW ? 0 : -1;
}

/* ---- opening --------------------------------------------------------------------- */

/* Refuses (without writing anything) a file that is not ours or is newer than us. */
static int check_ours(struct store *s, struct px_err *e)
{
    int64_t objects, version, marked = 0;
    if (query_int(s, "SELECT count(*) FROM sqlite_master", N_("read the schema"), &objects, e) ||
        query_int(s, "PRAGMA user_version", N_("read the schema version"), &version, e)) {
        if ((sqlite3_errcode(s->db) & 0xFF) == SQLITE_NOTADB)
            px_err_set(e, PX_DATA, _("%s is not a paridx database (%s)"), s->name,
                       sqlite3_errmsg(s->db));
        return -1;
    }
    if (objects == 0 && version == 0)
        return 0; /* a new, empty file */
    if (query_int(s,
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                  "'paridx_meta'",
                  N_("look for the paridx marker"), &marked, e))
        return -1;
    if (marked &&
        query_int(s,
                  "SELECT count(*) FROM paridx_meta WHERE key = 'application' AND "
                  "value = 'paridx'",
                  N_("read the paridx marker"), &marked, e))
        return -1;
    if (!marked) {
        px_err_set(e, PX_DATA,
                   _("%s is not a paridx database (it has tables of its own); it was left "
                     "untouched"),
                   s->name);
        return -1;
    }
    if (version > (int64_t)paridx_nmigrations) {
        px_err_set(e, PX_DATA,
                   _("%s was made by a newer paridx (schema version %lld, this paridx knows up to "
                     "%zu); it was left untouched"),
                   s->name, (long long)version, paridx_nmigrations);
        return -1;
    }
    return 0;
}

/* The first schema whose facts have an assessment year (db/003_fact_year.sql). */
#define FACT_YEAR_VERSION 3

/* Before the facts get their year: temp.migrate_year holds the year they take (NULL without
 * one), and a database that holds facts is refused without one. */
static int year_for_facts(struct store *s, int64_t version, int year, struct px_err *e)
{
    int64_t facts = 0;
    if (version > 0 && query_int(s, "SELECT count(*) FROM fact", N_("count the facts to upgrade"),
                                 &facts, e))
        return -1;
    if (facts > 0 && !year) {
        px_err_set(e, PX_DATA,
                   _("%s holds %lld facts without an assessment year (schema version %lld, from "
                     "an older paridx); give them theirs with `paridx migrate --db %s --year Y`; "
                     "nothing was changed"),
                   s->name, (long long)facts, (long long)version, s->name);
        return -1;
    }
    char sql[96];
    int rc = migrations_year(s->db, year, sql, sizeof sql);
    if (rc != SQLITE_OK)
        return store_fail(s, e, N_("set the year of the facts to upgrade"), rc, sql);
    return 0;
}

/* Applies the migrations the file lacks, all in one transaction with their version bumps, so
 * that a file is never left between two of them (kill -9 included); the version is read
 * inside the transaction so two processes cannot both apply one.  The facts of a database
 * older than the years take `year` (0: refused when there are any); *from gets the version
 * the file had. */
static int migrate(struct store *s, int year, int64_t *from, struct px_err *e)
{
    int64_t version;
    if (query_int(s, "PRAGMA user_version", N_("read the schema version"), &version, e))
        return -1;
    *from = version;
    if (version >= (int64_t)paridx_nmigrations)
        return 0; /* up to date: no write lock taken, read-only files open too */
    if (exec(s, "BEGIN IMMEDIATE", N_("start the schema upgrade"), e) ||
        query_int(s, "PRAGMA user_version", N_("read the schema version"), &version, e) ||
        (version < FACT_YEAR_VERSION && year_for_facts(s, version, year, e))) {
        store_rollback(s);
        return -1;
    }
    *from = version;
    char where[128];
    int rc = migrations_apply(s->db, version, where);
    if (rc != SQLITE_OK) {
        store_fail(s, e, N_("apply a schema migration"), rc, where);
        store_rollback(s);
        return -1;
    }
    if (exec(s, "COMMIT", N_("finish the schema upgrade"), e)) {
        store_rollback(s);
        return -1;
    }
    return exec(s, "DROP TABLE IF EXISTS temp.migrate_year", N_("finish the schema upgrade"), e);
}

/* Connection settings: foreign keys, a busy timeout, no schema tricks from the file, no
 * extensions and no fts3_tokenizer (it hands out memory addresses). */
static int configure(struct store *s, struct px_err *e)
{
    static const int OFF[] = {SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER,
                              SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION};
    int rc = sqlite3_extended_result_codes(s->db, 1);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(s->db, 5000);
    if (rc == SQLITE_OK)
        rc = sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
    for (size_t i = 0; i < sizeof OFF / sizeof *OFF && rc == SQLITE_OK; i++)
        rc = sqlite3_db_config(s->db, OFF[i], 0, (int *)NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, N_("configure the connection"), rc, "(sqlite3_db_config)");
    return exec(s, "PRAGMA foreign_keys = ON", N_("turn on foreign keys"), e);
}

struct store *store_connect(const char *path, int flags, struct px_err *e)
{
    if (path && !(flags & SQLITE_OPEN_CREATE) && access(path, F_OK) != 0 && errno == ENOENT) {
        px_err_at(e, PX_DATA, path, 0, 0, _("no such database (check the name; `paridx import "
                  "--db %s KIND CSV…` creates one)"), path);
        return NULL;
    }
    if (store_heap_setup(e) != 0 || store_vfs_setup(e) != 0)
        return NULL;
    struct store *s = calloc(1, sizeof *s);
    if (!s || !(s->name = strdup(path ? path : ":memory:"))) {
        free(s);
        px_err_set(e, PX_SYSTEM, _("out of memory opening the database"));
        return NULL;
    }
    /* One thread uses a connection at a time (the check of store_check_async.c has its own),
     * so SQLite need not lock it for every call, as its default serialized mode does. */
    int rc = sqlite3_open_v2(s->name, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        store_fail(s, e, N_("open the database"), rc, "(sqlite3_open_v2)");
    if (rc != SQLITE_OK || configure(s, e) != 0) {
        store_close(s);
        return NULL;
    }
    return s;
}

int store_scan_cache(struct store *s, struct px_err *e)
{
    return exec(s, "PRAGMA cache_size = 32", N_("size the page cache"), e);
}

/* Refuses a file or folder a command that writes cannot write to: said in words before any
 * work, not as SQLite's code after it. */
static int check_writable(const char *path, struct px_err *e)
{
    char *copy = strdup(path);
    if (!copy) {
        px_err_set(e, PX_SYSTEM, _("out of memory opening the database"));
        return -1;
    }
    const char *folder = dirname(copy);
    int file_ro = access(path, W_OK) != 0 && errno != ENOENT;
    int folder_ro = !file_ro && access(folder, W_OK) != 0;
    if (file_ro)
        px_err_set(e, PX_SYSTEM, _("%s is read-only: paridx cannot write to it (make it writable, "
                   "or work on a copy); nothing was done"), path);
    else if (folder_ro)
        px_err_set(e, PX_SYSTEM, _("the folder %s is read-only: SQLite must write its journal "
                   "beside %s (make the folder writable, or work on a copy); nothing was done"),
                   folder, path);
    free(copy);
    return file_ro || folder_ro ? -1 : 0;
}

/* A command that only reads failed to open path for SQLite's reasons: when the folder is
 * read-only, says so in words instead of SQLite's code (in WAL mode a reader too must make
 * the shared-memory file beside the database, unless a writer has it open). */
static void explain_read_failure(const char *path, struct px_err *e)
{
    char *copy = strdup(path);
    if (!copy || e->code != PX_SYSTEM) {
        free(copy);
        return;
    }
    const char *folder = dirname(copy);
    if (access(folder, W_OK) != 0)
        px_err_set(e, PX_SYSTEM, _("the folder %s is read-only: SQLite must write its "
                                   "shared-memory "
                   "file beside %s even to read it (make the folder writable, or work on a "
                   "copy); nothing was done"), folder, path);
    free(copy);
}

/* A new in-memory database gets the build's image of the migrated schema, copied into memory
 * SQLite owns (it frees it on close), instead of parsing every migration again; being new and
 * nowhere on disk, it needs no quick_check before its first write. */
static int load_image(struct store *s, struct px_err *e)
{
    sqlite3_int64 size = (sqlite3_int64)paridx_schema_image_size;
    unsigned char *copy = sqlite3_malloc64((sqlite3_uint64)size);
    if (!copy) {
        px_err_set(e, PX_SYSTEM, _("out of memory opening the database"));
        return -1;
    }
    memcpy(copy, paridx_schema_image, paridx_schema_image_size);
    int rc = sqlite3_deserialize(s->db, "main", copy, size, size,
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) /* SQLite has freed the copy */
        return store_fail(s, e, N_("open the database"), rc, "(sqlite3_deserialize)");
    s->checked = 1;
    return 0;
}

/* store_open and store_upgrade: the facts of a database older than the years take `year`. */
static struct store *open_at(const char *path, enum store_access want, int year, int64_t *from,
                             struct px_err *e)
{
    if (path && want != STORE_READ && check_writable(path, e) != 0)
        return NULL;
    int flags = SQLITE_OPEN_READWRITE | (want == STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
    struct store *s = store_connect(path, path ? flags : flags | SQLITE_OPEN_CREATE, e);
    int ok = s && (path || load_image(s, e) == 0) && check_ours(s, e) == 0;
    if (ok && path)
        ok = exec(s, "PRAGMA journal_mode = WAL", N_("switch to write-ahead logging"), e) == 0;
    /* A 16 MiB page cache (SQLite's default 2 MiB made a large import or run spill into the
     * write-ahead log page by page before its commit), and the statement journals of the
     * upserts in memory instead of temporary files. */
    ok = ok && exec(s, "PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY",
                    N_("size the page cache"), e) == 0;
    ok = ok && migrate(s, year, from, e) == 0;
    if (!ok) {
        if (path && want == STORE_READ)
            explain_read_failure(path, e);
        store_close(s);
        return NULL;
    }
    return s;
}

struct store *store_open(const char *path, enum store_access want, struct px_err *e)
{
    int64_t from;
    return open_at(path, want, 0, &from, e);
}

struct store *store_upgrade(const char *path, int year, int64_t *from, struct px_err *e)
{
    return open_at(path, STORE_WRITE, year, from, e);
}

void store_close(struct store *s)
{
    if (!s)
        return;
    store_check_cancel(s);
    store_run_forget(s);
    for (int i = 0; i < STMT_COUNT_; i++)
        sqlite3_finalize(s->stmts[i]); /* codes repeat earlier steps' */
    if (sqlite3_close(s->db) != SQLITE_OK)
        px_say(_("%s: cannot close: %s"), s->name, sqlite3_errmsg(s->db));
    free(s->name);
    free(s);
}

int store_schema_version(void)
{
    return (int)paridx_nmigrations;
}

/* ---- transactions ---------------------------------------------------------------- */

int store_begin(struct store *s, struct px_err *e)
{
    s->import_id = 0;
    s->before.valid = 0;
    s->changes = 0;
    if (!s->checked && !s->check && store_check_start(s, e) != 0)
        return -1;
    return exec(s, "BEGIN IMMEDIATE", N_("start a transaction"), e);
}

/* SQLite's foreign-key and CHECK constraints on again after store_begin_own_checks (outside
 * a transaction, where the foreign-key pragma takes effect); 0, or -1 and e set. */
static int checks_on(struct store *s, struct px_err *e)
{
    if (!s->checks_off)
        return 0;
    s->checks_off = 0;
    return exec(s, "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF",
                N_("turn the database's own checks back on"), e);
}

int store_begin_own_checks(struct store *s, struct px_err *e)
{
    if (exec(s, "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON",
             N_("leave the database's checks to the import"), e) != 0)
        return -1;
    s->checks_off = 1;
    if (store_begin(s, e) == 0)
        return 0;
    struct px_err again;
    if (checks_on(s, &again) != 0)
        px_report(&again);
    return -1;
}

int store_commit(struct store *s, struct px_err *e)
{
    s->import_id = 0;
    s->before.valid = 0;
    if (store_check_wait(s, e) != 0) { /* a damaged file: what the transaction wrote goes */
        store_rollback(s);
        return -1;
    }
    return exec(s, "COMMIT", N_("commit"), e) != 0 ? -1 : checks_on(s, e);
}

void store_rollback(struct store *s)
{
    s->import_id = 0;
    s->before.valid = 0;
    store_check_cancel(s);
    if (!sqlite3_get_autocommit(s->db) && sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL))
        px_say(_("%s: cannot roll back: %s"), s->name, sqlite3_errmsg(s->db));
    struct px_err e;
    if (checks_on(s, &e) != 0)
        px_report(&e);
}

long store_changes(const struct store *s)
{
    return s->changes;
}

int store_snapshot(struct store *s, struct import_seen *seen, struct px_err *e)
{
    memset(seen, 0, sizeof *seen);
    if (exec(s, "BEGIN", N_("start reading"), e) != 0)
        return -1;
    return store_last_import(s, seen, e);
}

int store_last_import(struct store *s, struct import_seen *seen, struct px_err *e)
{
    static const char *const step = N_("read the last import"), *const sql =
        "SELECT id, file, at FROM import ORDER BY id DESC LIMIT 1";
    memset(seen, 0, sizeof *seen);
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL); /* its first step fixes the snapshot */
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        seen->id = sqlite3_column_int64(st, 0);
        snprintf(seen->file, sizeof seen->file, "%s", (const char *)sqlite3_column_text(st, 1));
        snprintf(seen->at, sizeof seen->at, "%s", (const char *)sqlite3_column_text(st, 2));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        store_fail(s, e, step, rc, sql);
    sqlite3_finalize(st); /* its code repeats the step's */
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_rollback(s);
        return -1;
    }
    s->seen_import = seen->id;
    return 0;
}
