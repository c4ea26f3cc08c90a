/* test_store.c — unit tests of the store: migrations and user_version, refusing databases
 * that are not ours (byte for byte untouched), foreign keys, upserts, facts with source and
 * time, the audit log, imports, runs (their scores: test_store_run.c), transactions, missing
 * and damaged files, backups taken while another connection writes, changes counted, parents
 * followed, snapshots and the import a run saw, and the read-only query guard.
 * Uses: cmocka, store.h, migrations.h, libsqlite3 (to build and inspect files directly),
 * fileio.h, scratch.h, query_text.h. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fileio.h"
#include "migrations.h"
#include "query_text.h"
#include "scratch.h"
#include "store.h"

#define NOW SCRATCH_NOW

static struct store *open_ok(const char *path)
{
    struct px_err e = {0};
    struct store *s = store_open(path, STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open: %s", e.msg);
    return s;
}

/* Runs SQL on a file with plain SQLite (as another program would). */
static void sqlite_exec(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("%s: %s", sql, err);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static void put_unit(struct store *s, const char *code, const char *parent)
{
    struct px_err e = {0};
    struct unit_row u = {code, "Tên", "province", parent, "units.csv:2"};
    if (store_put_unit(s, &u, &e) != 0)
        fail_msg("store_put_unit %s: %s", code, e.msg);
}

static void put_fact(struct store *s, const char *unit, const char *name, const char *raw,
                     const char *source)
{
    struct px_err e = {0};
    struct fact_value v;
    assert_int_equal(fact_parse(raw, &v, &e), 0);
    struct fact_row row = {unit, name, 2019, NULL, source, 0, 0};
    if (store_put_fact(s, &row, &v, &e) != 0)
        fail_msg("store_put_fact %s/%s: %s", unit, name, e.msg);
}

/* ---- opening and migrations ------------------------------------------------------ */

static void test_new_file_is_migrated(void **state)
{
    (void)state;
    const char *path = scratch_path("new.db");
    store_close(open_ok(path));
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), (int)paridx_nmigrations);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);

    struct store *s = open_ok(path); /* reopening an up-to-date file changes nothing */
    assert_string_equal(query_text(s, "SELECT value FROM paridx_meta WHERE key = 'application'"),
                        "paridx\n");
    store_close(s);
}

static void test_data_persists(void **state)
{
    (void)state;
    const char *path = scratch_path("persist.db");
    struct store *s = open_ok(path);
    put_unit(s, "LCH", NULL);
    store_close(s);
    s = open_ok(path);
    assert_int_equal(store_has_unit(s, "LCH", &(struct px_err){0}), 1);
    store_close(s);
}

/* Opens path, expects a refusal containing `expect`, and checks the file is unchanged. */
static void expect_refused_untouched(const char *path, const char *expect)
{
    size_t before_len, after_len;
    struct px_err e = {0};
    char *before = file_read(path, &before_len, &e);
    assert_non_null(before);
    assert_null(store_open(path, STORE_CREATE, &e));
    assert_int_equal(e.code, PX_DATA);
    if (!strstr(e.msg, expect))
        fail_msg("expected '%s' in: %s", expect, e.msg);
    char *after = file_read(path, &after_len, &e);
    assert_non_null(after);
    assert_int_equal(before_len, after_len);
    assert_memory_equal(before, after, before_len);
    free(before);
    free(after);
    char wal[600];
    snprintf(wal, sizeof wal, "%s-wal", path);
    assert_int_not_equal(access(wal, F_OK), 0);
}

/* Runs SQL on a file with plain SQLite and expects SQLite to refuse it with a CHECK failure. */
static void sqlite_check_refuses(const char *path, const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK)
        fail_msg("accepted: %s", sql);
    if (!strstr(err, "CHECK constraint failed"))
        fail_msg("%s: %s", sql, err);
    sqlite3_free(err);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* The fact and score checks, written as plain comparisons, refuse what the IN lists did;
 * the table of scores stored before db/010 keeps its check and has no rowid, nor have the
 * tables of runs stored since; score is a view. */
static void test_fact_and_score_checks(void **state)
{
    (void)state;
    const char *path = scratch_path("checks.db");
    struct store *s = open_ok(path);
    put_unit(s, "LCH", NULL);
    store_close(s);
    static const char *const head =
        "INSERT INTO fact (unit, year, name, type, num, text, source, at) VALUES ('LCH', 2019, ";
    static const char *const bad[] = {
        "'a', 'dat', NULL, '2019-01-02', 'f:2', 'now')",  /* no such type */
        "'a', 'bool', 2, NULL, 'f:2', 'now')",            /* a bool is 0 or 1 */
        "'a', 'number', NULL, NULL, 'f:2', 'now')",       /* a number without its value */
        "'a', 'date', 1, '2019-01-02', 'f:2', 'now')",    /* a date with a number */
        "'a', 'na', NULL, 'x', 'f:2', 'now')",            /* na holds nothing */
    };
    char sql[1024];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        snprintf(sql, sizeof sql, "%s%s", head, bad[i]);
        sqlite_check_refuses(path, sql);
    }
    snprintf(sql, sizeof sql, "%s%s; %s%s; %s%s;", head, "'b', 'bool', 1, NULL, 'f:3', 'now')",
             head, "'c', 'text', NULL, 'x', 'f:4', 'now')", head,
             "'d', 'na', NULL, NULL, 'f:5', 'now')");
    sqlite_exec(path, sql);
    sqlite_exec(path, "INSERT INTO run (id, rules_file, rules_sha256, year, at) "
                      "VALUES (1, 'r.lua', 'ff', 2019, 'now')");
    sqlite_check_refuses(path, "INSERT INTO score_legacy VALUES (1, 'LCH', '1', 1, 2, 2, NULL)");
    sqlite_exec(path, "INSERT INTO score_legacy VALUES (1, 'LCH', '1', 1, 2, 0, NULL)");
    s = open_ok(path);
    assert_string_equal(query_text(s, "SELECT count(*) FROM fact"), "3\n");
    assert_string_equal(query_text(s, "SELECT name, type, wr FROM pragma_table_list WHERE name "
                                      "IN ('score', 'score_legacy', 'score_unit', 'run_node') "
                                      "ORDER BY name"),
                        "run_node|table|1\nscore|view|0\nscore_legacy|table|1\n"
                        "score_unit|table|1\n");
    store_close(s);
}

static void test_foreign_database_refused(void **state)
{
    (void)state;
    const char *path = scratch_path("foreign.db");
    sqlite_exec(path, "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('An');");
    expect_refused_untouched(path, "is not a paridx database (it has tables of its own)");
    /* a table named paridx_meta is not enough: the marker row must say paridx */
    sqlite_exec(path, "CREATE TABLE paridx_meta (key, value);"
                      "INSERT INTO paridx_meta VALUES ('application', 'other');");
    expect_refused_untouched(path, "is not a paridx database");
}

static void test_newer_database_refused(void **state)
{
    (void)state;
    const char *path = scratch_path("newer.db");
    store_close(open_ok(path));
    sqlite_exec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    expect_refused_untouched(path, "was made by a newer paridx (schema version 99");
}

static void test_not_a_database_refused(void **state)
{
    (void)state;
    static const char csv[] = "code,name\nLCH,Lai Châu\n"
                              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    const char *path = scratch_file("units.csv", csv, sizeof csv - 1);
    expect_refused_untouched(path, "is not a paridx database (file is not a database)");
}

static void test_memory_database(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    assert_string_equal(query_text(s, "SELECT count(*) FROM unit"), "0\n");
    store_close(s);
}

/* ---- what a command may open, and damaged files ---------------------------------- */

static void test_missing_file_not_created(void **state)
{
    (void)state;
    const char *path = scratch_path("typo.db");
    struct px_err e = {0};
    assert_null(store_open(path, STORE_READ, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.file, "typo.db"));
    assert_non_null(strstr(e.msg, "no such database"));
    assert_null(store_open(path, STORE_WRITE, &e));
    assert_int_not_equal(access(path, F_OK), 0); /* nothing was created */
    store_close(open_ok(path));                  /* STORE_CREATE may */
    struct store *s = store_open(path, STORE_READ, &e);
    assert_non_null(s);
    store_close(s);
}

/* Overwrites 64 bytes at the start of the page that holds table's root. */
static void damage_table(const char *path, const char *table)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    long page = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    assert_int_equal(fseek(f, (page - 1) * 4096, SEEK_SET), 0);
    static const char junk[64] = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    assert_int_equal(fwrite(junk, 1, sizeof junk, f), sizeof junk);
    assert_int_equal(fclose(f), 0);
}

/* A file of 600 KB: above the size checked at once (store_check_async.c), so its check runs
 * beside the transaction. */
static void put_big_unit(struct store *s)
{
    static char name[600 * 1000];
    memset(name, 'x', sizeof name - 1);
    struct px_err e = {0};
    struct unit_row u = {"BIG", name, "province", NULL, "units.csv:2"};
    if (store_put_unit(s, &u, &e) != 0)
        fail_msg("store_put_unit BIG: %s", e.msg);
}

/* A file holding unit LCH (and, when big, one that makes it 600 KB) whose agency table is
 * damaged. */
static const char *damaged_file(const char *name, int big)
{
    const char *path = scratch_path(name);
    struct store *s = open_ok(path);
    put_unit(s, "LCH", NULL);
    if (big)
        put_big_unit(s);
    store_close(s);
    damage_table(path, "agency");
    return path;
}

/* The bytes of path, whole; *len gets their count. */
static char *file_bytes(const char *path, size_t *len)
{
    struct px_err e = {0};
    char *bytes = file_read_max(path, 1 << 20, len, &e);
    assert_non_null(bytes);
    return bytes;
}

/* Fails unless path holds the len bytes of `before`, which it frees. */
static void assert_file_is(const char *path, char *before, size_t len)
{
    size_t now;
    char *after = file_bytes(path, &now);
    assert_int_equal(now, len);
    assert_memory_equal(before, after, len);
    free(before);
    free(after);
}

static void test_damaged_file_refuses_writes(void **state)
{
    (void)state;
    const char *path = damaged_file("damaged.db", 1);
    struct store *s = open_ok(path); /* reading what is intact still works */
    struct px_err e = {0};
    assert_int_equal(store_has_unit(s, "LCH", &e), 1);
    size_t len;
    char *before = file_bytes(path, &len);
    /* The check runs beside the transaction; its commit is refused and nothing is written. */
    assert_int_equal(store_begin(s, &e), 0);
    put_unit(s, "DBN", NULL);
    assert_int_equal(store_commit(s, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "damaged.db is damaged (PRAGMA quick_check: "));
    assert_non_null(strstr(e.msg, "paridx check-db --db"));
    assert_non_null(strstr(e.msg, "paridx backup"));
    assert_int_equal(store_has_unit(s, "DBN", &e), 0);
    store_close(s);
    assert_file_is(path, before, len);
    /* A transaction rolled back stops its check; the next write is checked again. */
    s = open_ok(path);
    assert_int_equal(store_begin(s, &e), 0);
    store_rollback(s);
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(store_commit(s, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    store_close(s);
    char buf[4096];
    FILE *out = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(store_check(path, out, &e), 2); /* integrity and foreign keys */
    fclose(out);
    assert_non_null(strstr(buf, "integrity_check: Page "));
    assert_non_null(strstr(buf, "2 problems found"));
}

/* A small file is checked at once, as the transaction begins: refused there, nothing written. */
static void test_damaged_small_file_refused_at_once(void **state)
{
    (void)state;
    const char *path = damaged_file("damaged-small.db", 0);
    size_t len;
    char *before = file_bytes(path, &len);
    struct px_err e = {0};
    struct store *s = open_ok(path);
    assert_int_equal(store_begin(s, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "damaged-small.db is damaged (PRAGMA quick_check: "));
    assert_int_equal(store_begin(s, &e), -1); /* and again at the next write */
    store_close(s);
    assert_file_is(path, before, len);
}

/* check-db names rows whose parent row is missing (written by a program without foreign keys)
 * and a schema newer than this paridx knows. */
static void test_check_db_names_problems(void **state)
{
    (void)state;
    const char *path = scratch_path("orphans.db");
    store_close(open_ok(path));
    sqlite_exec(path, "INSERT INTO fact (unit, year, name, type, num, source, at) "
                      "VALUES ('NOPE', 2019, 'plan', 'number', 1, 'x', 'y')");
    char buf[4096];
    struct px_err e = {0};
    FILE *out = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(store_check(path, out, &e), 1);
    fclose(out);
    assert_non_null(strstr(buf, "orphans.db: foreign_key_check: fact refers to a missing unit\n"));
    sqlite_exec(path, "DELETE FROM fact; PRAGMA user_version = 99");
    out = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(store_check(path, out, &e), 1);
    fclose(out);
    assert_non_null(strstr(buf, "schema version 99 is newer than this paridx knows"));
}

/* A copy taken while another connection writes holds what was committed, not half of it. */
static void test_backup_is_consistent(void **state)
{
    (void)state;
    const char *path = scratch_path("live.db");
    char copy[600], missing[600];
    snprintf(copy, sizeof copy, "%s", scratch_path("copy.db"));
    snprintf(missing, sizeof missing, "%s", scratch_path("no-copy.db"));
    struct store *s = open_ok(path);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    assert_int_equal(store_begin(s, &e), 0); /* an import half done */
    put_unit(s, "STP", "LCH");
    assert_true(store_backup(path, copy, &e) > 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    s = open_ok(copy);
    assert_string_equal(query_text(s, "SELECT code FROM unit"), "LCH\n");
    store_close(s);
    assert_int_equal(store_backup(path, copy, &e), -1); /* never over an existing file */
    assert_int_equal(e.code, PX_USAGE);
    assert_int_equal(store_backup(scratch_path("nope.db"), missing, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_int_not_equal(access(missing, F_OK), 0);
}

/* ---- writing and reading ---------------------------------------------------------- */

static void test_units_under(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    char path[200];
    put_unit(s, "C1", NULL);
    put_unit(s, "C2", "C1");
    put_unit(s, "C3", "C2");
    assert_int_equal(store_unit_under(s, "C3", "C1", path, sizeof path, &e), 1);
    assert_string_equal(path, "C3 → C2 → C1");
    assert_int_equal(store_unit_under(s, "C2", "C2", path, sizeof path, &e), 1);
    assert_string_equal(path, "C2");
    assert_int_equal(store_unit_under(s, "C1", "C3", path, sizeof path, &e), 0);
    assert_int_equal(store_unit_under(s, "NOPE", "C1", path, sizeof path, &e), 0);
    store_close(s);
}

static void test_changes_counted(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    assert_int_equal(store_begin(s, &e), 0);
    put_unit(s, "LCH", NULL);
    struct agency_row a = {"STP", "Sở Tư pháp", "agencies.csv:2"};
    assert_int_equal(store_put_agency(s, &a, &e), 0);
    put_fact(s, "LCH", "plan", "1", "facts.csv:2");
    assert_int_equal(store_changes(s), 3);
    assert_int_equal(store_commit(s, &e), 0);

    assert_int_equal(store_begin(s, &e), 0); /* the same values again: no change */
    put_unit(s, "LCH", NULL);
    assert_int_equal(store_put_agency(s, &a, &e), 0);
    put_fact(s, "LCH", "plan", "1", "other.csv:7");
    assert_int_equal(store_changes(s), 0);
    put_fact(s, "LCH", "plan", "0", "other.csv:8"); /* a value changed, with its audit row */
    struct unit_row moved = {"LCH", "Tên", "district", NULL, "units.csv:3"};
    assert_int_equal(store_put_unit(s, &moved, &e), 0);
    assert_int_equal(store_changes(s), 2);
    assert_int_equal(store_commit(s, &e), 0);
    assert_string_equal(query_text(s, "SELECT kind, source FROM unit"), "district|units.csv:3\n");
    store_close(s);
}

static void test_find_import(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    char at[20] = "";
    assert_int_equal(store_find_import(s, "units", "ab12", at, &e), 0);
    assert_int_equal(store_begin(s, &e), 0);
    assert_true(store_add_import(s, "units", "units.csv", "ab12", 3, &e) > 0);
    assert_int_equal(store_commit(s, &e), 0);
    assert_int_equal(store_find_import(s, "units", "ab12", at, &e), 1);
    assert_string_equal(at, NOW);
    assert_int_equal(store_find_import(s, "facts", "ab12", at, &e), 0); /* another kind */
    store_close(s);
}

/* A run scored from a snapshot records the last import the snapshot saw, even when another
 * connection commits an import before the run is stored. */
static void test_snapshot_records_import(void **state)
{
    (void)state;
    const char *path = scratch_path("snapshot.db");
    struct store *s = open_ok(path), *other = open_ok(path);
    struct px_err e = {0};
    assert_int_equal(store_begin(s, &e), 0);
    assert_true(store_add_import(s, "units", "units.csv", "ab12", 1, &e) > 0);
    put_unit(s, "LCH", NULL);
    assert_int_equal(store_commit(s, &e), 0);

    struct import_seen seen;
    assert_int_equal(store_snapshot(s, &seen, &e), 0);
    assert_int_equal(seen.id, 1);
    assert_string_equal(seen.file, "units.csv");
    assert_string_equal(seen.at, NOW);
    assert_int_equal(store_begin(other, &e), 0); /* an import commits meanwhile */
    assert_true(store_add_import(other, "units", "more.csv", "cd34", 1, &e) > 0);
    put_unit(other, "STP", "LCH");
    assert_int_equal(store_commit(other, &e), 0);
    assert_int_equal(store_has_unit(s, "STP", &e), 0); /* the snapshot does not see it */
    store_rollback(s);
    assert_int_equal(store_has_unit(s, "STP", &e), 1);

    assert_int_equal(store_begin(s, &e), 0);
    struct run_row r = {"rules/2019.lua", "ffee", NULL, 2019, "self", NULL, 0};
    assert_true(store_add_run(s, &r, &e) > 0);
    assert_int_equal(store_commit(s, &e), 0);
    assert_string_equal(query_text(s, "SELECT data_as_of_import FROM run"), "1\n");
    store_close(other);
    store_close(s);
}

static void test_units_and_foreign_keys(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    put_unit(s, "STP", "LCH");
    put_unit(s, "H-TDU", "LCH");
    struct unit_row orphan = {"X", "X", "district", "NOPE", "units.csv:9"};
    assert_int_equal(store_put_unit(s, &orphan, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "FOREIGN KEY constraint failed"));
    assert_non_null(strstr(e.msg, "INSERT INTO unit"));

    struct unit_row renamed = {"STP", "Sở Tư pháp", "department", "LCH", "units2.csv:4"};
    assert_int_equal(store_put_unit(s, &renamed, &e), 0);
    struct unit_info *u;
    size_t n;
    assert_int_equal(store_units(s, &u, &n, &e), 0);
    assert_int_equal(n, 3);
    assert_string_equal(u[0].code, "H-TDU");
    assert_string_equal(u[1].code, "LCH");
    assert_null(u[1].parent);
    assert_string_equal(u[2].name, "Sở Tư pháp");
    assert_string_equal(u[2].kind, "department");
    assert_string_equal(u[2].parent, "LCH");
    store_free_units(u, n);
    assert_int_equal(store_has_unit(s, "STP", &e), 1);
    assert_int_equal(store_has_unit(s, "stp", &e), 0);

    struct fact_value v = {.type = FACT_NUMBER, .num = 1};
    struct fact_row row = {"NOPE", "plan", 2019, NULL, "facts.csv:2", 0, 0};
    assert_int_equal(store_put_fact(s, &row, &v, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    store_close(s);
}

/* A writer that makes the checks itself (store_begin_own_checks) has SQLite's foreign-key and
 * CHECK constraints off for its transaction only: after its commit or rollback SQLite refuses
 * again what they forbid, and check-db finds a row that broke one. */
static void test_own_checks_end_with_transaction(void **state)
{
    (void)state;
    const char *path = scratch_path("own-checks.db");
    struct store *s = open_ok(path);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    struct fact_value two = {.type = FACT_BOOL, .num = 2}; /* a bool is 0 or 1 */
    struct fact_row bad = {"LCH", "a", 2019, NULL, "facts.csv:2", 0, 0};
    struct fact_row orphan = {"NOPE", "a", 2019, NULL, "facts.csv:3", 0, 0};
    assert_int_equal(store_begin_own_checks(s, &e), 0);
    assert_int_equal(store_put_fact(s, &bad, &two, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    for (int round = 0; round < 2; round++) { /* after a commit, then after a rollback */
        bad.name = "b";
        assert_int_equal(store_put_fact(s, &bad, &two, &e), -1);
        assert_non_null(strstr(e.msg, "CHECK constraint failed"));
        struct fact_value one = {.type = FACT_BOOL, .num = 1};
        assert_int_equal(store_put_fact(s, &orphan, &one, &e), -1);
        assert_non_null(strstr(e.msg, "FOREIGN KEY constraint failed"));
        assert_int_equal(store_begin_own_checks(s, &e), 0);
        store_rollback(s);
    }
    store_close(s);
    char buf[4096];
    FILE *out = fmemopen(buf, sizeof buf, "w");
    assert_int_equal(store_check(path, out, &e), 1);
    fclose(out);
    assert_non_null(strstr(buf, "own-checks.db: integrity_check: CHECK constraint failed in fact\n"));
}

static void test_agencies(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    struct agency_row a = {"STP", "Sở Tư pháp", "agencies.csv:2"};
    assert_int_equal(store_put_agency(s, &a, &e), 0);
    a.name = "Sở Tư pháp tỉnh Lai Châu";
    a.source = "agencies.csv:3";
    assert_int_equal(store_put_agency(s, &a, &e), 0);
    assert_string_equal(query_text(s, "SELECT code, name, source, at FROM agency"),
                        "STP|Sở Tư pháp tỉnh Lai Châu|agencies.csv:3|" NOW "\n");
    store_close(s);
}

static void test_facts_round_trip(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    put_fact(s, "LCH", "ratio", "85%", "facts.csv:2");
    put_fact(s, "LCH", "issued", "có", "facts.csv:3");
    put_fact(s, "LCH", "sent", "25/12/2019", "facts.csv:4");
    put_fact(s, "LCH", "status", "đúng hạn", "facts.csv:5");
    put_fact(s, "LCH", "iso", "KAD", "facts.csv:6");
    struct fact_info *f;
    size_t n;
    assert_int_equal(store_facts(s, "LCH", 2019, &f, &n, &e), 0);
    assert_int_equal(n, 5); /* in name order */
    assert_string_equal(f[0].name, "iso");
    assert_int_equal(f[0].value.type, FACT_NA);
    assert_string_equal(f[1].name, "issued");
    assert_int_equal(f[1].value.type, FACT_BOOL);
    assert_true(f[1].value.num == 1);
    assert_string_equal(f[2].name, "ratio");
    assert_true(f[2].value.num == 0.85);
    assert_string_equal(f[2].source, "facts.csv:2");
    assert_string_equal(f[2].at, NOW);
    assert_string_equal(f[3].value.text, "2019-12-25");
    assert_int_equal(f[3].value.type, FACT_DATE);
    assert_string_equal(f[4].value.text, "đúng hạn");
    store_free_facts(f, n);
    assert_int_equal(store_facts(s, "NONE", 2019, &f, &n, &e), 0);
    assert_int_equal(n, 0);
    store_free_facts(f, n);
    assert_string_equal(query_text(s, "SELECT type, num, text FROM fact WHERE name = 'sent'"),
                        "date|NULL|2019-12-25\n");
    store_close(s);
}

static void test_audit_on_change(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    put_unit(s, "LCH", NULL);
    put_fact(s, "LCH", "ratio", "0,8", "a.csv:2");
    assert_string_equal(query_text(s, "SELECT count(*) FROM audit"), "0\n"); /* new: no change */
    put_fact(s, "LCH", "ratio", "0.85", "b.csv:7");
    assert_string_equal(
        query_text(s, "SELECT at, actor, action, subject, old, new, source, old_source FROM audit"),
        NOW "|import|fact.change|LCH/ratio|0,8|0,85|b.csv:7|a.csv:2\n");
    put_fact(s, "LCH", "ratio", "85%", "c.csv:3"); /* the same value */
    assert_string_equal(query_text(s, "SELECT count(*) FROM audit"), "1\n");
    assert_string_equal(query_text(s, "SELECT source FROM fact"), "c.csv:3\n");
    put_fact(s, "LCH", "ratio", "không áp dụng", "d.csv:2"); /* a change of type */
    assert_string_equal(query_text(s, "SELECT old, new FROM audit WHERE id = 2"),
                        "0,85|không áp dụng\n");
    store_close(s);
}

/* Two assessment years side by side: each year reads its own facts, a change in 2020 leaves
 * 2019's fact and audit alone, and a changed note is audited with the year. */
static void test_facts_by_year(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    put_fact(s, "LCH", "ratio", "0,8", "2019.csv:2");
    struct fact_value v;
    assert_int_equal(fact_parse("0,9", &v, &e), 0);
    struct fact_row row = {"LCH", "ratio", 2020, "ước tính", "2020.csv:2", 0, 0};
    assert_int_equal(store_put_fact(s, &row, &v, &e), 0);
    assert_string_equal(query_text(s, "SELECT count(*) FROM audit"), "0\n"); /* a new fact */
    row.note = "số liệu chính thức";
    row.source = "2020b.csv:2";
    assert_int_equal(store_put_fact(s, &row, &v, &e), 0); /* same value, another note */
    assert_string_equal(query_text(s, "SELECT year, subject, old, new, old_note, new_note FROM "
                                      "audit"),
                        "2020|LCH/ratio|0,9|0,9|ước tính|số liệu chính thức\n");
    assert_string_equal(query_text(s, "SELECT year, num, note, source FROM fact ORDER BY year"),
                        "2019|0.8|NULL|2019.csv:2\n2020|0.9|số liệu chính thức|2020b.csv:2\n");
    struct fact_info *f;
    size_t n;
    assert_int_equal(store_facts(s, "LCH", 2020, &f, &n, &e), 0);
    assert_int_equal(n, 1);
    assert_true(f[0].value.num == 0.9);
    assert_string_equal(f[0].note, "số liệu chính thức");
    store_free_facts(f, n);
    assert_int_equal(store_facts(s, "LCH", 2019, &f, &n, &e), 0);
    assert_int_equal(n, 1);
    assert_true(f[0].value.num == 0.8);
    assert_null(f[0].note);
    store_free_facts(f, n);
    assert_int_equal(store_facts(s, "LCH", 2021, &f, &n, &e), 0);
    assert_int_equal(n, 0);
    store_free_facts(f, n);
    store_close(s);
}

/* A database of schema version 2 (db/001 and db/002 only) holding a fact and its audit row. */
static const char *version_2_database(const char *name)
{
    const char *path = scratch_path(name);
    unlink(path);
    sqlite_exec(path, paridx_migrations[0].sql);
    sqlite_exec(path, paridx_migrations[1].sql);
    sqlite_exec(path, "INSERT INTO unit VALUES ('LCH', 'Lai Châu', 'province', NULL, 'u:2', 't');"
                      "INSERT INTO fact (unit, name, type, num, source, at) "
                      "VALUES ('LCH', 'ratio', 'number', 0.85, 'f:2', 't');"
                      "INSERT INTO audit (at, actor, action, subject, old, new) "
                      "VALUES ('t', 'import', 'fact.change', 'LCH/ratio', '0,8', '0,85');"
                      "PRAGMA user_version = 2;");
    return path;
}

/* The migration to years: refused without a year while facts exist (the file unchanged), done
 * with one, every value kept; a version-2 file without facts upgrades on any open. */
static void test_upgrade_to_years(void **state)
{
    (void)state;
    struct px_err e = {0};
    int64_t from = -1;
    const char *path = version_2_database("v2.db");
    assert_null(store_open(path, STORE_READ, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "paridx migrate --db"));
    assert_null(store_upgrade(path, 0, &from, &e));
    struct store *s = store_upgrade(path, 2019, &from, &e);
    assert_non_null(s);
    assert_int_equal(from, 2);
    assert_string_equal(query_text(s, "SELECT unit, year, name, type, num, note, source FROM fact"),
                        "LCH|2019|ratio|number|0.85|NULL|f:2\n");
    assert_string_equal(query_text(s, "SELECT year, subject, old, new FROM audit"),
                        "2019|LCH/ratio|0,8|0,85\n");
    store_close(s);

    path = version_2_database("v2-empty.db");
    sqlite_exec(path, "DELETE FROM audit; DELETE FROM fact;");
    s = store_open(path, STORE_READ, &e);
    assert_non_null(s);
    assert_string_equal(query_text(s, "SELECT count(year), count(note) FROM fact"), "0|0\n");
    store_close(s);
}

static void test_imports_and_transactions(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    assert_int_equal(store_begin(s, &e), 0);
    int64_t id = store_add_import(s, "facts", "facts.csv", "ab12", 0, &e);
    assert_true(id > 0);
    put_fact(s, "LCH", "plan", "1", "facts.csv:2");
    assert_int_equal(store_set_import_rows(s, id, 1, &e), 0);
    assert_int_equal(store_set_import_rows(s, id + 5, 1, &e), -1);
    assert_int_equal(store_commit(s, &e), 0);
    put_fact(s, "LCH", "other", "2", "repl"); /* after the import: no import id */
    assert_string_equal(query_text(s, "SELECT name, import_id FROM fact ORDER BY name"),
                        "other|NULL\nplan|1\n");
    assert_string_equal(query_text(s, "SELECT kind, file, sha256, rows, at FROM import"),
                        "facts|facts.csv|ab12|1|" NOW "\n");

    assert_int_equal(store_begin(s, &e), 0);
    put_unit(s, "STP", "LCH");
    put_fact(s, "LCH", "plan", "0", "x.csv:2");
    store_rollback(s);
    assert_int_equal(store_has_unit(s, "STP", &e), 0);
    assert_string_equal(query_text(s, "SELECT num FROM fact WHERE name = 'plan'"), "1\n");
    assert_string_equal(query_text(s, "SELECT count(*) FROM audit"), "0\n");
    store_rollback(s); /* nothing open: harmless */
    assert_int_equal(store_commit(s, &e), -1);
    assert_non_null(strstr(e.msg, "cannot commit"));
    store_close(s);
}

/* A fact from a line of its import keeps the line alone (the import has the file and the
 * time); one without a line, or written outside an import, keeps its source and time as
 * text.  store_facts, the repeat check, the audit and store_fact_stored_by give the same
 * sources either way. */
static void test_fact_origin(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    put_unit(s, "LCH", NULL);
    assert_int_equal(store_begin(s, &e), 0);
    assert_true(store_add_import(s, "facts", "dir/facts.csv", "ab12", 0, &e) > 0);
    struct fact_value v;
    assert_int_equal(fact_parse("0,5", &v, &e), 0);
    struct fact_row rows[] = {{"LCH", "a", 2019, NULL, "dir/facts.csv:7", 0, 7},
                              {"LCH", "b", 2019, NULL, "dir/facts.csv:8", 0, 8}};
    const struct fact_row *const row_list[] = {&rows[0], &rows[1]};
    const struct fact_value *const values[] = {&v, &v};
    assert_int_equal(store_add_facts(s, row_list, values, 2, &e), 2);
    struct fact_row said = {"LCH", "c", 2019, NULL, "scenario", 0, 0}; /* no line */
    assert_int_equal(store_put_fact(s, &said, &v, &e), 0);
    assert_int_equal(store_fact_stored_by(s, &rows[1], &e), 1);
    struct fact_row other_line = rows[1];
    other_line.line = 9;
    assert_int_equal(store_fact_stored_by(s, &other_line, &e), 0);
    char source[100];
    assert_int_equal(store_fact_imported(s, &rows[0], source, sizeof source, &e), 1);
    assert_string_equal(source, "dir/facts.csv:7");
    struct fact_value w;
    assert_int_equal(fact_parse("0,75", &w, &e), 0);
    struct fact_row changed = {"LCH", "a", 2019, NULL, "dir/facts.csv:12", 0, 12};
    assert_int_equal(store_put_fact(s, &changed, &w, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    put_fact(s, "LCH", "d", "1", "facts.csv:3"); /* outside an import: the text, even so */
    assert_string_equal(query_text(s, "SELECT name, import_id, line, source, at FROM fact "
                                      "ORDER BY name"),
                        "a|1|12|NULL|NULL\nb|1|8|NULL|NULL\nc|1|NULL|scenario|NULL\n"
                        "d|NULL|NULL|facts.csv:3|" NOW "\n");
    assert_string_equal(query_text(s, "SELECT source, old_source FROM audit"),
                        "dir/facts.csv:12|dir/facts.csv:7\n");
    struct fact_info *f;
    size_t n;
    assert_int_equal(store_facts(s, "LCH", 2019, &f, &n, &e), 0);
    assert_int_equal(n, 4);
    const char *const want[][2] = {{"dir/facts.csv:12", NOW}, {"dir/facts.csv:8", NOW},
                                   {"scenario", NOW}, {"facts.csv:3", NOW}};
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(f[i].source, want[i][0]);
        assert_string_equal(f[i].at, want[i][1]);
    }
    store_free_facts(f, n);
    store_close(s);
}

static void test_clock_without_override(void **state)
{
    (void)state;
    unsetenv("PARIDX_NOW");
    struct store *s = open_ok(NULL);
    put_unit(s, "LCH", NULL);
    const char *at = query_text(s, "SELECT at FROM unit");
    assert_int_equal(strlen(at), 20); /* "YYYY-MM-DD HH:MM:SS\n" */
    assert_true(at[4] == '-' && at[10] == ' ' && at[13] == ':');
    assert_string_not_equal(at, NOW "\n");
    store_close(s);
    setenv("PARIDX_NOW", NOW, 1);
}

/* ---- the read-only query guard --------------------------------------------------- */

static int count_row(void *ud, int ncols, const char *const *names, const struct sql_value *row)
{
    (void)ncols, (void)names, (void)row;
    ++*(int *)ud;
    return 0;
}

static void expect_query_error(struct store *s, const char *sql, enum px_exit code,
                               const char *msg)
{
    int rows = 0;
    struct px_err e = {0};
    assert_int_equal(store_query(s, sql, NULL, 0, count_row, &rows, NULL, &e), -1);
    assert_int_equal(e.code, code);
    if (strncmp(e.msg, msg, strlen(msg)) != 0)
        fail_msg("%s: expected '%s', got '%s'", sql, msg, e.msg);
    assert_int_equal(rows, 0);
}

static void test_query_refuses_writes(void **state)
{
    (void)state;
    struct store *s = open_ok(scratch_path("guard.db"));
    put_unit(s, "LCH", NULL);
    static const struct {
        const char *sql, *msg;
    } refused[] = {
        {"INSERT INTO unit VALUES ('X', 'X', 'k', NULL, 's', 'a')",
         "the rule may only read: INSERT is not allowed"},
        {"DELETE FROM unit", "the rule may only read: DELETE is not allowed"},
        {"UPDATE unit SET name = 'x'", "the rule may only read: UPDATE is not allowed"},
        {"ATTACH DATABASE '/tmp/x.db' AS x", "the rule may only read: ATTACH is not allowed"},
        {"PRAGMA user_version = 7", "the rule may only read: PRAGMA is not allowed"},
        {"PRAGMA foreign_keys = OFF", "the rule may only read: PRAGMA is not allowed"},
        {"PRAGMA journal_mode = DELETE", "the rule may only read: PRAGMA is not allowed"},
        {"DROP TABLE fact", "the rule may only read: DROP TABLE is not allowed"},
        {"CREATE INDEX i ON unit (name)", "the rule may only read: CREATE INDEX is not allowed"},
        {"DELETE FROM sqlite_master", "bad query: table sqlite_master may not be modified"},
        {"DROP VIEW IF EXISTS missing",
         "the rule may only read: 'DROP VIEW IF EXISTS missing' writes"},
        {"ALTER TABLE unit ADD COLUMN z", "the rule may only read: ALTER TABLE is not allowed"},
        {"CREATE TEMP TABLE t (x)", "the rule may only read: CREATE TEMP TABLE is not allowed"},
        {"BEGIN", "the rule may only read: BEGIN, COMMIT or ROLLBACK is not allowed"},
        {"WITH x AS (SELECT 1) DELETE FROM unit",
         "the rule may only read: DELETE is not allowed"},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        expect_query_error(s, refused[i].sql, PX_RULE, refused[i].msg);
    expect_query_error(s, "SELECT 1; DELETE FROM unit", PX_RULE,
                       "expected one statement, found a second one: 'DELETE FROM unit'");
    expect_query_error(s, "SELECT 1;\n  SELECT 2", PX_RULE,
                       "expected one statement, found a second one: 'SELECT 2'");
    expect_query_error(s, "SELEC 1", PX_RULE, "bad query: near \"SELEC\": syntax error");
    expect_query_error(s, "-- nothing", PX_RULE, "expected a SELECT statement, found none");
    /* nothing was changed, and ordinary writing still works afterwards */
    assert_string_equal(query_text(s, "SELECT code, name FROM unit"), "LCH|Tên\n");
    assert_string_equal(query_text(s, "SELECT 1; -- done\n"), "1\n");
    assert_string_equal(query_text(s, "SELECT name FROM pragma_table_info('agency') WHERE pk"),
                        "code\n");
    put_unit(s, "STP", "LCH");
    assert_string_equal(query_text(s, "SELECT count(*) FROM unit"), "2\n");
    store_close(s);
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(scratch_path("guard.db"), &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), (int)paridx_nmigrations);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static void test_query_params_and_types(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    put_unit(s, "LCH", NULL);
    put_unit(s, "STP", "LCH");
    struct sql_value params[] = {
        {.type = SQLV_TEXT, .s = "LCHxx", .len = 3},
        {.type = SQLV_INT, .i = 7},
        {.type = SQLV_REAL, .r = 0.5},
        {.type = SQLV_NULL},
    };
    assert_string_equal(query_text_with(s, "SELECT code, ?2 + 1, ?3 * 2, ?4 IS NULL FROM unit "
                                           "WHERE parent = ?1",
                                        params, 4),
                        "STP|8|1|1\n");
    expect_query_error(s, "SELECT ?1, ?2", PX_RULE,
                       "expected 2 values for the query's parameters, found 0");
    store_close(s);
}

struct names_seen {
    char first[32];
    int rows;
};

static int stop_after_one(void *ud, int ncols, const char *const *names,
                          const struct sql_value *row)
{
    (void)row;
    struct names_seen *n = ud;
    assert_int_equal(ncols, 1);
    snprintf(n->first, sizeof n->first, "%s", names[0]);
    n->rows++;
    return 1;
}

static void test_query_stops_early(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    struct names_seen n = {"", 0};
    assert_int_equal(store_query(s,
                                 "WITH RECURSIVE c(v) AS (SELECT 1 UNION ALL SELECT v + 1 "
                                 "FROM c WHERE v < 100) SELECT v FROM c",
                                 NULL, 0, stop_after_one, &n, NULL, &e),
                     0);
    assert_int_equal(n.rows, 1);
    assert_string_equal(n.first, "v");
    store_close(s);
}

static int polls;
static int stop_at_third_poll(void *ud)
{
    (void)ud;
    return ++polls >= 3;
}

static void test_query_interrupt(void **state)
{
    (void)state;
    struct store *s = open_ok(NULL);
    struct px_err e = {0};
    int rows = 0;
    polls = 0;
    int rc = store_query(s,
                         "WITH RECURSIVE c(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM c) "
                         "SELECT count(*) FROM c",
                         NULL, 0, count_row, &rows, &(struct query_budget){stop_at_third_poll, NULL, 0}, &e);
    assert_int_equal(rc, -1);
    assert_int_equal(e.code, PX_LIMIT);
    assert_string_equal(e.msg, "the query was stopped: a limit was reached");
    assert_int_equal(polls, 3);
    polls = 0; /* the handler is gone afterwards */
    assert_string_equal(query_text(s, "WITH RECURSIVE c(v) AS (SELECT 1 UNION ALL "
                                      "SELECT v + 1 FROM c WHERE v < 100000) SELECT count(*) FROM c"),
                        "100000\n");
    assert_int_equal(polls, 0);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_file_is_migrated),
        cmocka_unit_test(test_data_persists),
        cmocka_unit_test(test_fact_and_score_checks),
        cmocka_unit_test(test_foreign_database_refused),
        cmocka_unit_test(test_newer_database_refused),
        cmocka_unit_test(test_not_a_database_refused),
        cmocka_unit_test(test_memory_database),
        cmocka_unit_test(test_missing_file_not_created),
        cmocka_unit_test(test_damaged_file_refuses_writes),
        cmocka_unit_test(test_damaged_small_file_refused_at_once),
        cmocka_unit_test(test_backup_is_consistent),
        cmocka_unit_test(test_check_db_names_problems),
        cmocka_unit_test(test_units_under),
        cmocka_unit_test(test_changes_counted),
        cmocka_unit_test(test_find_import),
        cmocka_unit_test(test_snapshot_records_import),
        cmocka_unit_test(test_units_and_foreign_keys),
        cmocka_unit_test(test_own_checks_end_with_transaction),
        cmocka_unit_test(test_agencies),
        cmocka_unit_test(test_facts_round_trip),
        cmocka_unit_test(test_audit_on_change),
        cmocka_unit_test(test_facts_by_year),
        cmocka_unit_test(test_upgrade_to_years),
        cmocka_unit_test(test_imports_and_transactions),
        cmocka_unit_test(test_fact_origin),
        cmocka_unit_test(test_clock_without_override),
        cmocka_unit_test(test_query_refuses_writes),
        cmocka_unit_test(test_query_params_and_types),
        cmocka_unit_test(test_query_stops_early),
        cmocka_unit_test(test_query_interrupt),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
