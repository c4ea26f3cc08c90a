/* test_encoding.c — unit tests of encoding.c and tcvn3.c: names, guessing Windows-1258 and
 * TCVN3 from real Vietnamese text, converting both (whole and a byte at a time), and the
 * line and column of a byte that is not in the encoding.
 * Uses: cmocka, encoding.h, tcvn3.h, text.h (text_nfc). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "encoding.h"
#include "tcvn3.h"
#include "text.h"

/* "Sở Tư pháp,Điện Biên,Kế hoạch cải cách hành chính" as each encoding writes it. */
static const char CP1258[] = "S\xF5\xD2 T\xFD ph\xE1p,\xD0i\xEA\xF2n Bi\xEAn,K\xEA\xEC hoa\xF2"
                             "ch ca\xD2i c\xE1" "ch h\xE0nh ch\xEDnh";
static const char TCVN3[] = "S\xEB T\xAD ph\xB8p,\xA7i\xD6n Bi\xAAn,K\xD5 ho\xB9" "ch c\xB6i "
                            "c\xB8" "ch h\xB5nh ch\xDDnh";
static const char UTF8[] = "Sở Tư pháp,Điện Biên,Kế hoạch cải cách hành chính";

static enum text_encoding guess(const char *s)
{
    return encoding_guess((const unsigned char *)s, strlen(s));
}

static void test_names(void **state)
{
    (void)state;
    enum text_encoding enc;
    assert_int_equal(encoding_from_name("tcvn3", &enc), 0);
    assert_int_equal(enc, ENC_TCVN3);
    assert_string_equal(encoding_name(enc), "tcvn3");
    assert_int_equal(encoding_from_name("cp1258", &enc), 0);
    assert_string_equal(encoding_title(enc), "Windows-1258");
    assert_int_equal(encoding_from_name("latin1", &enc), -1);
}

static void test_guess(void **state)
{
    (void)state;
    assert_int_equal(guess(CP1258), ENC_CP1258);
    assert_int_equal(guess(TCVN3), ENC_TCVN3);
    assert_int_equal(guess("code,name\nLCH,Lai Chau\n"), ENC_UTF8);   /* nothing to go on */
    assert_int_equal(guess("caf\xE9,cr\xE8me br\xFBl\xE9" "e"), ENC_UTF8); /* Latin-1 French */
    assert_int_equal(guess("\x80\x81\x82\x83"), ENC_UTF8);             /* neither */
}

/* Converts in[0..n) fed `step` bytes at a time; returns the NFC of the result. */
static char *convert(enum text_encoding enc, const char *in, size_t n, size_t step)
{
    struct px_err e = {0};
    struct decoder *d = decoder_open(enc, "t.csv", &e);
    if (!d)
        fail_msg("decoder_open: %s", e.msg);
    char *out = NULL;
    size_t len = 0, cap = 0;
    for (size_t i = 0; i < n || i == 0; i += step) {
        size_t k = n - i < step ? n - i : step;
        if (decoder_feed(d, in + i, k, i + k >= n, &out, &len, &cap, &e) != 0)
            fail_msg("decoder_feed: %s", e.msg);
    }
    decoder_close(d);
    char *nfc = text_nfc(out ? out : "", len, NULL);
    free(out);
    assert_non_null(nfc);
    return nfc;
}

static void test_convert_whole_and_bytewise(void **state)
{
    (void)state;
    for (size_t step = 1; step <= 64; step *= 4) {
        char *a = convert(ENC_CP1258, CP1258, strlen(CP1258), step);
        assert_string_equal(a, UTF8);
        free(a);
        char *b = convert(ENC_TCVN3, TCVN3, strlen(TCVN3), step);
        assert_string_equal(b, UTF8);
        free(b);
    }
    char *empty = convert(ENC_CP1258, "", 0, 1);
    assert_string_equal(empty, "");
    free(empty);
}

/* Every TCVN3 letter is a Vietnamese letter in NFC; 74 of them, no two alike. */
static void test_tcvn3_table(void **state)
{
    (void)state;
    uint32_t seen[256];
    size_t letters = 0;
    for (int b = 0xA1; b <= 0xFF; b++) {
        uint32_t c = tcvn3_to_unicode((unsigned char)b);
        if (!c)
            continue;
        for (size_t i = 0; i < letters; i++)
            assert_true(seen[i] != c);
        seen[letters++] = c;
        assert_true((c >= 0xC0 && c <= 0x1B0) || (c >= 0x1EA0 && c <= 0x1EF9));
    }
    assert_int_equal(letters, 74);
    assert_int_equal(tcvn3_to_unicode('a'), 'a');
    assert_int_equal(tcvn3_to_unicode('\n'), '\n');
    assert_int_equal(tcvn3_to_unicode(0x01), 0);
    assert_int_equal(tcvn3_to_unicode(0x80), 0);
    assert_int_equal(tcvn3_to_unicode(0xAE), 0x111); /* đ */
    assert_int_equal(tcvn3_to_unicode(0xA7), 0x110); /* Đ */
}

/* A byte outside the encoding, found in a later feed: its line and column in the file. */
static void check_bad_byte(enum text_encoding enc, const char *msg)
{
    static const char text[] = "a,b\nxy,\xA9z\n\x81";
    struct px_err e = {0};
    struct decoder *d = decoder_open(enc, "t.csv", &e);
    assert_non_null(d);
    char *out = NULL;
    size_t len = 0, cap = 0;
    assert_int_equal(decoder_feed(d, text, 8, 0, &out, &len, &cap, &e), 0);
    assert_int_equal(decoder_feed(d, text + 8, 4, 1, &out, &len, &cap, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    char shown[sizeof e.msg + 600];
    assert_string_equal(px_err_format(&e, shown, sizeof shown), msg);
    free(out);
    decoder_close(d);
}

static void test_bad_byte(void **state)
{
    (void)state;
    check_bad_byte(ENC_CP1258, "t.csv:3:1: expected Windows-1258 text (--encoding cp1258), "
                               "found byte 0x81, which is not a Windows-1258 character");
    check_bad_byte(ENC_TCVN3, "t.csv:3:1: expected TCVN3 text (--encoding tcvn3), found byte "
                              "0x81, which is not a TCVN3 character");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_guess),
        cmocka_unit_test(test_convert_whole_and_bytewise),
        cmocka_unit_test(test_tcvn3_table),
        cmocka_unit_test(test_bad_byte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
