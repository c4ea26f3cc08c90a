/* test_store_vfs.c — unit tests of the VFS every connection opens its files through
 * (store_vfs.c): it is the process's default once a store is open; an import that writes
 * megabytes hands them to the disk as it goes, every 512 KiB or more, both the log at the
 * commit and the database at the checkpoint (this program stands in for sync_file_range and
 * notes each call before making it); and its own descriptor on a database stays open while any
 * store has the file, so closing one store leaves the POSIX lock another holds on it (asked
 * as an open file description's lock), and closes with the last.
 * Uses: cmocka, store.h, import.h, scratch.h, libsqlite3, dlfcn (the real sync_file_range),
 * Linux fcntl (F_OFD_GETLK), /proc/self/fd. */
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
#include <unistd.h>

#include "import.h"
#include "scratch.h"
#include "store.h"

/* ---- sync_file_range, noted -------------------------------------------------------- */

/* The calls made: how many on the log and on the database, the smallest range, and how many
 * did not end on a page of 4 KiB. */
static int to_log, to_db, ragged;
static off64_t smallest = -1;

int sync_file_range(int fd, off64_t from, off64_t n, unsigned int flags)
{
    typedef int (*range_fn)(int, off64_t, off64_t, unsigned int);
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, path, sizeof path - 1);
    path[len > 0 ? len : 0] = '\0';
    if (len > 4 && strcmp(path + len - 4, "-wal") == 0)
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

/* 40,000 facts (about 2.5 MB in the log and as much in the file) handed over as they are
 * written, in ranges of at least 512 KiB less a page, ending on a page, to both. */
static void test_writes_handed_over(void **state)
{
    (void)state;
    enum { ROWS = 40000 };
    size_t cap = (size_t)ROWS * 40 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "unit,fact,value\n");
    for (int i = 0; i < ROWS; i++)
        len += (size_t)snprintf(text + len, cap - len, "LCH,f%05d,%d\n", i, i);
    const char *facts = scratch_file("facts.csv", text, len);
    free(text);
    struct store *s = open_file(scratch_path("writes.db"));
    struct px_err e = {0};
    struct import_result r;
    if (import_file(s, IMPORT_UNITS, scratch_file("units.csv", UNITS, strlen(UNITS)), NULL,
                    &YEAR_2019, &r, &e) != 0)
        fail_msg("units: %s", e.msg);
    to_log = to_db = ragged = 0;
    smallest = -1;
    if (import_file(s, IMPORT_FACTS, facts, NULL, &YEAR_2019, &r, &e) != 0)
        fail_msg("facts: %s", e.msg);
    store_close(s); /* the checkpoint writes the file */
    assert_int_equal(r.rows, ROWS);
    assert_true(to_log >= 3);
    assert_true(to_db >= 3);
    assert_true(smallest >= (512 << 10) - 4096);
    assert_int_equal(ragged, 0);
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
        cmocka_unit_test(test_descriptor_outlives_every_store),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
