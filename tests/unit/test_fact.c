/* test_fact.c — unit tests of fact.c: a table of what administrators type and what it reads
 * as (or the message it is refused with), every short string of digits and signs read as a
 * number exactly when the number and percentage shapes take it, longer numbers with the value
 * strtod gives them, type names, how values are shown, and a value's copy.
 * Uses: cmocka, fact.h, fact_types.h, re.h (the shapes numbers are read by), scratch.h (group
 * set-up and tear-down). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fact.h"
#include "fact_types.h"
#include "re.h"
#include "scratch.h"

struct parse_case {
    const char *raw;
    int ok;
    enum fact_type type;
    double num;
    const char *text; /* the date or text read, or the start of the message when !ok */
};

static const struct parse_case CASES[] = {
    /* numbers: decimal comma or point, signs, spaces around */
    {"12", 1, FACT_NUMBER, 12, ""},
    {"0.85", 1, FACT_NUMBER, 0.85, ""},
    {"0,85", 1, FACT_NUMBER, 0.85, ""},
    {"  -3,5 ", 1, FACT_NUMBER, -3.5, ""},
    {"1.234", 1, FACT_NUMBER, 1.234, ""},
    {"85%", 1, FACT_NUMBER, 0.85, ""},
    {"85,5 %", 1, FACT_NUMBER, 0.855, ""},
    {"100%", 1, FACT_NUMBER, 1, ""},
    /* yes / no in Vietnamese and English, any case, with or without diacritics */
    {"có", 1, FACT_BOOL, 1, ""},
    {"Có", 1, FACT_BOOL, 1, ""},
    {"CÓ", 1, FACT_BOOL, 1, ""},
    {"co", 1, FACT_BOOL, 1, ""},
    {"x", 1, FACT_BOOL, 1, ""},
    {"X", 1, FACT_BOOL, 1, ""},
    {"Yes", 1, FACT_BOOL, 1, ""},
    {"TRUE", 1, FACT_BOOL, 1, ""},
    {"Đạt", 1, FACT_BOOL, 1, ""},
    {"không", 1, FACT_BOOL, 0, ""},
    {"Không", 1, FACT_BOOL, 0, ""},
    {"kho\xCC\x82ng", 1, FACT_BOOL, 0, ""}, /* không typed with a combining circumflex */
    {"no", 1, FACT_BOOL, 0, ""},
    {"False", 1, FACT_BOOL, 0, ""},
    {"không đạt", 1, FACT_BOOL, 0, ""},
    {"KHÔNG  ĐẠT", 1, FACT_BOOL, 0, ""},
    /* not applicable */
    {"không áp dụng", 1, FACT_NA, 0, ""},
    {"Không áp dụng", 1, FACT_NA, 0, ""},
    {"KAD", 1, FACT_NA, 0, ""},
    {"N/A", 1, FACT_NA, 0, ""},
    {"n/a", 1, FACT_NA, 0, ""},
    /* dates */
    {"25/12/2019", 1, FACT_DATE, 0, "2019-12-25"},
    {"5/1/2020", 1, FACT_DATE, 0, "2020-01-05"},
    {"2019-12-25", 1, FACT_DATE, 0, "2019-12-25"},
    {"29/02/2020", 1, FACT_DATE, 0, "2020-02-29"},
    {"25.12.2019", 1, FACT_DATE, 0, "2019-12-25"},
    /* text, normalised to NFC */
    {"Kế hoạch 2756/KH-UBND", 1, FACT_TEXT, 0, "Kế hoạch 2756/KH-UBND"},
    {"đúng hạn", 1, FACT_TEXT, 0, "đúng hạn"},
    {"Lai Cha\xCC\x82u", 1, FACT_TEXT, 0, "Lai Ch\xC3\xA2u"},
    {"có thể", 1, FACT_TEXT, 0, "có thể"},
    /* errors */
    {"", 0, FACT_NA, 0, "expected a value, found nothing"},
    {"   ", 0, FACT_NA, 0, "expected a value, found nothing"},
    {"31/02/2019", 0, FACT_NA, 0, "expected a date dd/mm/yyyy, found '31/02/2019'"},
    {"29/02/2019", 0, FACT_NA, 0, "expected a date dd/mm/yyyy, found '29/02/2019'"},
    {"12/2019", 0, FACT_NA, 0, "expected a date dd/mm/yyyy, found '12/2019'"},
    {"1,2,3", 0, FACT_NA, 0, "expected a number with one decimal separator"},
    {"1.234,5", 0, FACT_NA, 0, "expected a number with one decimal separator and no thousands "
                               "separators (such as 1234,5), found '1.234,5'"},
    {"1,234.5", 0, FACT_NA, 0, "expected a number with one decimal separator"},
    {"1 234", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '1 234'"},
    {"85%%", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '85%%'"},
    {"Lai Ch\xE2u", 0, FACT_NA, 0, "expected UTF-8 text, found byte 0xE2"},
    /* look-alikes: never a number, never text silently (messages: test_lookalike_messages) */
    {"２", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '２'"},
    {"８５%", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '８５%'"},
    {"８５％", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '８５％'"},
    {"85\u00a0%", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '85\u00a0%'"},
    {"85\u202f%", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '85\u202f%'"},
    {"1\u00a0234,5", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%"},
    {"\u22123", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '\u22123'"},
    {"２５/１２/２０１９", 0, FACT_NA, 0, "expected a date dd/mm/yyyy, found '２５/１２/２０１９'"},
    {"Quyết định số ２３", 0, FACT_NA, 0, "expected ordinary digits 0–9, found 'Quyết định số ２３'"},
    {"Sở\u00a0Nội vụ", 1, FACT_TEXT, 0, "Sở\u00a0Nội vụ"}, /* text may have them */
    /* Excel's scientific notation of a long number: its digits are lost */
    {"1.23457E+11", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found "
                                   "'1.23457E+11', Excel's scientific notation"},
    {"1,5e3", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '1,5e3', Excel's"},
    {"-2E-05", 0, FACT_NA, 0, "expected a number such as 12, 0,85 or 85%, found '-2E-05', Excel's"},
    {"E15", 1, FACT_TEXT, 0, "E15"}, /* not a number at all */
};

static void test_parse_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct parse_case *c = &CASES[i];
        struct fact_value v;
        struct px_err e = {0};
        int rc = fact_parse(c->raw, &v, &e);
        if (!c->ok) {
            if (rc != -1 || e.code != PX_DATA || strncmp(e.msg, c->text, strlen(c->text)) != 0)
                fail_msg("'%s': expected an error starting '%s', got %d '%s'", c->raw, c->text,
                         rc, e.msg);
            continue;
        }
        if (rc != 0 || v.type != c->type)
            fail_msg("'%s': expected type %s, got %d (type %d) '%s'", c->raw,
                     fact_type_name(c->type), rc, (int)v.type, e.msg);
        if (c->type == FACT_NUMBER || c->type == FACT_BOOL)
            assert_float_equal(v.num, c->num, 1e-12);
        if (c->type == FACT_DATE || c->type == FACT_TEXT)
            assert_string_equal(v.text, c->text);
    }
}

static void expect_message(const char *raw, const char *want)
{
    struct fact_value v;
    struct px_err e;
    assert_int_equal(fact_parse(raw, &v, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.msg, want);
}

/* Which character, where, what it is, what to type instead. */
static void test_lookalike_messages(void **state)
{
    (void)state;
    expect_message("２", "expected a number such as 12, 0,85 or 85%, found '２': character 1 is "
                         "'２' (U+FF12), a full-width digit, which an input method in full-width "
                         "mode types; type '2' instead");
    expect_message(" ８５%", "expected a number such as 12, 0,85 or 85%, found '８５%': character 1 "
                             "is '８' (U+FF18), a full-width digit, which an input method in "
                             "full-width mode types; type '85%' instead");
    expect_message("85\u00a0%", "expected a number such as 12, 0,85 or 85%, found '85\u00a0%': "
                                "character 3 is U+00A0, a no-break space, which Excel writes in "
                                "formatted numbers; type '85%' instead");
    expect_message("0,85\u202f", "expected a number such as 12, 0,85 or 85%, found '0,85\u202f': "
                                 "character 5 is U+202F, a narrow no-break space, which Excel "
                                 "writes in formatted numbers; type '0,85' instead");
    expect_message("\u22123", "expected a number such as 12, 0,85 or 85%, found '\u22123': "
                              "character 1 is '\u2212' (U+2212), a minus sign, which Word and "
                              "Excel write for -; type '-3' instead");
    expect_message("Quyết định số ２３", "expected ordinary digits 0–9, found 'Quyết định số ２３': "
                                        "character 15 is '２' (U+FF12), a full-width digit, which "
                                        "an input method in full-width mode types; type 'Quyết "
                                        "định số 23' instead");
    expect_message("1.23457E+11", "expected a number such as 12, 0,85 or 85%, found '1.23457E+11', "
                                  "Excel's scientific notation of a long number, which keeps only "
                                  "its first digits; in Excel, format the column as Number with 0 "
                                  "decimal places (as Text for codes) and export again");
}

static void test_percent_is_exact_ratio(void **state)
{
    (void)state;
    struct fact_value v;
    struct px_err e;
    assert_int_equal(fact_parse("85,5 %", &v, &e), 0);
    assert_true(v.num == 0.855); /* one division, no drift */
}

static void test_text_limit(void **state)
{
    (void)state;
    char raw[300];
    memset(raw, 'a', sizeof raw - 1);
    raw[sizeof raw - 1] = '\0';
    struct fact_value v;
    struct px_err e;
    assert_int_equal(fact_parse(raw, &v, &e), -1);
    assert_string_equal(e.msg, "expected a text of at most 255 bytes, found 299 bytes");
    raw[255] = '\0';
    assert_int_equal(fact_parse(raw, &v, &e), 0);
    assert_int_equal(strlen(v.text), 255);
}

static void test_huge_number(void **state)
{
    (void)state;
    char raw[420] = "1";
    memset(raw + 1, '0', 400);
    raw[401] = '\0';
    struct fact_value v;
    struct px_err e;
    assert_int_equal(fact_parse(raw, &v, &e), -1);
    assert_non_null(strstr(e.msg, "expected a number a spreadsheet can hold"));
}

/* Longer numbers, with up to 20 digits: read without strtod up to 15 digits, with it beyond;
 * the value is always the one strtod gives the digits (then divided by 100 for a %). */
static void test_long_numbers_as_strtod(void **state)
{
    (void)state;
    unsigned seed = 12345;
    for (int i = 0; i < 20000; i++) {
        char s[40], digits[40];
        size_t n = 0, d = 0;
        seed = seed * 1103515245u + 12345u;
        size_t count = 1 + (seed >> 16) % 20, point = (seed >> 8) % (count + 1);
        int minus = (seed >> 4) & 1, percent = (seed >> 5) % 3, comma = (seed >> 7) & 1;
        if (minus)
            s[n++] = digits[d++] = '-';
        for (size_t k = 0; k < count; k++) {
            if (k == point && k > 0) {
                s[n++] = comma ? ',' : '.';
                digits[d++] = '.';
            }
            seed = seed * 1103515245u + 12345u;
            s[n++] = digits[d++] = (char)('0' + (seed >> 16) % 10);
        }
        if (percent)
            n += (size_t)sprintf(s + n, percent == 1 ? "%%" : " %%");
        s[n] = digits[d] = '\0';
        struct fact_value v;
        struct px_err e;
        if (fact_parse(s, &v, &e) != 0 || v.type != FACT_NUMBER)
            fail_msg("'%s' not read as a number", s);
        double want = strtod(digits, NULL) / (percent ? 100 : 1);
        if (!(v.num == want) || signbit(v.num) != signbit(want))
            fail_msg("'%s' read as %.17g, strtod gives %.17g", s, v.num, want);
    }
}

/* The declared types by name, each found from its own and nothing else. */
static void test_declared_types(void **state)
{
    (void)state;
    for (int t = 0; t < DECLARED_NTYPES; t++)
        assert_int_equal(declared_type_of(declared_type_name(t)), t);
    static const char *const others[] = {"", "n", "numbers", "Bool", "dates", "tex", "s", "x"};
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        assert_int_equal(declared_type_of(others[i]), -1);
    assert_null(declared_type_name(DECLARED_NTYPES));
}

static void test_type_names(void **state)
{
    (void)state;
    static const char *const names[] = {"number", "bool", "date", "text", "na"};
    for (int t = FACT_NUMBER; t <= FACT_NA; t++) {
        enum fact_type back;
        assert_string_equal(fact_type_name((enum fact_type)t), names[t]);
        assert_int_equal(fact_type_from_name(names[t], &back), 0);
        assert_int_equal(back, t);
    }
    enum fact_type unused;
    assert_int_equal(fact_type_from_name("ratio", &unused), -1);
}

/* Every string of up to 5 of the characters numbers are made of: fact.c reads the plain ones
 * without PCRE2, and must take as a number exactly what SHAPE_NUMBER or SHAPE_PERCENT takes,
 * with the value strtod gives the digits. */
static void test_numbers_as_the_shapes(void **state)
{
    (void)state;
    static const char alphabet[] = "05.,-% e";
    const size_t k = sizeof alphabet - 1;
    size_t numbers = 0;
    for (size_t len = 1; len <= 5; len++) {
        size_t count = 1;
        for (size_t i = 0; i < len; i++)
            count *= k;
        for (size_t n = 0; n < count; n++) {
            char s[8], digits[8];
            size_t m = n, d = 0;
            for (size_t i = 0; i < len; i++, m /= k)
                s[i] = alphabet[m % k];
            s[len] = '\0';
            const char *t = s + strspn(s, " "); /* as fact_parse trims it */
            char trimmed[8];
            size_t tl = strlen(t);
            while (tl > 0 && t[tl - 1] == ' ')
                tl--;
            memcpy(trimmed, t, tl);
            trimmed[tl] = '\0';
            int percent = re_shape(SHAPE_PERCENT, trimmed);
            int number = percent || re_shape(SHAPE_NUMBER, trimmed);
            struct fact_value v;
            struct px_err e;
            int rc = fact_parse(s, &v, &e);
            if (!number) {
                if (rc == 0 && v.type == FACT_NUMBER)
                    fail_msg("'%s' read as a number, which no shape takes", s);
                continue;
            }
            numbers++;
            if (rc != 0 || v.type != FACT_NUMBER)
                fail_msg("'%s' not read as a number: %s", s, rc ? e.msg : "another type");
            for (const char *c = trimmed; *c; c++)
                if (*c != ' ' && *c != '%')
                    digits[d++] = *c == ',' ? '.' : *c;
            digits[d] = '\0';
            assert_true(v.num == strtod(digits, NULL) / (percent ? 100 : 1));
        }
    }
    assert_true(numbers > 100); /* the alphabet makes numbers, not only refusals */
}

static void expect_show(const char *raw, const char *shown)
{
    struct fact_value v;
    struct px_err e;
    char buf[300];
    assert_int_equal(fact_parse(raw, &v, &e), 0);
    fact_show(&v, buf, sizeof buf);
    assert_string_equal(buf, shown);
}

static void test_show(void **state)
{
    (void)state;
    expect_show("0,85", "0,85");
    expect_show("85%", "0,85");
    expect_show("12", "12");
    expect_show("yes", "có");
    expect_show("KHÔNG", "không");
    expect_show("2019-12-25", "25/12/2019");
    expect_show("KAD", "không áp dụng");
    expect_show("đúng hạn", "đúng hạn");
    struct fact_value sum = {.type = FACT_NUMBER, .num = 0.1 + 0.2};
    char buf[40];
    fact_show(&sum, buf, sizeof buf);
    assert_string_equal(buf, "0,3"); /* as a spreadsheet shows it */
}

/* fact_copy copies the type, number and text, and no byte past the text's end. */
static void test_copy(void **state)
{
    (void)state;
    static const char *const typed[] = {"0,85", "có", "25/12/2019", "KAD", "Quyết định 12"};
    for (size_t i = 0; i < sizeof typed / sizeof typed[0]; i++) {
        struct fact_value v, to;
        struct px_err e = {0};
        assert_int_equal(fact_parse(typed[i], &v, &e), 0);
        memset(&to, '#', sizeof to);
        fact_copy(&to, &v);
        size_t len = strlen(v.text);
        assert_int_equal(to.type, v.type);
        assert_memory_equal(&to.num, &v.num, sizeof v.num);
        assert_string_equal(to.text, v.text);
        assert_int_equal(to.text[len + 1], '#');
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_table),
        cmocka_unit_test(test_lookalike_messages),
        cmocka_unit_test(test_percent_is_exact_ratio),
        cmocka_unit_test(test_text_limit),
        cmocka_unit_test(test_huge_number),
        cmocka_unit_test(test_numbers_as_the_shapes),
        cmocka_unit_test(test_long_numbers_as_strtod),
        cmocka_unit_test(test_type_names),
        cmocka_unit_test(test_declared_types),
        cmocka_unit_test(test_show),
        cmocka_unit_test(test_copy),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
