/* test_survey_tally.c — the counts an import of answers keeps in memory: more distinct keys
 * than the table holds (so that it is written out in the middle and starts again), keys
 * counted many times, a key longer than a slot takes, and an earlier tally of the same key
 * added to; every count read back from survey_tally must equal the answers given.  Each
 * answer is counted first without the store, as the import does while its thread inserts,
 * and again with it only where that said it would write (the table full, a long key).  And the
 * import of answers around it: an answer given again in a later file refused with the first
 * one's place, the tallies of the good file kept, and SQLite's foreign-key checks back on
 * after each file (the import leaves them off while it checks respondents and units itself).
 * Uses: cmocka, store.h, store_survey.h, survey_tally.h, import_survey.h, query_text.h,
 * scratch.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "import_survey.h"
#include "query_text.h"
#include "scratch.h"
#include "store.h"
#include "store_survey.h"
#include "survey_tally.h"

enum { UNITS = 80, QUESTIONS = 200, OPTIONS = 5 }; /* 80,000 keys: more than one table */

static long would_write; /* answers that survey_tally_count could not count without s */

static void count(struct survey_tally *t, struct store *s, const char *unit, const char *q,
                  const char *option)
{
    struct px_err e = {0};
    struct tally_row row = {unit, q, "G1", option, 0};
    int rc = survey_tally_count(t, NULL, &row, &e);
    if (rc == 1) {
        would_write++;
        rc = survey_tally_count(t, s, &row, &e);
    }
    if (rc != 0)
        fail_msg("survey_tally_count: %s", e.msg);
}

static void test_counts_survive_flushes(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_non_null(s);
    assert_int_equal(store_begin(s, &e), 0);
    struct tally_row before = {"U001", "Q001", "G1", "A", 5};
    assert_int_equal(store_tally_add(s, &before, 1, 2019, &e), 0);
    struct survey_tally *t = survey_tally_new(2019);
    assert_non_null(t);
    char unit[16], q[16], option[2] = "A", long_option[300];
    memset(long_option, 'X', sizeof long_option - 1);
    long_option[sizeof long_option - 1] = '\0';
    /* Every key once, then unit U001's keys twice more: U001's are written out in the
     * middle (the table is full) and counted again after. */
    for (int pass = 0; pass < 3; pass++)
        for (int u = 0; u < (pass ? 1 : UNITS); u++)
            for (int k = 0; k < QUESTIONS; k++)
                for (int o = 0; o < OPTIONS; o++) {
                    snprintf(unit, sizeof unit, "U%03d", u + 1);
                    snprintf(q, sizeof q, "Q%03d", k + 1);
                    option[0] = (char)('A' + o);
                    count(t, s, unit, q, option);
                }
    assert_int_equal(would_write, 1); /* the table filled up once */
    count(t, s, "U002", "Q001", long_option);
    count(t, s, "U002", "Q001", long_option);
    assert_int_equal(would_write, 3); /* and each long key */
    assert_int_equal(survey_tally_flush(t, s, &e), 0);
    assert_int_equal(survey_tally_flush(t, s, &e), 0); /* nothing left: adds nothing */
    survey_tally_free(t);
    assert_int_equal(store_commit(s, &e), 0);
    assert_string_equal(query_text(s, "SELECT count(*), sum(n) FROM survey_tally"),
                        "80001|82007\n");
    assert_string_equal(query_text(s, "SELECT n FROM survey_tally WHERE unit = 'U001' AND "
                                      "question = 'Q001' AND option = 'A'"),
                        "8\n");
    assert_string_equal(query_text(s, "SELECT DISTINCT n FROM survey_tally WHERE unit = "
                                      "'U001' AND NOT (question = 'Q001' AND option = 'A')"),
                        "3\n");
    assert_string_equal(query_text(s, "SELECT n, length(option) FROM survey_tally WHERE "
                                      "length(option) > 1"),
                        "2|299\n");
    assert_string_equal(query_text(s, "SELECT DISTINCT n FROM survey_tally WHERE unit > 'U001' "
                                      "AND length(option) = 1"),
                        "1\n");
    store_close(s);
}

static int any_group(const void *ctx, const char *named, const char *agency, char *code,
                     size_t n, char *why, size_t wn)
{
    (void)ctx, (void)agency, (void)why, (void)wn;
    snprintf(code, n, "%s", named);
    return 0;
}

static int any_answer(const void *ctx, const char *question, const char *group,
                      const char *option, char *why, size_t wn)
{
    (void)ctx, (void)question, (void)group, (void)option, (void)why, (void)wn;
    return 0;
}

/* Foreign keys are checked on s: an answer of a respondent nobody listed is refused. */
static void assert_foreign_keys_on(struct store *s)
{
    struct px_err e = {0};
    struct answer_row a = {2019, "R9", "U1", "Q1", "A", "x.csv:2", 0};
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(store_put_answers(s, &a, 1, &e), -1);
    assert_non_null(strstr(e.msg, "FOREIGN KEY"));
    store_rollback(s);
}

static void test_answers_import(void **state)
{
    (void)state;
    struct px_err e = {0};
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_non_null(s);
    struct unit_row u = {"U1", "Đơn vị 1", "province", NULL, "units.csv:2"};
    struct respondent_row r = {2019, "R1", "Lò Văn A", "lo van a", NULL, "G1", NULL, NULL,
                               NULL, NULL, "SNV", "r.csv:2"};
    assert_int_equal(store_begin(s, &e), 0);
    assert_int_equal(store_put_unit(s, &u, &e), 0);
    assert_int_equal(store_put_respondent(s, &r, &e), 0);
    assert_int_equal(store_commit(s, &e), 0);
    struct import_survey sv = {2019, NULL, any_group, any_answer, "U1"};
    struct csv_options opt = csv_defaults();
    struct import_result res;
    static const char first[] = "mã phiếu,câu hỏi,phương án\nR1,Q1,A\nR1,Q2,B\n";
    static const char again[] = "mã phiếu,câu hỏi,phương án\nR1,Q3,C\nR1,Q2,D\n";
    const char *a = scratch_file("first.csv", first, sizeof first - 1);
    assert_int_equal(import_answers(s, a, &opt, &sv, &res, &e), 0);
    assert_int_equal(res.rows, 2);
    assert_foreign_keys_on(s);
    const char *b = scratch_file("again.csv", again, sizeof again - 1);
    assert_int_equal(import_answers(s, b, &opt, &sv, &res, &e), -1);
    char want[600];
    snprintf(want, sizeof want, "expected one answer of R1 to Q2, found a second (the first "
             "at %s:3)", a);
    assert_string_equal(e.msg, want);
    assert_string_equal(e.file, b);
    assert_int_equal(e.line, 3);
    assert_int_equal(e.col, 4);
    assert_foreign_keys_on(s);
    assert_string_equal(query_text(s, "SELECT question, grp, option, n FROM survey_tally "
                                      "ORDER BY question"),
                        "Q1|G1|A|1\nQ2|G1|B|1\n");
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_counts_survive_flushes),
                                       cmocka_unit_test(test_answers_import)};
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
