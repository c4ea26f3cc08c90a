/* test_store_vfs.c — unit tests of the VFS every connection opens its files through
 * (store_vfs.c): it is the process's default once a store is open; an import that writes
 * megabytes hands the database's to the disk as it goes at the checkpoint, every 512 KiB or
 * more, and the log's not (this program stands in for sync_file_range and notes each call
 * before making it); it writes the log's frames and the checkpoint's pages
 * many to a system call (this program stands in for pwrite64 too), and what it holds back is
 * in the files before another program can be told of it; it reads the log's frames many to a
 * call when they follow one another (pread64 counted), the pages it writes meanwhile among
 * them; and its own descriptor on a
 * database stays open while any store has the file, so closing one store leaves the POSIX
 * lock another holds on it (asked as an open file description's lock), and closes with the
 * last.
 * Uses: cmocka, store.h, import.h, scratch.h, libsqlite3 (its unix VFS as another program's),
 * dlfcn (the real sync_file_range, pwrite64 and pread64), Linux fcntl (F_OFD_GETLK), /proc/self/fd. */
#define _GNU_SOURCE /* RTLD_NEXT, sync_file_range */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"
#include "scratch.h"
#include "store.h"

/* ---- sync_file_range and pwrite64, noted ------------------------------------------- */

/* Whether fd is open on a write-ahead log. */
static int on_log(int fd)
{
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, path, sizeof path - 1);
    path[len > 0 ? len : 0] = '\0';
    return len > 4 && strcmp(path + len - 4, "-wal") == 0;
}

/* The writes made while `counting`: how many, and their bytes, to the log and the database;
 * and the reads of the log. */
static int counting;
static long log_writes, db_writes, log_reads;
static long long log_bytes, db_bytes;

ssize_t pread64(int fd, void *buf, size_t n, off64_t at)
{
    typedef ssize_t (*read_fn)(int, void *, size_t, off64_t);
    if (counting && on_log(fd))
        log_reads++;
    read_fn real;
    void *sym = dlsym(RTLD_NEXT, "pread64");
    memcpy(&real, &sym, sizeof real);
    return real(fd, buf, n, at);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t at)
{
    typedef ssize_t (*write_fn)(int, const void *, size_t, off64_t);
    if (counting && on_log(fd)) {
        log_writes++;
        log_bytes += (long long)n;
    } else if (counting) {
        db_writes++;
        db_bytes += (long long)n;
    }
    write_fn real;
    void *sym = dlsym(RTLD_NEXT, "pwrite64");
    memcpy(&real, &sym, sizeof real);
    return real(fd, buf, n, at);
}

/* The calls made: how many on the log and on the database, the smallest range, and how many
 * did not end on a page of 4 KiB. */
static int to_log, to_db, ragged;
static off64_t smallest = -1;

int sync_file_range(int fd, off64_t from, off64_t n, unsigned int flags)
{
    typedef int (*range_fn)(int, off64_t, off64_t, unsigned int);
    if (on_log(fd))
        to_log++;
    else
        to_db++;
    if (smallest < 0 || n < smallest)
        smallest = n;
    ragged += (from + n) % 4096 != 0;
    assert_int_equal(flags, SYNC_FILE_RANGE_WRITE);
    range_fn real;
    void *sym = dlsym(RTLD_NEXT, "sync_file_range");
    memcpy(&real, &sym, sizeof real);
    return real(fd, from, n, flags);
}

/* ---- helpers ------------------------------------------------------------------------ */

static const char UNITS[] = "code,name,kind\nLCH,Lai Châu,province\n";

static const struct import_facts YEAR_2019 = {.year = 2019, .year_from = "--year"};

static struct store *open_file(const char *path)
{
    struct px_err e = {0};
    struct store *s = store_open(path, STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open %s: %s", path, e.msg);
    return s;
}

/* How many of this process's descriptors are open on path, `but` aside. */
static int descriptors_on(const char *path, int but)
{
    char want[PATH_MAX], link[300], got[PATH_MAX];
    assert_non_null(realpath(path, want));
    DIR *d = opendir("/proc/self/fd");
    assert_non_null(d);
    int n = 0;
    for (struct dirent *de; (de = readdir(d));) {
        snprintf(link, sizeof link, "/proc/self/fd/%s", de->d_name);
        ssize_t len = readlink(link, got, sizeof got - 1);
        if (len > 0 && atoi(de->d_name) != but) {
            got[len] = '\0';
            n += strcmp(got, want) == 0;
        }
    }
    closedir(d);
    return n;
}

/* Whether this process holds a lock on SQLite's SHARED range of the file that `probe` is
 * open on (the read lock a connection in write-ahead-log mode holds while it is open): asked
 * as an open file description's lock, which this process's own record locks conflict with.
 * The probe stays open until the end: closing it would drop those locks. */
static int locked(int probe)
{
    struct flock lk = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0x40000000 + 2,
                       .l_len = 510};
    assert_int_equal(fcntl(probe, F_OFD_GETLK, &lk), 0);
    return lk.l_type != F_UNLCK;
}

/* ---- the cases ------------------------------------------------------------------------ */

static void test_default_once_a_store_opens(void **state)
{
    (void)state;
    struct store *s = open_file(scratch_path("default.db"));
    assert_string_equal(sqlite3_vfs_find(NULL)->zName, "paridx");
    store_close(s);
}

/* A facts file of `rows` facts of LCH, f00000 = 0 onwards (40 bytes a row are room enough). */
static const char *facts_file(int rows)
{
    size_t cap = (size_t)rows * 40 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "unit,fact,value\n");
    for (int i = 0; i < rows; i++)
        len += (size_t)snprintf(text + len, cap - len, "LCH,f%05d,%d\n", i, i);
    const char *facts = scratch_file("facts.csv", text, len);
    free(text);
    return facts;
}

/* The units file, then `facts`, imported into s. */
static void import_facts(struct store *s, const char *facts, struct import_result *r)
{
    struct px_err e = {0};
    if (import_file(s, IMPORT_UNITS, scratch_file("units.csv", UNITS, strlen(UNITS)), NULL,
                    &YEAR_2019, r, &e) != 0)
        fail_msg("units: %s", e.msg);
    if (import_file(s, IMPORT_FACTS, facts, NULL, &YEAR_2019, r, &e) != 0)
        fail_msg("facts: %s", e.msg);
}

/* The facts the database at path holds, and its integrity_check's first row, read with
 * SQLite's unix VFS (as another program, which sees only what is in the files). */
static int facts_seen(const char *path, char *check, size_t n)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, "unix"), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM fact", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int facts = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    snprintf(check, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    return facts;
}

/* 40,000 facts (about 1.8 MB in the log and as much in the file): the file's handed over as
 * they are written, in ranges of at least 512 KiB less a page, ending on a page; the log's
 * not (its frames are written again in place). */
static void test_writes_handed_over(void **state)
{
    (void)state;
    enum { ROWS = 40000 };
    const char *facts = facts_file(ROWS);
    struct store *s = open_file(scratch_path("writes.db"));
    struct import_result r;
    to_log = to_db = ragged = 0;
    smallest = -1;
    import_facts(s, facts, &r);
    store_close(s); /* the checkpoint writes the file */
    assert_int_equal(r.rows, ROWS);
    assert_int_equal(to_log, 0);
    assert_true(to_db >= 3);
    assert_true(smallest >= (512 << 10) - 4096);
    assert_int_equal(ragged, 0);
}

/* The same 40,000 facts: the log's frames (a 24-byte header and a page of 4 KiB each) and the
 * checkpoint's pages go to the files 32 KiB or more to a write on average, not one or two
 * writes a page; another program then reads them all, sound. */
static void test_writes_in_runs(void **state)
{
    (void)state;
    enum { ROWS = 40000 };
    const char *facts = facts_file(ROWS);
    const char *path = scratch_path("runs.db");
    struct store *s = open_file(path);
    struct import_result r;
    log_writes = db_writes = 0;
    log_bytes = db_bytes = 0;
    counting = 1;
    import_facts(s, facts, &r);
    store_close(s);
    counting = 0;
    assert_true(log_bytes > (1 << 20) && db_bytes > (1 << 20));
    assert_true(log_bytes / log_writes >= 32 << 10);
    assert_true(db_bytes / db_writes >= 32 << 10);
    char check[64];
    assert_int_equal(facts_seen(path, check, sizeof check), ROWS);
    assert_string_equal(check, "ok");
}

/* What a store holds back is in the log before its commit is told to others: another program
 * reading while the store is still open (its log not yet checkpointed) sees every fact. */
static void test_commit_seen_while_open(void **state)
{
    (void)state;
    enum { ROWS = 3000 };
    const char *path = scratch_path("seen.db");
    struct store *s = open_file(path);
    struct import_result r;
    import_facts(s, facts_file(ROWS), &r);
    char check[64];
    assert_int_equal(facts_seen(path, check, sizeof check), ROWS);
    assert_string_equal(check, "ok");
    store_close(s);
}

/* Runs sql on db, failing the test with SQLite's message. */
static void run_sql(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
        fail_msg("%s: %s", sql, err);
}

/* A transaction through this VFS with a cache of 20 pages, so SQLite writes pages to the log
 * before the commit, then writes them again in place (and at the commit reads each frame
 * from the first rewritten one to write its checksum), then a checkpoint: the commit and the
 * checkpoint read the log fewer times than half its frames (343 frames: 101 reads, 682
 * without reading ahead), and another program finds every row as written, sound. */
static void test_log_read_ahead(void **state)
{
    (void)state;
    enum { ROWS = 4000 };
    store_close(open_file(scratch_path("vfs-default.db"))); /* this VFS is the default now */
    const char *path = scratch_path("ahead.db");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_string_equal(sqlite3_vfs_find(NULL)->zName, "paridx");
    run_sql(db, "PRAGMA journal_mode = WAL; PRAGMA cache_size = 20; "
                "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
    run_sql(db, "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 4000) INSERT INTO t SELECT (i * 7919) % 4001, printf('%0300d', i) "
                "FROM n; UPDATE t SET v = printf('%0300d', k * 7)");
    log_reads = log_writes = 0;
    log_bytes = 0;
    counting = 1; /* the commit's and the checkpoint's reads of the log */
    run_sql(db, "COMMIT");
    char log[PATH_MAX];
    snprintf(log, sizeof log, "%s-wal", path);
    struct stat log_stat;
    assert_int_equal(stat(log, &log_stat), 0);
    long frames = (long)((log_stat.st_size - 32) / (4096 + 24));
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    counting = 0;
    assert_true(frames > 200);
    assert_true(log_reads * 2 < frames); /* one read a frame for each, without reading ahead */
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, "unix"), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE v = "
                     "printf('%0300d', k * 7)", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), ROWS);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

/* Two stores on one file: closing the second leaves the first's lock and our descriptor;
 * closing the first closes every descriptor on the file. */
static void test_descriptor_outlives_every_store(void **state)
{
    (void)state;
    const char *path = scratch_path("shared.db");
    struct store *first = open_file(path);
    int probe = open(path, O_RDONLY);
    assert_true(probe >= 0);
    assert_true(locked(probe));
    struct store *second = open_file(path);
    store_close(second);
    assert_true(locked(probe));
    assert_true(descriptors_on(path, probe) >= 1);
    store_close(first);
    assert_false(locked(probe));
    assert_int_equal(descriptors_on(path, probe), 0);
    close(probe);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_once_a_store_opens),
        cmocka_unit_test(test_writes_handed_over),
        cmocka_unit_test(test_writes_in_runs),
        cmocka_unit_test(test_commit_seen_while_open),
        cmocka_unit_test(test_log_read_ahead),
        cmocka_unit_test(test_descriptor_outlives_every_store),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
