/* test_store_evidence.c — the evidence register in the store: a document added, read back with
 * its sorted nodes, changed (nodes replaced), re-put unchanged (no change counted, no audit
 * row), explanations beside documents, years kept apart, every addition and change audited
 * with its source, and a row for an unknown unit refused by the foreign key.
 * Uses: cmocka, store.h, docnum.h, scratch.h (PARIDX_NOW), query_text.h. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "docnum.h"
#include "query_text.h"
#include "scratch.h"
#include "store.h"

static struct store *fresh(void)
{
    struct px_err e = {0};
    setenv("PARIDX_NOW", SCRATCH_NOW, 1);
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    if (!s)
        fail_msg("store_open: %s", e.msg);
    struct unit_row u = {"LCH", "Lai Châu", "province", NULL, "units.csv:2"};
    if (store_put_unit(s, &u, &e) != 0)
        fail_msg("store_put_unit: %s", e.msg);
    return s;
}

static void put(struct store *s, const char *number, const char *title, int year, char **nodes,
                size_t nnodes, const char *explanation, const char *source)
{
    struct px_err e = {0};
    struct evidence_row r = {0, "LCH", year, (char *)number, number ? "KH" : NULL, "UBND",
                             number ? "2019-11-28" : NULL, (char *)title, NULL,
                             (char *)explanation, (char *)source, nodes, nnodes};
    assert_int_equal(store_begin(s, &e), 0);
    if (store_put_evidence(s, &r, "import", &e) != 0)
        fail_msg("store_put_evidence: %s", e.msg);
    assert_int_equal(store_commit(s, &e), 0);
}

static void test_add_change_read(void **state)
{
    (void)state;
    struct store *s = fresh();
    char *two[] = {"1.1.1", "1.2"}, *one[] = {"1.3.1"};
    put(s, "2756/KH-UBND", "Kế hoạch", 2019, two, 2, NULL, "ev.csv:2");
    put(s, "2756/KH-UBND", "Kế hoạch", 2019, two, 2, NULL, "ev.csv:2"); /* the same again */
    put(s, "2756/KH-UBND", "Kế hoạch xác định Chỉ số CCHC", 2019, one, 1, NULL, "ev2.csv:5");
    put(s, NULL, NULL, 2019, one, 1, "Lồng ghép trong kế hoạch CCHC", "ev2.csv:6");
    put(s, "1/KH-UBND", "Năm khác", 2020, one, 1, NULL, "ev3.csv:2");
    struct evidence_row *rows;
    size_t n;
    struct px_err e = {0};
    assert_int_equal(store_evidence(s, 2019, "LCH", &rows, &n, &e), 0);
    assert_int_equal(n, 2);
    assert_string_equal(rows[0].number, "2756/KH-UBND");
    assert_string_equal(rows[0].title, "Kế hoạch xác định Chỉ số CCHC");
    assert_string_equal(rows[0].issued, "2019-11-28");
    assert_string_equal(rows[0].source, "ev2.csv:5");
    assert_int_equal(rows[0].nnodes, 1);
    assert_string_equal(rows[0].nodes[0], "1.3.1");
    assert_null(rows[1].number);
    assert_string_equal(rows[1].explanation, "Lồng ghép trong kế hoạch CCHC");
    evidence_rows_free(rows, n);
    assert_string_equal(
        query_text(s, "SELECT action, subject, old IS NULL, source, old_source, year FROM audit "
                      "ORDER BY id"),
        "evidence.add|LCH/evidence/2756/KH-UBND|1|ev.csv:2|NULL|2019\n"
        "evidence.change|LCH/evidence/2756/KH-UBND|0|ev2.csv:5|ev.csv:2|2019\n"
        "evidence.explain|LCH/evidence/1.3.1|1|ev2.csv:6|NULL|2019\n"
        "evidence.add|LCH/evidence/1/KH-UBND|1|ev3.csv:2|NULL|2020\n");
    assert_int_equal(store_evidence(s, 2020, NULL, &rows, &n, &e), 0);
    assert_int_equal(n, 1);
    evidence_rows_free(rows, n);
    store_close(s);
}

static void test_unknown_unit_refused(void **state)
{
    (void)state;
    struct store *s = fresh();
    struct px_err e = {0};
    char *one[] = {"1.1.1"};
    struct evidence_row r = {0, "HGG", 2019, "2756/KH-UBND", "KH", NULL, "2019-11-28", NULL,
                             NULL, NULL, "ev.csv:2", one, 1};
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(store_put_evidence(s, &r, "import", &e), -1);
    assert_int_equal(e.code, PX_DATA);
    store_rollback(s);
    assert_string_equal(query_text(s, "SELECT count(*) FROM evidence"), "0\n");
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_change_read),
        cmocka_unit_test(test_unknown_unit_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
