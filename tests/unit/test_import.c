/* test_import.c — unit tests of import.c: good files of each kind (Vietnamese or English
 * headers, any order, with or without diacritics), the import record (its SHA-256, a large
 * file's hashed in a thread), sources, audit on re-import, and every kind of bad row or header, each leaving the database exactly as before.
 * Uses: cmocka, import.h, store.h, fileio.h (sha256), scratch.h, query_text.h. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "import.h"
#include "query_text.h"
#include "scratch.h"

#define NOW SCRATCH_NOW

static const char UNITS[] = "\xEF\xBB\xBFMã;Tên;Loại;Cấp trên\r\n"
                            "LCH;Tỉnh Lai Châu;province;\r\n"
                            "STP;Sở Tư pháp;department;LCH\r\n"
                            "H-TDU;Huyện Tân Uyên;district;LCH\r\n";

static const char AGENCIES[] = "code,name\nSNV,Sở Nội vụ\nSTP,\"Sở Tư pháp\"\n";

static const char FACTS[] = "don vi,du kien,gia tri,ghi chu\n"
                            "LCH,plan_issued,có,Kế hoạch 2756/KH-UBND\n"
                            "LCH,issued_ratio,\"85,5%\",\n"
                            "STP,report_sent,25/12/2019,\n"
                            "STP,iso,KAD,\n";

static const char *write(const char *name, const char *text)
{
    return scratch_file(name, text, strlen(text));
}

/* Facts go into 2019, checked by their shape only (as with --year and no rule file). */
static const struct import_facts YEAR_2019 = {.year = 2019, .year_from = "--year"};

static long import_ok(struct store *s, enum import_kind kind, const char *path)
{
    struct px_err e = {0};
    struct import_result r;
    if (import_file(s, kind, path, NULL, &YEAR_2019, &r, &e) != 0)
        fail_msg("import %s: %s", path, e.msg);
    return r.rows;
}

/* A store with the units above imported. */
static struct store *store_with_units(void)
{
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_non_null(s);
    assert_int_equal(import_ok(s, IMPORT_UNITS, write("units.csv", UNITS)), 3);
    return s;
}

/* Everything the store holds, as text, to compare before and after a refused import. */
static char *dump(struct store *s)
{
    static const char *const tables[] = {
        "SELECT * FROM unit ORDER BY code",
        "SELECT * FROM agency ORDER BY code",
        "SELECT * FROM fact ORDER BY unit, name",
        "SELECT * FROM fact_origin ORDER BY unit, name",
        "SELECT * FROM import ORDER BY id",
        "SELECT * FROM audit ORDER BY id",
    };
    size_t cap = 1, len = 0;
    char *all = calloc(1, cap);
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        const char *part = query_text(s, tables[i]);
        cap += strlen(part) + 2;
        all = realloc(all, cap);
        assert_non_null(all);
        len += (size_t)sprintf(all + len, "%s#\n", part);
    }
    return all;
}

/* Imports text as `name`, expects -1 with a message starting "<path>:<after_path>", and
 * checks that nothing in the store changed. */
static void expect_refused(struct store *s, enum import_kind kind, const char *name,
                           const char *text, const char *after_path)
{
    char *before = dump(s);
    const char *path = write(name, text);
    struct px_err e = {0};
    assert_int_equal(
        import_file(s, kind, path, NULL, &YEAR_2019, &(struct import_result){0}, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    char want[1200], got[1600];
    snprintf(want, sizeof want, "%s:%s", path, after_path);
    if (strncmp(px_err_format(&e, got, sizeof got), want, strlen(want)) != 0)
        fail_msg("expected the message to start '%s', got '%s'", want, got);
    char *after = dump(s);
    assert_string_equal(before, after);
    free(before);
    free(after);
}

/* An import of facts makes the foreign-key checks itself, with SQLite's off: they are on
 * again after it, committed or refused (a fact of a unit not in the database is refused). */
static void expect_keys_checked(struct store *s)
{
    struct px_err e = {0};
    struct fact_row row = {"NOPE", "plan", 2019, NULL, "test:1", 0, 0};
    struct fact_value v = {.type = FACT_BOOL, .num = 1};
    assert_int_equal(store_put_fact(s, &row, &v, &e), -1);
    assert_non_null(strstr(e.msg, "(SQLite code 787)")); /* SQLITE_CONSTRAINT_FOREIGNKEY */
}

/* ---- good files ------------------------------------------------------------------ */

static void test_kind_names(void **state)
{
    (void)state;
    enum import_kind k;
    assert_int_equal(import_kind_from_name("units", &k), 0);
    assert_int_equal(k, IMPORT_UNITS);
    assert_int_equal(import_kind_from_name("agencies", &k), 0);
    assert_int_equal(k, IMPORT_AGENCIES);
    assert_int_equal(import_kind_from_name("facts", &k), 0);
    assert_int_equal(k, IMPORT_FACTS);
    assert_int_equal(import_kind_from_name("survey", &k), -1);
    assert_string_equal(import_kind_name(IMPORT_FACTS), "facts");
    assert_string_equal(import_kind_name(IMPORT_UNITS), "units");
}

static void test_good_units(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    char path[600];
    snprintf(path, sizeof path, "%s", scratch_path("units.csv"));
    char sha[65];
    struct px_err e = {0};
    assert_int_equal(file_sha256(path, sha, &e), 0);
    char want[2000];
    snprintf(want, sizeof want, "1|units|%s|%s|3|" NOW "\n", path, sha);
    assert_string_equal(query_text(s, "SELECT * FROM import"), want);
    snprintf(want, sizeof want,
             "H-TDU|Huyện Tân Uyên|district|LCH|%s:4\n"
             "LCH|Tỉnh Lai Châu|province|NULL|%s:2\n"
             "STP|Sở Tư pháp|department|LCH|%s:3\n",
             path, path, path);
    assert_string_equal(query_text(s, "SELECT code, name, kind, parent, source FROM unit "
                                      "ORDER BY code"),
                        want);
    store_close(s);
}

/* A file of 256 KiB or more is hashed beside its rows, in a thread: the same SHA-256 is
 * recorded, and importing it again is found to change nothing. */
static void test_large_file_hashed(void **state)
{
    (void)state;
    enum { UNITS_N = 5000 };
    size_t cap = (size_t)UNITS_N * 80 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "code,name,kind,parent\nLCH,Tỉnh Lai Châu,province,\n");
    for (int i = 0; i < UNITS_N; i++)
        len += (size_t)snprintf(text + len, cap - len,
                                "U%05d,Đơn vị thử nghiệm số %05d của tỉnh,department,LCH\n", i, i);
    assert_true(len >= 256 << 10);
    const char *path = scratch_file("units-large.csv", text, len);
    free(text);
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_non_null(s);
    struct import_result r;
    assert_int_equal(import_file(s, IMPORT_UNITS, path, NULL, NULL, &r, &e), 0);
    assert_int_equal(r.rows, UNITS_N + 1);
    char sha[65], want[100];
    assert_int_equal(file_sha256(path, sha, &e), 0);
    snprintf(want, sizeof want, "%s\n", sha);
    assert_string_equal(query_text(s, "SELECT sha256 FROM import"), want);
    assert_int_equal(import_file(s, IMPORT_UNITS, path, NULL, NULL, &r, &e), 0);
    assert_string_equal(r.already, NOW);
    store_close(s);
}

static void test_good_agencies(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    assert_int_equal(import_ok(s, IMPORT_AGENCIES, write("agencies.csv", AGENCIES)), 2);
    assert_string_equal(query_text(s, "SELECT code, name FROM agency ORDER BY code"),
                        "SNV|Sở Nội vụ\nSTP|Sở Tư pháp\n");
    store_close(s);
}

static void test_good_facts(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    const char *path = write("facts.csv", FACTS);
    assert_int_equal(import_ok(s, IMPORT_FACTS, path), 4);
    char want[2000];
    snprintf(want, sizeof want,
             "LCH|issued_ratio|number|0.855|NULL|%s:3|2\n"
             "LCH|plan_issued|bool|1|NULL|%s:2|2\n"
             "STP|iso|na|NULL|NULL|%s:5|2\n"
             "STP|report_sent|date|NULL|2019-12-25|%s:4|2\n",
             path, path, path, path);
    assert_string_equal(query_text(s, "SELECT unit, name, type, num, text, source, import_id "
                                      "FROM fact_origin ORDER BY unit, name"),
                        want);
    /* each row keeps its line; the file and the time are the import's, once */
    assert_string_equal(query_text(s, "SELECT unit, name, line, source, at, import_id "
                                      "FROM fact ORDER BY unit, name"),
                        "LCH|issued_ratio|3|NULL|NULL|2\n"
                        "LCH|plan_issued|2|NULL|NULL|2\n"
                        "STP|iso|5|NULL|NULL|2\n"
                        "STP|report_sent|4|NULL|NULL|2\n");
    assert_string_equal(query_text(s, "SELECT count(*) FROM fact_origin AS f JOIN import AS i "
                                      "ON i.id = f.import_id WHERE f.at = i.at"),
                        "4\n");
    assert_string_equal(query_text(s, "SELECT kind, rows FROM import WHERE id = 2"), "facts|4\n");
    assert_string_equal(query_text(s, "SELECT count(*) FROM audit"), "0\n");
    expect_keys_checked(s);
    store_close(s);
}

/* A dictionary of NAMED facts, "label_K" naming the code "f_K", for the test below. */
enum { NAMED = 2000 };
static char named_codes[NAMED][16];
static int named_resolved;

static const char *named_resolve(const void *ctx, const char *name, const void **fact,
                                 char *why, size_t n)
{
    (void)ctx;
    int k = atoi(name + strlen("label_"));
    *fact = NULL;
    if (strncmp(name, "label_", 6) != 0 || k < 0 || k >= NAMED) {
        snprintf(why, n, "unknown fact '%s'", name);
        return NULL;
    }
    named_resolved++;
    snprintf(named_codes[k], sizeof named_codes[k], "f_%d", k);
    return named_codes[k];
}

static int named_check(const void *ctx, const void *fact, int year, const char *raw,
                       const struct fact_value *v, char *why, size_t n)
{
    (void)ctx, (void)fact, (void)year, (void)raw, (void)v, (void)why, (void)n;
    return 0;
}

/* The import keeps what the dictionary resolved for each name it met: with more names than
 * it keeps, each row still gets its own fact's code (row K of each unit stores f_K = K). */
static void test_resolved_names_kept(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    size_t cap = 2 * NAMED * 40 + 32, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "unit,fact,value\n");
    for (int unit = 0; unit < 2; unit++)
        for (int k = 0; k < NAMED; k++)
            len += (size_t)snprintf(text + len, cap - len, "%s,label_%d,%d\n",
                                    unit ? "STP" : "LCH", (k * 7) % NAMED, (k * 7) % NAMED);
    const char *path = scratch_file("named.csv", text, len);
    free(text);
    struct import_facts named = {.year = 2019, .year_from = "--year", .ctx = "named",
                                 .resolve = named_resolve, .check = named_check};
    struct px_err e = {0};
    struct import_result r;
    named_resolved = 0;
    if (import_file(s, IMPORT_FACTS, path, NULL, &named, &r, &e) != 0)
        fail_msg("import %s: %s", path, e.msg);
    assert_int_equal(r.rows, 2 * NAMED);
    assert_true(named_resolved >= NAMED && named_resolved < 2 * NAMED); /* kept, some evicted */
    assert_string_equal(query_text(s, "SELECT count(*), count(DISTINCT name) FROM fact"),
                        "4000|2000\n");
    assert_string_equal(query_text(s, "SELECT count(*) FROM fact "
                                      "WHERE name <> 'f_' || CAST(num AS INTEGER)"),
                        "0\n");
    store_close(s);
}

static void test_headers_any_order_and_spelling(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    assert_int_equal(import_ok(s, IMPORT_FACTS,
                               write("f1.csv", "GIÁ TRỊ;Đơn vị;Dữ kiện\n12;LCH;staff\n")),
                     1);
    assert_int_equal(import_ok(s, IMPORT_FACTS,
                               write("f2.csv", "Value,Fact,Unit\n13,staff2,LCH\n")),
                     1);
    assert_string_equal(query_text(s, "SELECT name, num FROM fact ORDER BY name"),
                        "staff|12\nstaff2|13\n");
    assert_int_equal(import_ok(s, IMPORT_UNITS,
                               write("u2.csv", "ma,ten,loai\nX-1,Xã Một,commune\n")),
                     1);
    assert_string_equal(query_text(s, "SELECT parent FROM unit WHERE code = 'X-1'"), "NULL\n");
    store_close(s);
}

static void test_parent_earlier_in_file(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_int_equal(import_ok(s, IMPORT_UNITS,
                               write("tree.csv", "code,name,kind,parent\n"
                                                 "A,Tỉnh A,province,\n"
                                                 "B,Huyện B,district,A\n"
                                                 "C,Xã C,commune,B\n")),
                     3);
    store_close(s);
}

static void test_reimport_audits_changes(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    const char *first = write("facts.csv", FACTS);
    import_ok(s, IMPORT_FACTS, first);
    const char *second = write("facts2.csv", "unit,fact,value,note\n"
                                             "LCH,plan_issued,có,KH 2756\n" /* note changed */
                                             "LCH,issued_ratio,90%,\n"     /* changed */
                                             "STP,iso,đạt,\n");           /* changed type */
    assert_int_equal(import_ok(s, IMPORT_FACTS, second), 3);
    char want[2000];
    snprintf(want, sizeof want,
             "LCH/plan_issued|2019|có|có|Kế hoạch 2756/KH-UBND|KH 2756|%s:2|%s:2\n"
             "LCH/issued_ratio|2019|0,855|0,9|NULL|NULL|%s:3|%s:3\n"
             "STP/iso|2019|không áp dụng|có|NULL|NULL|%s:4|%s:5\n",
             second, first, second, first, second, first);
    assert_string_equal(query_text(s, "SELECT subject, year, old, new, old_note, new_note, "
                                      "source, old_source FROM audit ORDER BY id"),
                        want);
    snprintf(want, sizeof want, "%s:2|3\n", second); /* unchanged, but now from the new file */
    assert_string_equal(query_text(s, "SELECT source, import_id FROM fact_origin "
                                      "WHERE name = 'plan_issued'"),
                        want);
    assert_string_equal(query_text(s, "SELECT line, source, at FROM fact "
                                      "WHERE name = 'plan_issued'"),
                        "2|NULL|NULL\n");
    store_close(s);
}

/* ---- refused files: the database stays exactly as it was ------------------------- */

static void test_bad_row_at_end_changes_nothing(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    import_ok(s, IMPORT_FACTS, write("facts.csv", FACTS));
    expect_refused(s, IMPORT_FACTS, "late.csv",
                   "unit,fact,value\n"
                   "LCH,plan_issued,không\n"
                   "LCH,new_fact,1\n"
                   "STP,staff,12\n"
                   "LCX,staff,3\n",
                   "5:1: expected a known unit code (see units), found 'LCX'");
    expect_refused(s, IMPORT_UNITS, "late-units.csv",
                   "code,name,kind,parent\nNEW,Mới,district,LCH\nLCH,Đổi tên,province,\n"
                   "BAD CODE,x,district,\n",
                   "4:1: expected a unit code such as LCH, found 'BAD CODE'");
    store_close(s);
}

static void test_bad_fact_rows(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    expect_refused(s, IMPORT_FACTS, "v.csv", "unit,fact,value\nLCH,ratio,\"1.234,5\"\n",
                   "2:11: expected a number with one decimal separator and no thousands "
                   "separators (such as 1234,5), found '1.234,5'");
    expect_refused(s, IMPORT_FACTS, "d.csv", "unit;fact;value\nSTP;sent;31/02/2019\n",
                   "2:10: expected a date dd/mm/yyyy, found '31/02/2019' (");
    expect_refused(s, IMPORT_FACTS, "n.csv", "unit,fact,value\nLCH,Plan Issued,1\n",
                   "2:5: expected a fact name such as plan_issued (a-z, 0-9, _), found "
                   "'Plan Issued'");
    expect_refused(s, IMPORT_FACTS, "e.csv", "unit,fact,value\nLCH,plan,\n",
                   "2:10: expected a value, found nothing");
    expect_refused(s, IMPORT_FACTS, "u.csv", "unit,fact,value\n,plan,1\n",
                   "2:1: expected a known unit code (see units), found nothing");
    expect_refused(s, IMPORT_FACTS, "dup.csv",
                   "unit,fact,value\nLCH,plan,1\nSTP,plan,1\nLCH,plan,0\n",
                   "4:5: expected each unit and fact once, found LCH/plan again (first on "
                   "line 2)");
    expect_keys_checked(s);
    store_close(s);
}

static void test_bad_unit_rows(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    expect_refused(s, IMPORT_UNITS, "p.csv",
                   "code,name,kind,parent\nA,Xã A,commune,B\nB,Huyện B,district,LCH\n",
                   "2:16: expected a known unit code as parent (imported before, or on an "
                   "earlier line), found 'B'");
    expect_refused(s, IMPORT_UNITS, "self.csv", "code,name,kind,parent\nA,Xã A,commune,A\n",
                   "2:16: expected a parent other than the unit itself, found 'A'");
    expect_refused(s, IMPORT_UNITS, "dup.csv",
                   "code,name,kind\nA,Xã A,commune\nB,Xã B,commune\nA,Xã A2,commune\n",
                   "4:1: expected each unit once, found A again (first on line 2)");
    expect_refused(s, IMPORT_UNITS, "name.csv", "code,name,kind\nA,,commune\n",
                   "2:3: expected the unit's name, found nothing");
    expect_refused(s, IMPORT_UNITS, "kind.csv", "code,name,kind\nA,Xã A,Xã\n",
                   "2:8: expected a unit kind such as province (a-z, 0-9, _), found 'Xã'");
    expect_refused(s, IMPORT_AGENCIES, "ag.csv", "mã,tên\nSTP,Sở Tư pháp\nSTP,Sở khác\n",
                   "3:1: expected each agency once, found STP again (first on line 2)");
    expect_refused(s, IMPORT_AGENCIES, "ag2.csv", "mã,tên\nS T P,Sở Tư pháp\n",
                   "2:1: expected an agency code such as STP, found 'S T P'");
    store_close(s);
}

static void test_bad_headers(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    expect_refused(s, IMPORT_FACTS, "h1.csv", "unit,fact,amount\nLCH,x,1\n",
                   "1:11: expected one of the columns unit (đơn vị), fact (dữ kiện), value "
                   "(giá trị), note (ghi chú), year (năm), found 'amount'");
    expect_refused(s, IMPORT_FACTS, "h2.csv", "unit,value\nLCH,1\n",
                   "1:1: expected a column fact (dữ kiện) in the header, found none");
    expect_refused(s, IMPORT_UNITS, "h3.csv", "code,name,kind,mã\nA,B,c,D\n",
                   "1:16: expected the column code once, found it again (first in column 1)");
    expect_refused(s, IMPORT_AGENCIES, "h4.csv", "",
                   "1:1: expected a header line (code (mã), name (tên)), found an empty file");
    store_close(s);
}

static void test_csv_errors_change_nothing(void **state)
{
    (void)state;
    struct store *s = store_with_units();
    expect_refused(s, IMPORT_FACTS, "c.csv", "unit,fact,value\nLCH,a,1\nLCH,b,1,extra\n",
                   "3:9: expected 3 fields as in the header, found 4");
    expect_refused(s, IMPORT_FACTS, "q.csv", "unit,fact,value\nLCH,a,1\nLCH,b,\"1\n",
                   "3:7: expected a closing quote for the field opened here, found the end of "
                   "the file");
    struct px_err e = {0};
    assert_int_equal(import_file(s, IMPORT_FACTS, scratch_path("missing.csv"), NULL,
                                 &YEAR_2019, &(struct import_result){0}, &e),
                     -1);
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, scratch_path("missing.csv"));
    assert_non_null(strstr(e.msg, "cannot read"));
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_good_units),
        cmocka_unit_test(test_large_file_hashed),
        cmocka_unit_test(test_good_agencies),
        cmocka_unit_test(test_good_facts),
        cmocka_unit_test(test_resolved_names_kept),
        cmocka_unit_test(test_headers_any_order_and_spelling),
        cmocka_unit_test(test_parent_earlier_in_file),
        cmocka_unit_test(test_reimport_audits_changes),
        cmocka_unit_test(test_bad_row_at_end_changes_nothing),
        cmocka_unit_test(test_bad_fact_rows),
        cmocka_unit_test(test_bad_unit_rows),
        cmocka_unit_test(test_bad_headers),
        cmocka_unit_test(test_csv_errors_change_nothing),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
