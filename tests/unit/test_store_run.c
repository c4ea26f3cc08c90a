/* test_store_run.c — unit tests of a stored run (store_run.c, db/010): the run's nodes and
 * one row per unit read back through the view score as one row per node, every point and
 * maximum the same double bit for bit (on the pico-point grid and off it, random and
 * extreme), explanations with quotes, controls and Vietnamese letters as they were; a unit
 * stored twice, a run that does not exist and a number that is not finite refused; the
 * view read through the rule queries' guard; the scores of a database from before db/010
 * kept and read through the same view; nodes with the run's defaults stored bare (db/012),
 * every other node as an array, and rows stored before db/012 (arrays only, no defaults)
 * read as they were.
 * Uses: cmocka, store.h, migrations.h, libsqlite3 (to read the file as another program
 * would), scratch.h, query_text.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <float.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "migrations.h"
#include "query_text.h"
#include "scratch.h"
#include "store.h"

/* The store at path (NULL: in memory) opened with want, a write transaction begun. */
static struct store *open_begun(const char *path, enum store_access want)
{
    struct px_err e = {0};
    struct store *s = store_open(path, want, &e);
    if (!s || store_begin(s, &e) != 0)
        fail_msg("%s: %s", path ? path : ":memory:", e.msg);
    return s;
}

/* A run of rules/x.lua recording nodes[0..n). */
static int64_t add_run(struct store *s, const char *const *nodes, size_t n)
{
    struct px_err e = {0};
    struct run_row r = {"rules/x.lua", "ffee", NULL, 2019, "final", nodes, n};
    int64_t run = store_add_run(s, &r, &e);
    if (run < 0)
        fail_msg("store_add_run: %s", e.msg);
    return run;
}

/* The rows of sql on the file, read with plain SQLite: "a|b\n" per row, reals as %.17g. */
static char *read_rows(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    assert_non_null(out);
    while (sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count(st); i++) {
            const char *end = i + 1 < sqlite3_column_count(st) ? "|" : "\n";
            if (sqlite3_column_type(st, i) == SQLITE_FLOAT)
                fprintf(out, "%.17g%s", sqlite3_column_double(st, i), end);
            else
                fprintf(out, "%s%s", sqlite3_column_type(st, i) == SQLITE_NULL
                                         ? "NULL" : (const char *)sqlite3_column_text(st, i),
                        end);
        }
    assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    assert_int_equal(fclose(out), 0);
    return text;
}

/* A run's nodes and units: parents without explanation, leaves with theirs (a quote, a
 * backslash, a newline, a control character, Vietnamese), one not applicable, an empty
 * explanation kept empty; a second store of a unit and a run that does not exist refused. */
static void test_run_scores_read_back(void **state)
{
    (void)state;
    const char *path = scratch_path("run.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_CREATE);
    static const char *const nodes[] = {"1", "1.1", "1.2", "T1"};
    int64_t run = add_run(s, nodes, 4);
    const struct score_entry lch[] = {
        {3.675, 4, 1, NULL},
        {2.675, 3, 1, "chấm 2,68/3 \"điểm\" \\ | read: a\nb\x01"},
        {0, 0, 0, ""},
        {1.5, 2, 1, NULL},
    };
    assert_int_equal(store_put_unit_scores(s, run, "LCH", lch, 4, &e), 0);
    assert_int_equal(store_put_unit_scores(s, run, "LCH", lch, 4, &e), -1); /* once a run */
    assert_int_equal(e.code, PX_DATA);
    assert_int_equal(store_put_unit_scores(s, run + 1, "DBN", lch, 4, &e), -1); /* no such run */
    assert_int_equal(e.code, PX_DATA);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    char *rows = read_rows(path, "SELECT run, unit, node, points, max, applicable, explanation, "
                                 "typeof(points), typeof(max) FROM score ORDER BY node");
    assert_string_equal(rows, "1|LCH|1|3.6749999999999998|4|1|NULL|real|real\n"
                              "1|LCH|1.1|2.6749999999999998|3|1|chấm 2,68/3 \"điểm\" \\ | read: "
                              "a\nb\x01|real|real\n"
                              "1|LCH|1.2|0|0|0||real|real\n"
                              "1|LCH|T1|1.5|2|1|NULL|real|real\n");
    free(rows);
    rows = read_rows(path, "SELECT count(*) FROM run_node");
    assert_string_equal(rows, "4\n");
    free(rows);
}

/* The next of a fixed sequence of 64-bit patterns (xorshift64*), the same on every run. */
static uint64_t next_bits(uint64_t *x)
{
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * 0x2545F4914F6CDD1DULL;
}

#define NVALUES 4000

/* Every double comes back bit for bit: points and maxima on the pico-point grid (as results.c
 * makes them), just off it, extreme (subnormal, the largest, above the grid's reach) and
 * random bit patterns; −0 comes back as 0, as from a REAL column.  A second unit with the
 * same maxima (stored bare where its points are on the grid, the maxima then read from the
 * run's defaults) and other points comes back bit for bit as well. */
static void test_scores_bit_for_bit(void **state)
{
    (void)state;
    static const double special[] = {
        0.1 + 0.2, 1.0 / 3, 2.675, 1e-12, 1e-13, 5e-324, 2.2250738585072014e-308, DBL_MAX,
        -DBL_MAX, 9007.199254740993, 9000.000000000002, 1000, -2.5, 0x1p-80, 123456789.25, 0,
    };
    size_t nspecial = sizeof special / sizeof *special;
    double *points = malloc(NVALUES * sizeof *points), *max = malloc(NVALUES * sizeof *max);
    double *points2 = malloc(NVALUES * sizeof *points2);
    struct score_entry *v = calloc(NVALUES, sizeof *v), *v2 = calloc(NVALUES, sizeof *v2);
    char (*codes)[16] = malloc(NVALUES * sizeof *codes);
    const char **nodes = malloc(NVALUES * sizeof *nodes);
    assert_true(points && max && points2 && v && v2 && codes && nodes);
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < NVALUES; i++) {
        uint64_t bits = next_bits(&x);
        double pattern;
        memcpy(&pattern, &bits, sizeof pattern);
        if (!isfinite(pattern))
            pattern = (double)i;
        /* max: alternately a grid amount (pico-points over 1e12) and a random pattern */
        points[i] = i < nspecial ? special[i] : pattern;
        max[i] = i % 2 ? pattern : (double)(int64_t)(next_bits(&x) % 1000000000000000) / 1e12;
        v[i] = (struct score_entry){points[i], max[i], 1, NULL};
        snprintf(codes[i], sizeof codes[i], "n%zu", i);
        nodes[i] = codes[i];
    }
    for (size_t i = 0; i < NVALUES; i++) { /* a grid amount, or the first unit's reversed */
        points2[i] = i % 2 ? (double)(int64_t)(next_bits(&x) % 1000000000000000) / 1e12
                           : points[NVALUES - 1 - i];
        v2[i] = (struct score_entry){points2[i], max[i], 1, NULL};
    }
    const char *path = scratch_path("bits.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_CREATE);
    int64_t run = add_run(s, nodes, NVALUES);
    assert_int_equal(store_put_unit_scores(s, run, "LCH", v, NVALUES, &e), 0);
    assert_int_equal(store_put_unit_scores(s, run, "DBN", v2, NVALUES, &e), 0);
    const struct score_entry zero = {-0.0, -0.0, 1, NULL};
    assert_int_equal(store_put_unit_scores(s, add_run(s, nodes, 1), "LCH", &zero, 1, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    /* through the rule queries' guard (no json_extract, power allowed) as well */
    assert_string_equal(query_text(s, "SELECT count(*), count(points), count(max) FROM score"),
                        "8001|8001|8001\n");
    /* the second unit's points on the grid are bare (its maxima are all the defaults) */
    size_t on_grid = 0;
    for (size_t i = 0; i < NVALUES; i++)
        on_grid += fabs(points2[i]) <= 9000 &&
                   (double)llround(points2[i] * 1e12) / 1e12 == points2[i];
    assert_true(on_grid >= NVALUES / 2);
    char want_bare[32];
    snprintf(want_bare, sizeof want_bare, "%zu\n", on_grid);
    assert_string_equal(query_text(s, "SELECT count(*) FROM score_unit, json_each(nodes) "
                                      "WHERE unit = 'DBN' AND type <> 'array'"),
                        want_bare);
    store_close(s);

    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT run, node, points, max, unit FROM score", -1,
                                        &st, NULL), SQLITE_OK);
    size_t seen = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        size_t i = strtoul((const char *)sqlite3_column_text(st, 1) + 1, NULL, 10);
        double p = sqlite3_column_double(st, 2), m = sqlite3_column_double(st, 3);
        int second = strcmp((const char *)sqlite3_column_text(st, 4), "DBN") == 0;
        const double *want_p = sqlite3_column_int(st, 0) == 1 ? second ? &points2[i] : &points[i]
                                                              : &(double){0};
        const double *want_m = sqlite3_column_int(st, 0) == 1 ? &max[i] : &(double){0};
        if (memcmp(&p, want_p, sizeof p) || memcmp(&m, want_m, sizeof m))
            fail_msg("node %zu: stored %a and %a, read back %a and %a", i, *want_p, *want_m, p, m);
        seen++;
    }
    assert_int_equal(seen, 2 * NVALUES + 1);
    assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    free(nodes);
    free(codes);
    free(v2);
    free(v);
    free(points2);
    free(max);
    free(points);
}

/* A number that is not finite stops the unit with its name, and nothing of it is stored. */
static void test_not_finite_refused(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = open_begun(NULL, STORE_CREATE);
    static const char *const nodes[] = {"1", "1.1"};
    int64_t run = add_run(s, nodes, 2);
    const struct score_entry nan_points[] = {{1, 2, 1, NULL}, {NAN, 2, 1, "x"}};
    const struct score_entry inf_max[] = {{1, INFINITY, 1, NULL}, {1, 2, 1, "x"}};
    assert_int_equal(store_put_unit_scores(s, run, "LCH", nan_points, 2, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "LCH"));
    assert_int_equal(store_put_unit_scores(s, run, "DBN", inf_max, 2, &e), -1);
    assert_non_null(strstr(e.msg, "DBN"));
    assert_string_equal(query_text(s, "SELECT count(*) FROM score_unit"), "0\n");
    store_close(s);
}

/* A database of schema version 8 with a run and its scores, one row per node. */
static const char *version_8_database(const char *name)
{
    const char *path = scratch_path(name);
    unlink(path);
    for (size_t i = 0; i < 8; i++) {
        char *sql = sqlite3_mprintf("%s%s", i == 2 ? "CREATE TEMP TABLE migrate_year AS "
                                                    "SELECT NULL AS year;" : "",
                                    paridx_migrations[i].sql);
        assert_non_null(sql);
        sqlite3 *db;
        assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
        char *err = NULL;
        if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
            fail_msg("%s: %s", paridx_migrations[i].name, err);
        assert_int_equal(sqlite3_close(db), SQLITE_OK);
        sqlite3_free(sql);
    }
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "INSERT INTO run (id, rules_file, rules_sha256, year, at) VALUES (1, 'r.lua', 'ff', "
        "2019, 't');"
        "INSERT INTO score VALUES (1, 'LCH', '1', 0.30000000000000004, 2, 1, NULL);"
        "INSERT INTO score VALUES (1, 'LCH', '1.1', 0.5, 0.5, 1, 'plan = có → 0,5');"
        "PRAGMA user_version = 8;", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    return path;
}

/* The scores of runs stored before db/010 read back through the view as they were, beside
 * the runs stored after it. */
static void test_scores_before_010_kept(void **state)
{
    (void)state;
    const char *path = version_8_database("v8.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_WRITE);
    static const char *const nodes[] = {"1", "1.1"};
    const struct score_entry lch[] = {{0.75, 2, 1, NULL}, {0.25, 0.5, 1, "plan = không"}};
    int64_t run = add_run(s, nodes, 2);
    assert_int_equal(run, 2);
    assert_int_equal(store_put_unit_scores(s, run, "LCH", lch, 2, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    char *rows = read_rows(path, "SELECT run, unit, node, points, max, applicable, explanation "
                                 "FROM score ORDER BY run, node");
    assert_string_equal(rows, "1|LCH|1|0.30000000000000004|2|1|NULL\n"
                              "1|LCH|1.1|0.5|0.5|1|plan = có → 0,5\n"
                              "2|LCH|1|0.75|2|1|NULL\n"
                              "2|LCH|1.1|0.25|0.5|1|plan = không\n");
    free(rows);
}

/* The stored text of a unit's nodes, read with plain SQLite. */
static char *unit_json(const char *path, int64_t run, const char *unit)
{
    char *sql = sqlite3_mprintf("SELECT nodes FROM score_unit WHERE run = %lld AND unit = %Q",
                                (long long)run, unit);
    assert_non_null(sql);
    char *rows = read_rows(path, sql);
    sqlite3_free(sql);
    return rows;
}

/* A node is stored bare when it is applicable, its points on the grid and its maximum and
 * explanation the run's defaults (those of the first unit where it is applicable); otherwise
 * as an array: another maximum, another explanation (an empty one is not none), not
 * applicable, points off the grid.  The view reads both as they were stored. */
static void test_bare_nodes(void **state)
{
    (void)state;
    const char *path = scratch_path("bare.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_CREATE);
    static const char *const nodes[] = {"1", "1.1", "1.2", "T1"};
    int64_t run = add_run(s, nodes, 4);
    const struct score_entry units[][4] = {
        {{3.675, 4, 1, NULL}, {2.675, 3, 1, "read: a"}, {0, 0, 0, "read: b"}, {1.5, 2, 1, NULL}},
        {{1, 4, 1, NULL}, {1, 3, 1, "why | read: a"}, {0.5, 1, 1, "read: b"}, {0, 2, 1, NULL}},
        {{2, 3.5, 1, NULL}, {0.1 + 0.2, 3, 1, "read: a"}, {1, 1, 1, ""}, {-0.0, 2, 0, NULL}},
        {{4, 4, 1, NULL}, {3, 3, 1, "read: a"}, {1, 1, 1, "read: b"}, {2, 2, 1, NULL}},
    };
    static const char *const codes[] = {"A", "B", "C", "D"};
    for (size_t u = 0; u < 4; u++)
        assert_int_equal(store_put_unit_scores(s, run, codes[u], units[u], 4, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    const char *const want[] = {
        "[3675e9,2675e9,[0,0,0,\"read: b\"],15e11]\n",
        "[1e12,[1e12,3e12,1,\"why | read: a\"],5e11,0]\n",
        "[[2e12,35e11,1],[null,3e12,1,\"read: a\",1351079888211149,-52,null,null],"
        "[1e12,1e12,1,\"\"],[0,2e12,0]]\n",
        "[4e12,3e12,1e12,2e12]\n",
    };
    for (size_t u = 0; u < 4; u++) {
        char *json = unit_json(path, run, codes[u]);
        assert_string_equal(json, want[u]);
        free(json);
    }
    char *rows = read_rows(path, "SELECT seq, node, max, explanation FROM run_node ORDER BY seq");
    assert_string_equal(rows, "0|1|4|NULL\n1|1.1|3|read: a\n2|1.2|1|read: b\n3|T1|2|NULL\n");
    free(rows);
    rows = read_rows(path, "SELECT unit, node, points, max, applicable, explanation, "
                           "typeof(points), typeof(max), typeof(applicable) FROM score "
                           "ORDER BY unit, node");
    assert_string_equal(rows, "A|1|3.6749999999999998|4|1|NULL|real|real|integer\n"
                              "A|1.1|2.6749999999999998|3|1|read: a|real|real|integer\n"
                              "A|1.2|0|0|0|read: b|real|real|integer\n"
                              "A|T1|1.5|2|1|NULL|real|real|integer\n"
                              "B|1|1|4|1|NULL|real|real|integer\n"
                              "B|1.1|1|3|1|why | read: a|real|real|integer\n"
                              "B|1.2|0.5|1|1|read: b|real|real|integer\n"
                              "B|T1|0|2|1|NULL|real|real|integer\n"
                              "C|1|2|3.5|1|NULL|real|real|integer\n"
                              "C|1.1|0.30000000000000004|3|1|read: a|real|real|integer\n"
                              "C|1.2|1|1|1||real|real|integer\n"
                              "C|T1|0|2|0|NULL|real|real|integer\n"
                              "D|1|4|4|1|NULL|real|real|integer\n"
                              "D|1.1|3|3|1|read: a|real|real|integer\n"
                              "D|1.2|1|1|1|read: b|real|real|integer\n"
                              "D|T1|2|2|1|NULL|real|real|integer\n");
    free(rows);
}

/* A run rolled back leaves no defaults behind for the next run, which may get its id: the
 * next run's nodes take their own. */
static void test_defaults_after_rollback(void **state)
{
    (void)state;
    const char *path = scratch_path("rollback.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_CREATE);
    static const char *const nodes[] = {"1"};
    const struct score_entry first = {1, 5, 1, "read: x"}, second = {1, 2, 1, "read: y"};
    int64_t run = add_run(s, nodes, 1);
    assert_int_equal(store_put_unit_scores(s, run, "A", &first, 1, &e), 0);
    store_rollback(s);
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(add_run(s, nodes, 1), run); /* the same id again */
    assert_int_equal(store_put_unit_scores(s, run, "A", &second, 1, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    char *rows = read_rows(path, "SELECT unit, points, max, explanation FROM score");
    assert_string_equal(rows, "A|1|2|read: y\n");
    free(rows);
}

/* The rows a run stored before db/012 (every node an array, run_node without defaults) read
 * back through the view as they were, beside a run stored now. */
static void test_scores_before_012_kept(void **state)
{
    (void)state;
    const char *path = scratch_path("v11.db");
    struct px_err e = {0};
    struct store *s = open_begun(path, STORE_CREATE);
    static const char *const nodes[] = {"1", "1.1"};
    const struct score_entry lch[] = {{0.75, 2, 1, NULL}, {0.25, 0.5, 1, "plan = không"}};
    int64_t run = add_run(s, nodes, 2);
    assert_int_equal(store_put_unit_scores(s, run, "LCH", lch, 2, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "INSERT INTO run (id, rules_file, rules_sha256, year, at) VALUES (7, 'r.lua', 'ff', "
        "2019, 't');"
        "INSERT INTO run_node (run, seq, node) VALUES (7, 0, '1'), (7, 1, '1.1');"
        "INSERT INTO score_unit VALUES (7, 'DBN', '[[3675e9,4e12,1],[null,5e11,1,\"x\","
        "5404319552844596,-54,null,null]]');", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_close(db), SQLITE_OK);
    char *rows = read_rows(path, "SELECT run, unit, node, points, max, applicable, explanation "
                                 "FROM score ORDER BY run, node");
    assert_string_equal(rows, "1|LCH|1|0.75|2|1|NULL\n"
                              "1|LCH|1.1|0.25|0.5|1|plan = không\n"
                              "7|DBN|1|3.6749999999999998|4|1|NULL\n"
                              "7|DBN|1.1|0.30000000000000004|0.5|1|x\n");
    free(rows);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_scores_read_back),
        cmocka_unit_test(test_scores_bit_for_bit),
        cmocka_unit_test(test_not_finite_refused),
        cmocka_unit_test(test_scores_before_010_kept),
        cmocka_unit_test(test_bare_nodes),
        cmocka_unit_test(test_defaults_after_rollback),
        cmocka_unit_test(test_scores_before_012_kept),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
