/* test_docnum.c — Vietnamese document numbers: the three shapes and what each says (type,
 * issuer, year), the types, look-alikes pasted from Word or PDF named with code point, place
 * and the right spelling, node lists of the evidence register, and PCRE2's heap limit.
 * Uses: cmocka, docnum.h, re.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "docnum.h"
#include "re.h"

static void check_number(const char *number, const char *type, const char *issuer, int year)
{
    struct docnum d;
    if (!docnum_parse(number, &d))
        fail_msg("'%s' not taken for a document number", number);
    assert_string_equal(d.type, type);
    assert_string_equal(d.issuer, issuer);
    assert_int_equal(d.year, year);
}

static void test_shapes(void **state)
{
    (void)state;
    check_number("2756/KH-UBND", "KH", "UBND", 0);
    check_number("30/2018/QĐ-UBND", "QĐ", "UBND", 2018);
    check_number("1150/QĐ-BNV", "QĐ", "BNV", 0);
    check_number("383/BNV-CCHC", "CV", "BNV", 0);
    check_number("12/TTr-SNV", "TTr", "SNV", 0);
    check_number("05/BC-UBND-VX", "BC", "UBND", 0);
}

static void test_not_numbers(void **state)
{
    (void)state;
    struct docnum d;
    const char *bad[] = {"KH-UBND/2756", "2756/KH", "2756 /KH-UBND", "2756/kh-UBND",
                         "2756/KH-UBND\n", "٢٧٥٦/KH-UBND", "2756/KH–UBND", "", "/KH-UBND", "2756//KH-UBND"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (docnum_parse(bad[i], &d))
            fail_msg("'%s' taken for a document number", bad[i]);
}

static void test_types(void **state)
{
    (void)state;
    assert_true(docnum_type_known("QĐ"));
    assert_true(docnum_type_known("TTr"));
    assert_true(docnum_type_known("CV"));
    assert_false(docnum_type_known("QÐ")); /* Icelandic eth */
    struct docnum d; /* Ð is a capital letter: the shape holds, the type is lost */
    assert_true(docnum_parse("1235/QÐ-UBND", &d));
    assert_string_equal(d.type, "CV");
    assert_false(docnum_type_known("XYZ"));
    assert_non_null(strstr(docnum_type_list(), "QĐ, CT"));
}

static void check_lookalike(const char *number, const char *said, const char *meant)
{
    char buf[600], *fixed = NULL;
    assert_int_equal(docnum_lookalike(number, buf, sizeof buf, &fixed), 1);
    if (!strstr(buf, said))
        fail_msg("for '%s' expected '%s' in: %s", number, said, buf);
    assert_string_equal(fixed, meant);
    free(fixed);
}

static void test_lookalikes(void **state)
{
    (void)state;
    check_lookalike("2756/KH–UBND", "ký tự thứ 8 là '–' (U+2013)", "2756/KH-UBND");
    check_lookalike("1235/QÐ-UBND", "ký tự thứ 7 là 'Ð' (U+00D0)", "1235/QĐ-UBND");
    check_lookalike("２756/KH-UBND", "ký tự thứ 1 là '２' (U+FF12)", "2756/KH-UBND");
    check_lookalike("2756/KH-\xC2\xA0UBND", "ký tự thứ 9 là khoảng trắng đặc biệt U+00A0",
                    "2756/KH-UBND");
    check_lookalike("2756/KH\xE2\x80\x8B-UBND", "U+200B", "2756/KH-UBND");
    char buf[100];
    assert_int_equal(docnum_lookalike("2756/KH-UBND", buf, sizeof buf, NULL), 0);
    assert_string_equal(buf, "");
}

static void check_nodes(const char *text, size_t n, const char *first, const char *last)
{
    struct evidence_row r = {0};
    char why[100];
    assert_int_equal(evidence_nodes_parse(text, &r, why, sizeof why), 0);
    assert_int_equal(r.nnodes, n);
    assert_string_equal(r.nodes[0], first);
    assert_string_equal(r.nodes[n - 1], last);
    for (size_t i = 0; i < r.nnodes; i++)
        free(r.nodes[i]);
    free(r.nodes);
}

static void check_nodes_refused(const char *text, const char *want)
{
    struct evidence_row r = {0};
    char why[100];
    assert_int_equal(evidence_nodes_parse(text, &r, why, sizeof why), -1);
    assert_string_equal(why, want);
    for (size_t i = 0; i < r.nnodes; i++)
        free(r.nodes[i]);
    free(r.nodes);
}

static void test_nodes(void **state)
{
    (void)state;
    check_nodes("1.1.1", 1, "1.1.1", "1.1.1");
    check_nodes("2.1; 1.2, 1.1.1", 3, "1.1.1", "2.1");
    check_nodes(" 1.3 ;; 1.2 ", 2, "1.2", "1.3");
    check_nodes_refused("1.1.x", "'1.1.x' is not a code");
    check_nodes_refused(" ; ", "nothing");
}

/* A pattern that needs more backtracking memory than the heap limit allows stops with the
 * limit named, never with a crash. */
static void test_limits(void **state)
{
    (void)state;
    struct px_err e;
    struct re *r = re_compile("\\A(a+)+\\z", &e);
    assert_non_null(r);
    char s[64];
    memset(s, 'a', sizeof s - 2);
    s[sizeof s - 2] = 'b';
    s[sizeof s - 1] = '\0';
    assert_int_equal(re_full(r, s, &e), -1);
    assert_int_equal(e.code, PX_LIMIT);
    assert_non_null(strstr(e.msg, "limit"));
    re_free(r);
    assert_null(re_compile("([0-9]+", &e));
    assert_non_null(strstr(e.msg, "offset 7"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shapes),   cmocka_unit_test(test_not_numbers),
        cmocka_unit_test(test_types),    cmocka_unit_test(test_lookalikes),
        cmocka_unit_test(test_nodes),    cmocka_unit_test(test_limits),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    re_shapes_free();
    return rc;
}
