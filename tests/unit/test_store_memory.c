/* test_store_memory.c — unit tests of the in-memory database (store_open without a file),
 * which starts from the build's image of the migrated schema instead of running the
 * migrations: the same schema, version and marker as a file the migrations made, writes that
 * commit and roll back, and growth past the image's own pages.
 * Uses: cmocka, store.h, migrations.h, scratch.h, query_text.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrations.h"
#include "query_text.h"
#include "scratch.h"
#include "store.h"

static struct store *open_ok(const char *path)
{
    struct px_err e = {0};
    struct store *s = store_open(path, STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open %s: %s", path ? path : "(memory)", e.msg);
    return s;
}

/* The query's rows on s, copied (query_text reuses its buffer). */
static char *rows(struct store *s, const char *sql)
{
    const char *text = query_text(s, sql);
    assert_true(strlen(text) < 16000); /* query_text cuts at 16 KiB */
    char *copy = malloc(strlen(text) + 1);
    assert_non_null(copy);
    return strcpy(copy, text);
}

/* The image holds what every migration makes: the same tables, indexes, triggers and their
 * SQL as a new file, the schema version and the paridx marker. */
static void test_memory_is_migrated_schema(void **state)
{
    (void)state;
    static const char *const QUERIES[] = {
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
        "SELECT key, value FROM paridx_meta ORDER BY key",
        "SELECT user_version FROM pragma_user_version",
    };
    struct store *memory = open_ok(NULL), *file = open_ok(scratch_path("migrated.db"));
    for (size_t i = 0; i < sizeof QUERIES / sizeof *QUERIES; i++) {
        char *a = rows(memory, QUERIES[i]), *b = rows(file, QUERIES[i]);
        assert_false(!strncmp(a, "error: ", 7));
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    char version[32];
    snprintf(version, sizeof version, "%zu\n", paridx_nmigrations);
    assert_string_equal(query_text(memory, "SELECT user_version FROM pragma_user_version"), version);
    assert_string_equal(query_text(memory, "SELECT count(*) > 10 FROM sqlite_master WHERE type = "
                                           "'table'"),
                        "1\n");
    store_close(memory);
    store_close(file);
}

static void put_unit(struct store *s, const char *code, struct px_err *e)
{
    struct unit_row u = {code, "Tên", "province", NULL, "units.csv:2"};
    if (store_put_unit(s, &u, e) != 0)
        fail_msg("store_put_unit %s: %s", code, e->msg);
}

/* A rolled-back write leaves nothing; a committed one stays; the database grows well past
 * the image's pages; foreign keys are on. */
static void test_memory_writes(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = open_ok(NULL);
    assert_int_equal(store_begin(s, &e), 0);
    put_unit(s, "LCH", &e);
    store_rollback(s);
    assert_string_equal(query_text(s, "SELECT count(*) FROM unit"), "0\n");

    assert_int_equal(store_begin(s, &e), 0);
    for (int i = 0; i < 3000; i++) {
        char code[16];
        snprintf(code, sizeof code, "U%04d", i);
        put_unit(s, code, &e);
    }
    assert_int_equal(store_commit(s, &e), 0);
    assert_string_equal(query_text(s, "SELECT count(*) FROM unit"), "3000\n");
    long long bytes = strtoll(query_text(s, "SELECT page_count * page_size FROM "
                                            "pragma_page_count, pragma_page_size"), NULL, 10);
    assert_true(bytes > 2 * (long long)paridx_schema_image_size);
    assert_string_equal(query_text(s, "SELECT foreign_keys FROM pragma_foreign_keys"), "1\n");
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memory_is_migrated_schema),
        cmocka_unit_test(test_memory_writes),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
