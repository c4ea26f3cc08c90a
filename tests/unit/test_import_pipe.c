/* test_import_pipe.c — the import's pipe (import_pipe.c) with and without its thread: files of
 * facts and of answers spanning several blocks (128, 256, 512, then 1,024 rows with the
 * thread; 1,024 without) are imported once with the inserting thread and once where no thread
 * can be started (this program stands in for pthread_create, which then fails as on a
 * machine out of threads), and both must leave the same database and give the same messages:
 * every row stored, or, for a repeat in a late block followed by a bad row or a fault of the
 * file itself, the repeat refused at its line and nothing stored; a fact stored by an earlier
 * import and changed in a block the thread inserts is replaced and audited, and the blocks
 * after it stored.  A block's facts are inserted in the table's key order: a unit's facts
 * listed out of that order are stored with their values, and of a fact given twice the later
 * row is the one refused.
 * Uses: cmocka, import.h, import_survey.h, query_text.h (query_text_exact), scratch.h, dlfcn
 * (the real pthread_create). */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "import_survey.h"
#include "query_text.h"
#include "scratch.h"

/* ---- threads that fail to start on demand ---------------------------------------- */

static int no_threads; /* 1: pthread_create fails with EAGAIN */

int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg)
{
    typedef int (*create_fn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
    if (no_threads)
        return EAGAIN;
    create_fn real;
    void *sym = dlsym(RTLD_NEXT, "pthread_create");
    memcpy(&real, &sym, sizeof real);
    return real(t, attr, fn, arg);
}

/* ---- files ------------------------------------------------------------------------ */

static const char UNITS[] = "code,name,kind\nLCH,Lai Châu,province\nDBN,Điện Biên,province\n";

static const struct import_facts YEAR_2019 = {.year = 2019, .year_from = "--year"};

/* Writes `name` holding the header and rows f0001… of `units` units, n rows in all; the row
 * at line `repeat_at` (0: none) gives the fact of line 5 again, and the one at `bad_at`
 * (0: none) has one field too many, or an unterminated quote when `quote` is set. */
static const char *facts_file(const char *name, int n, int repeat_at, int bad_at, int quote)
{
    size_t cap = (size_t)n * 40 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "unit,fact,value\n");
    for (int line = 2; line < n + 2; line++) {
        int i = line - 2;
        if (line == bad_at)
            len += (size_t)snprintf(text + len, cap - len,
                                    quote ? "LCH,\"g%04d,1\n" : "LCH,g%04d,1,2\n", i);
        else if (line == repeat_at)
            len += (size_t)snprintf(text + len, cap - len, "%s,f%04d,%d\n", "LCH", 3, i);
        else
            len += (size_t)snprintf(text + len, cap - len, "%s,f%04d,%d\n", i % 2 ? "DBN" : "LCH",
                                    i / 2, i);
    }
    const char *path = scratch_file(name, text, len);
    free(text);
    return path;
}

/* A respondent list of n leaders, SNV-0001…, of group LD. */
static const char *respondents_file(int n)
{
    size_t cap = (size_t)n * 40 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    len += (size_t)snprintf(text + len, cap - len, "mã,họ và tên,nhóm\n");
    for (int i = 1; i <= n; i++)
        len += (size_t)snprintf(text + len, cap - len, "SNV-%04d,Người %d,LD\n", i, i);
    const char *path = scratch_file("respondents.csv", text, len);
    free(text);
    return path;
}

/* The answers of n respondents (respondents_file) to Q1 and Q2 about LCH, 2n rows: the row
 * at line `repeat_at` (0: none) answers line 7's question again, the one at `bad_at` has an
 * option the question lacks, or an unterminated quote when `quote` is set. */
static const char *answers_file(const char *name, int n, int repeat_at, int bad_at, int quote)
{
    size_t cap = (size_t)n * 80 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    static const char header[] = "mã phiếu,đơn vị,câu hỏi,phương án\n";
    len += (size_t)snprintf(text + len, cap - len, "%s", header);
    for (int line = 2; line < 2 * n + 2; line++) {
        int i = line - 2;
        if (line == bad_at)
            len += (size_t)snprintf(text + len, cap - len,
                                    quote ? "SNV-0001,LCH,\"Q1,A\n" : "SNV-%04d,LCH,Q%d,F\n",
                                    i / 2 + 1, i % 2 + 1);
        else if (line == repeat_at)
            len += (size_t)snprintf(text + len, cap - len, "SNV-0003,LCH,Q2,B\n");
        else
            len += (size_t)snprintf(text + len, cap - len, "SNV-%04d,LCH,Q%d,%c\n", i / 2 + 1,
                                    i % 2 + 1, "ABCDE"[i % 5]);
    }
    const char *path = scratch_file(name, text, len);
    free(text);
    return path;
}

/* ---- the survey's checks: group LD; questions Q1 and Q2; options A to E ------------ */

static int group_of(const void *ctx, const char *named, const char *agency, char *code,
                    size_t n, char *why, size_t wn)
{
    (void)ctx;
    (void)agency;
    if (strcmp(named, "LD") != 0) {
        snprintf(why, wn, "expected the group LD, found '%s'", named);
        return -1;
    }
    snprintf(code, n, "%s", named);
    return 0;
}

static int answer_ok(const void *ctx, const char *question, const char *group,
                     const char *option, char *why, size_t wn)
{
    (void)ctx;
    (void)group;
    if (strcmp(question, "Q1") != 0 && strcmp(question, "Q2") != 0) {
        snprintf(why, wn, "expected Q1 or Q2, found '%s'", question);
        return -1;
    }
    if (strlen(option) != 1 || !strchr("ABCDE", option[0])) {
        snprintf(why, wn, "expected one of A, B, C, D, E, found '%s'", option);
        return -2;
    }
    return 0;
}

static const struct import_survey SURVEY = {.year = 2019, .group = group_of, .answer = answer_ok};

/* ---- what the database holds --------------------------------------------------------- */

/* Every row of the tables an import writes, as text (the caller frees it). */
static char *dump(struct store *s)
{
    static const char *const tables[] = {
        "SELECT * FROM unit ORDER BY code",
        "SELECT * FROM fact ORDER BY unit, name",
        "SELECT * FROM import ORDER BY id",
        "SELECT * FROM audit ORDER BY id",
        "SELECT * FROM respondent ORDER BY code",
        "SELECT * FROM survey_answer ORDER BY respondent, unit, question",
        "SELECT * FROM survey_tally ORDER BY unit, question, grp, option",
    };
    char *all = NULL;
    size_t len = 0;
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        struct px_err e = {0};
        char *rows = query_text_exact(s, tables[i], &e);
        if (!rows)
            fail_msg("%s: %s", tables[i], e.msg);
        size_t n = strlen(rows);
        all = realloc(all, len + n + 3);
        assert_non_null(all);
        memcpy(all + len, rows, n);
        memcpy(all + len + n, "#\n", 3);
        len += n + 2;
        free(rows);
    }
    return all;
}

/* A new store with the units, the facts of `earlier` (NULL: none) and (for answers) the
 * respondents, made with threads. */
static struct store *new_store(int respondents, const char *earlier)
{
    struct px_err e = {0};
    struct import_result r;
    struct store *s = store_open(NULL, STORE_CREATE, &e);
    assert_non_null(s);
    if (import_file(s, IMPORT_UNITS, scratch_file("units.csv", UNITS, strlen(UNITS)), NULL,
                    &YEAR_2019, &r, &e) != 0 ||
        (earlier && import_file(s, IMPORT_FACTS, earlier, NULL, &YEAR_2019, &r, &e) != 0) ||
        (respondents &&
         import_respondents(s, respondents_file(respondents), "SNV", NULL, &SURVEY, &r, &e)))
        fail_msg("set-up: %s", e.msg);
    return s;
}

/* Imports path (facts, or answers) without threads and with them into new stores holding the
 * facts of `earlier` (NULL: none): both give rc with the same message (which starts with path
 * and then `after_path` when refused) and the same database; returns that database as text
 * (the caller frees it). */
static char *import_both_ways(int answers, const char *earlier, const char *path, int rc,
                              const char *after_path)
{
    char *got[2], msg[2][1600];
    for (int way = 0; way < 2; way++) {
        no_threads = way == 0;
        struct store *s = new_store(answers ? 1200 : 0, earlier);
        char *before = dump(s);
        struct px_err e = {0};
        struct import_result r;
        int done = answers ? import_answers(s, path, NULL, &SURVEY, &r, &e)
                           : import_file(s, IMPORT_FACTS, path, NULL, &YEAR_2019, &r, &e);
        no_threads = 0;
        if (done != rc)
            fail_msg("%s import of %s gave %d: %s", way ? "threaded" : "unthreaded", path, done,
                     e.msg);
        px_err_format(&e, msg[way], sizeof msg[way]);
        got[way] = dump(s);
        if (rc) {
            char want[1200];
            snprintf(want, sizeof want, "%s:%s", path, after_path);
            if (strncmp(msg[way], want, strlen(want)) != 0)
                fail_msg("expected the message to start '%s', got '%s'", want, msg[way]);
            assert_string_equal(got[way], before);
        }
        free(before);
        store_close(s);
    }
    if (rc)
        assert_string_equal(msg[0], msg[1]);
    assert_string_equal(got[0], got[1]);
    free(got[1]);
    return got[0];
}

/* ---- the cases ------------------------------------------------------------------------ */

/* 3,000 facts, six blocks with the thread: all stored. */
static void facts_in_blocks(void **state)
{
    (void)state;
    char *db = import_both_ways(0, NULL, facts_file("facts.csv", 3000, 0, 0, 0), 0, NULL);
    assert_non_null(strstr(db, "\nDBN|2019|f1499|number|2999|NULL|NULL|"));
    assert_non_null(strstr(db, "\nLCH|2019|f0000|number|0|NULL|NULL|"));
    free(db);
}

/* A repeat at line 1,500 (the fourth block, which the thread inserts) of the fact of line 8,
 * then, in the fifth block, a row with a field too many, or a quote left open: the repeat is
 * refused, nothing stored. */
static void facts_repeat_late(void **state)
{
    (void)state;
    for (int quote = 0; quote < 2; quote++)
        free(import_both_ways(0, NULL, facts_file("repeat.csv", 3000, 1500, 2800, quote), -1,
                              "1500:5: expected each unit and fact once, found LCH/f0003 "
                              "again (first on line 8)"));
}

/* LCH's f0700, stored by an earlier import as 5, is 1400 at line 1,402 (the fourth block,
 * which the thread inserts; the thread waits while it is replaced): it is replaced and
 * audited, and every fact of the blocks before and after it stored. */
static void facts_changed_midway(void **state)
{
    (void)state;
    static const char earlier[] = "unit,fact,value\nLCH,f0700,5\n";
    char *db = import_both_ways(0, scratch_file("earlier.csv", earlier, strlen(earlier)),
                                facts_file("changed.csv", 3000, 0, 0, 0), 0, NULL);
    assert_non_null(strstr(db, "\nLCH|2019|f0700|number|1400|NULL|NULL|"));
    assert_non_null(strstr(db, "|fact.change|LCH/f0700|5|1400|"));
    assert_non_null(strstr(db, "\nLCH|2019|f0000|number|0|NULL|NULL|"));
    assert_non_null(strstr(db, "\nDBN|2019|f1499|number|2999|NULL|NULL|"));
    free(db);
}

/* Ten facts of LCH then the same ten of DBN, each unit's in descending order of name (the
 * thread inserts them sorted, DBN's arranged as LCH's were), and, when `repeat`, LCH's f0004
 * again at the end of its rows (line 12): the file's values are stored where they belong, or
 * the later of the two rows is the one refused. */
static const char *descending_file(int repeat)
{
    char text[1024];
    size_t len = (size_t)snprintf(text, sizeof text, "unit,fact,value\n");
    for (int line = 2; line < (repeat ? 23 : 22); line++) {
        const char *unit = line < (repeat ? 13 : 12) ? "LCH" : "DBN";
        int fact = repeat && line == 12 ? 4 : 9 - (line - 2) % 10;
        if (repeat && line > 12)
            fact = 9 - (line - 13) % 10;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s,f%04d,%d\n", unit, fact, line);
    }
    return scratch_file(repeat ? "descending-repeat.csv" : "descending.csv", text, len);
}

static void facts_sorted_in_block(void **state)
{
    (void)state;
    char *db = import_both_ways(0, NULL, descending_file(0), 0, NULL);
    assert_non_null(strstr(db, "\nLCH|2019|f0000|number|11|NULL|NULL|"));
    assert_non_null(strstr(db, "\nLCH|2019|f0009|number|2|NULL|NULL|"));
    assert_non_null(strstr(db, "\nDBN|2019|f0000|number|21|NULL|NULL|"));
    assert_non_null(strstr(db, "\nDBN|2019|f0004|number|17|NULL|NULL|"));
    free(db);
    free(import_both_ways(0, NULL, descending_file(1), -1,
                          "12:5: expected each unit and fact once, found LCH/f0004 again "
                          "(first on line 7)"));
}

/* 2,400 answers, five blocks with the thread: all stored with their tallies (each option of
 * Q1 240 times). */
static void answers_in_blocks(void **state)
{
    (void)state;
    char *db = import_both_ways(1, NULL, answers_file("answers.csv", 1200, 0, 0, 0), 0, NULL);
    assert_non_null(strstr(db, "\n2019|SNV-1200|LCH|Q2|E|"));
    assert_non_null(strstr(db, "\n2019|LCH|Q1|LD|A|240\n"));
    assert_non_null(strstr(db, "\n2019|LCH|Q2|LD|E|240\n"));
    free(db);
}

/* An answer given twice, at line 1,500 (the fourth block, which the thread inserts) of the
 * answer at line 7, then, in the fifth block, an option the question lacks, or a quote left
 * open: the second answer is refused, nothing stored. */
static void answers_repeat_late(void **state)
{
    (void)state;
    for (int quote = 0; quote < 2; quote++)
        free(import_both_ways(1, NULL, answers_file("again.csv", 1200, 1500, 2350, quote), -1,
                              "1500:14: expected one answer of SNV-0003 to Q2, found a second "
                              "(the first at "));
}

/* A bad row in the fifth block before any repeat: its own message, nothing stored. */
static void answers_bad_late(void **state)
{
    (void)state;
    free(import_both_ways(1, NULL, answers_file("bad.csv", 1200, 2350, 2300, 0), -1,
                          "2300:17: expected one of A, B, C, D, E, found 'F'"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(facts_in_blocks),
        cmocka_unit_test(facts_repeat_late),
        cmocka_unit_test(facts_changed_midway),
        cmocka_unit_test(facts_sorted_in_block),
        cmocka_unit_test(answers_in_blocks),
        cmocka_unit_test(answers_repeat_late),
        cmocka_unit_test(answers_bad_late),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
