/* test_text.c — NFC (and the characters text_nfc takes as NFC without utf8proc), validation, control characters made visible, display width, padding,
 * folding and Vietnamese dictionary order with real place and department names.
 * Uses: cmocka, text.h, utf8proc (what the characters text_nfc passes as they are must be, by
 * utf8proc's own tables). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text.h"

/* "Việt" decomposed: e + dot below + circumflex. */
#define VIET_NFD "Vie\xcc\xa3\xcc\x82t"
#define VIET_NFC "Vi\xe1\xbb\x87t"

static void test_nfc_composes(void **state)
{
    (void)state;
    char *s = text_nfc(VIET_NFD, strlen(VIET_NFD), NULL);
    assert_non_null(s);
    assert_string_equal(s, VIET_NFC);
    assert_string_equal(s, "Việt");
    free(s);
    s = text_nfc("Lai Châu and more", 8, NULL); /* only len bytes */
    assert_string_equal(s, "Lai Châ");
    free(s);
}

static void test_nfc_reports_the_bad_byte(void **state)
{
    (void)state;
    size_t bad = 99;
    assert_null(text_nfc("ab\xff" "cd", 5, &bad));
    assert_int_equal(bad, 2);
    assert_null(text_nfc("Châ\xe1\xbb", 6, &bad)); /* cut in the middle of a character */
    assert_int_equal(bad, 4);
    assert_null(text_nfc("x\xed\xa0\x80", 4, &bad)); /* a UTF-16 surrogate */
    assert_int_equal(bad, 1);
    assert_null(text_nfc("\xc0\xaf", 2, NULL)); /* overlong; offset not wanted */
}

/* Each character text_plain_nfc_char() passes is NFC alone and has no combining class
 * (utf8proc says so), and none is ever the second or a later part of a character's canonical
 * decomposition, so no two of them compose: a text made of them only is its own NFC, as
 * text_nfc takes it. */
static void test_nfc_passes_plain_characters_as_they_are(void **state)
{
    (void)state;
    size_t passed = 0;
    for (utf8proc_int32_t c = 1; c < 0x30000; c++) {
        if (!text_plain_nfc_char(c))
            continue;
        passed++;
        utf8proc_uint8_t one[4], *nfc = NULL;
        utf8proc_ssize_t n = utf8proc_encode_char(c, one);
        assert_true(utf8proc_map(one, n, &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE) == n);
        if (memcmp(nfc, one, (size_t)n) != 0)
            fail_msg("U+%04X is not NFC alone", (unsigned)c);
        free(nfc);
        if (utf8proc_get_property(c)->combining_class != 0)
            fail_msg("U+%04X has a combining class", (unsigned)c);
        char *mine = text_nfc((const char *)one, (size_t)n, NULL);
        assert_non_null(mine);
        assert_memory_equal(mine, one, (size_t)n);
        free(mine);
    }
    assert_true(passed > 1000); /* the Vietnamese letters at least */
    for (utf8proc_int32_t c = 0; c < 0x30000; c++) {
        utf8proc_int32_t parts[8];
        int last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(c, parts, 8, UTF8PROC_DECOMPOSE, &last);
        for (utf8proc_ssize_t k = 1; k < n && k < 8; k++)
            if (text_plain_nfc_char(parts[k]))
                fail_msg("U+%04X decomposes with U+%04X after its first part", (unsigned)c,
                         (unsigned)parts[k]);
    }
}

static void test_is_nfc(void **state)
{
    (void)state;
    assert_int_equal(text_is_nfc("Điện Biên Phủ"), 1);
    assert_int_equal(text_is_nfc(""), 1);
    assert_int_equal(text_is_nfc(VIET_NFD), 0);
    assert_int_equal(text_is_nfc("ab\xff"), 0);
}

static void test_width(void **state)
{
    (void)state;
    assert_int_equal(text_width("Lai Châu"), 8);
    assert_int_equal(text_width("Điện Biên Phủ"), 13);
    assert_int_equal(text_width(VIET_NFD), 4); /* combining marks take no column */
    assert_int_equal(text_width("中文"), 4);   /* wide characters take two */
    assert_int_equal(text_width("a\xff" "b"), 6); /* a stray byte shows as \xff */
    assert_int_equal(text_width("\x1b[2J\a"), 11); /* controls as \x1b, \x07 */
    assert_int_equal(text_width(""), 0);
    assert_int_equal(text_width("─"), 1);
}

static char *padded(const char *s, size_t width, int right)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    text_pad(f, s, width, right);
    text_pad(f, "|", 0, 0);
    fclose(f);
    return buf;
}

static void test_pad(void **state)
{
    (void)state;
    char *s = padded("Lai Châu", 10, 0);
    assert_string_equal(s, "Lai Châu  |");
    free(s);
    s = padded("Điện Biên", 11, 1);
    assert_string_equal(s, "  Điện Biên|");
    free(s);
    s = padded("Điện Biên Phủ", 4, 0); /* wider than the column: whole */
    assert_string_equal(s, "Điện Biên Phủ|");
    free(s);
    s = padded("\x1b[31mX", 10, 0); /* controls shown escaped, and counted so */
    assert_string_equal(s, "\\x1b[31mX |");
    free(s);
}

static void check_put(const char *in, unsigned flags, const char *want)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    text_put(f, in, strlen(in), flags);
    fclose(f);
    assert_string_equal(buf, want);
    free(buf);
}

static void test_next(void **state)
{
    (void)state;
    long cp = 0;
    assert_int_equal(text_next("２x", 4, &cp), 3);
    assert_int_equal(cp, 0xFF12);
    assert_int_equal(text_next("a", 1, &cp), 1);
    assert_int_equal(cp, 'a');
    assert_int_equal(text_next("\xe2\x80", 2, &cp), -1); /* cut short */
    assert_int_equal(text_next("\xff", 1, &cp), -1);
}

static void test_put_shows_controls(void **state)
{
    (void)state;
    check_put("Lai Châu — Điện Biên 中文", 0, "Lai Châu — Điện Biên 中文"); /* as it is */
    check_put("\x1b[2J", 0, "\\x1b[2J");                  /* ESC: clear the screen */
    check_put("\x1b[31mĐỏ\a", 0, "\\x1b[31mĐỏ\\x07");  /* colour, bell */
    check_put("a\x7f\rb", 0, "a\\x7f\\x0db");          /* DEL, carriage return */
    check_put("\xc2\x9b" "2J", 0, "\\u009b2J");          /* C1: the 8-bit CSI */
    check_put("abc\xe2\x80\xae" "fdp.exe", 0, "abc\\u202efdp.exe"); /* right-to-left override */
    check_put("\xe2\x80\xaa\xe2\x81\xa6\xe2\x81\xa9", 0, "\\u202a\\u2066\\u2069");
    check_put("Ch\xe2u", 0, "Ch\\xe2u");                  /* not UTF-8: the byte */
    check_put("a\tb\nc", 0, "a\\x09b\\x0ac");
    check_put("a\tb\nc", TEXT_KEEP_TAB, "a\tb\\x0ac");
    check_put("a\tb\nc", TEXT_KEEP_TAB | TEXT_KEEP_NEWLINE, "a\tb\nc");
}

static void check_fold(const char *in, const char *want)
{
    char *s = text_fold(in);
    assert_non_null(s);
    assert_string_equal(s, want);
    free(s);
}

static void test_fold(void **state)
{
    (void)state;
    check_fold("Sở Tư pháp", "so tu phap");
    check_fold("ĐIỆN BIÊN PHỦ", "dien bien phu");
    check_fold("Đắk Lắk", "dak lak");
    check_fold(VIET_NFD, "viet");
    check_fold("Sở KH&ĐT", "so kh&dt");
    assert_null(text_fold("a\xff"));
}

static void test_casefold(void **state)
{
    (void)state;
    char *s = text_casefold("ĐIỆN Biên " VIET_NFD);
    assert_non_null(s);
    assert_string_equal(s, "điện biên việt"); /* marks kept, composed */
    free(s);
    assert_null(text_casefold("a\xff"));
}

static int sign(int x)
{
    return (x > 0) - (x < 0);
}

/* a < b, and the comparison is antisymmetric. */
static void check_before(const char *a, const char *b)
{
    if (text_collate(a, b) >= 0 || text_collate(b, a) <= 0)
        fail_msg("expected \"%s\" before \"%s\" (got %d, %d)", a, b, text_collate(a, b),
                 text_collate(b, a));
}

static void test_collate_provinces(void **state)
{
    (void)state;
    /* Vietnamese dictionary order: ă â đ ê ô ơ ư are letters after a a d e o o u; a space
     * (end of a word) comes before any letter. */
    static const char *const ordered[] = {
        "An Giang",  "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn",  "Bắc Ninh",
        "Bến Tre",   "Bình Định",         "Cà Mau",   "Cao Bằng",  "Cần Thơ",  "Đà Nẵng",
        "Đắk Lắk",   "Điện Biên",         "Đồng Nai", "Gia Lai",   "Hà Giang", "Hà Nội",
        "Hải Phòng", "Lai Châu",          "Lào Cai",  "Lâm Đồng",  "Long An",  "Quảng Ninh",
    };
    size_t n = sizeof ordered / sizeof ordered[0];
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = i + 1; j < n; j++)
            check_before(ordered[i], ordered[j]);
}

static void test_collate_letters_are_primary(void **state)
{
    (void)state;
    check_before("Lai Châu", "Lào Cai");   /* i < o decides; the tone on à does not */
    check_before("Lào Cai", "Lâm Đồng");   /* a < â */
    check_before("Dương", "Đà Nẵng");      /* every D… before Đ… */
    check_before("Duyên Hải", "Đà Nẵng");
    check_before("Đà Nẵng", "Điện Biên");
    check_before("Sở Tài chính", "Sở Tư pháp"); /* a < ư */
    check_before("Sở Nội vụ", "Sở Tài chính");
    check_before("Sở Tư pháp", "Văn phòng UBND tỉnh");
    check_before("má", "mă");   /* a letter outranks any tone */
    check_before("mạ", "mb");
    check_before("tu", "tư");
    check_before("tứ", "tưa");
    check_before("o", "ô");
    check_before("ô", "ơ");
    check_before("ơ", "p");
    check_before("e", "ê");
    check_before("ê", "g");
    check_before("Hà", "HÀ NỘI"); /* shorter first */
    check_before("an", "Bà");      /* case does not matter for letters */
}

static void test_collate_tones_are_secondary(void **state)
{
    (void)state;
    static const char *const tones[] = {"ma", "mà", "mả", "mã", "má", "mạ"};
    for (size_t i = 0; i + 1 < 6; i++)
        check_before(tones[i], tones[i + 1]);
    check_before("ba bà", "bà ba"); /* left to right: the first tone decides */
    check_before("Lê", "Lễ");
    check_before("Ba", "bà"); /* tone before case */
}

static void test_collate_case_is_tertiary(void **state)
{
    (void)state;
    check_before("ba", "Ba");
    check_before("đà", "Đà");
    check_before("sở tư pháp", "Sở Tư pháp");
}

static void test_collate_other_characters(void **state)
{
    (void)state;
    check_before("Lai Châu", "Lai-Châu"); /* space, then punctuation */
    check_before("Lai-Châu", "Lai1");     /* punctuation, then digits */
    check_before("Huyện 9", "Huyện A");   /* digits before letters */
    check_before("10", "2");              /* digits by character, not by value */
    check_before("z", "ß");               /* letters outside the alphabet come last */
    check_before("fa", "ga");             /* f j w z in their Latin places */
    check_before("ja", "ka");
    check_before("e", "e\xcc\x88");       /* a foreign mark (ë) counts at the second level */
    check_before("e\xcc\x88", "ẽ");       /* ... after the letter's own (absent) tone */
    check_before("e\xcc\x88", "f");
}

static void test_collate_equal_and_total(void **state)
{
    (void)state;
    assert_int_equal(text_collate("Lai Châu", "Lai Châu"), 0);
    assert_int_equal(text_collate("", ""), 0);
    check_before("", "a");
    /* NFD sorts exactly like NFC against other names ... */
    assert_int_equal(sign(text_collate(VIET_NFD, "Viet")), 1);
    assert_int_equal(sign(text_collate(VIET_NFD, "Viễt")), 1);
    assert_int_equal(sign(text_collate(VIET_NFD, "Viếu")), -1);
    /* ... and ties to the eye are broken by bytes, so the order stays total */
    assert_int_equal(sign(text_collate(VIET_NFD, VIET_NFC)), sign(strcmp(VIET_NFD, VIET_NFC)));
    /* invalid UTF-8 falls back to bytes */
    assert_int_equal(sign(text_collate("a\xff", "a\xfe")), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfc_composes),
        cmocka_unit_test(test_nfc_reports_the_bad_byte),
        cmocka_unit_test(test_is_nfc),
        cmocka_unit_test(test_nfc_passes_plain_characters_as_they_are),
        cmocka_unit_test(test_width),
        cmocka_unit_test(test_pad),
        cmocka_unit_test(test_put_shows_controls),
        cmocka_unit_test(test_next),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_casefold),
        cmocka_unit_test(test_collate_provinces),
        cmocka_unit_test(test_collate_letters_are_primary),
        cmocka_unit_test(test_collate_tones_are_secondary),
        cmocka_unit_test(test_collate_case_is_tertiary),
        cmocka_unit_test(test_collate_other_characters),
        cmocka_unit_test(test_collate_equal_and_total),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
