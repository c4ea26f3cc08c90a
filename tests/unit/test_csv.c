/* test_csv.c — unit tests of csv.c: delimiters, BOM, CRLF, quoting, trimming, blank rows,
 * NFC, fields and escapes across the reader's chunks, the caps, and every error with its line
 * and character column.
 * Uses: cmocka, csv.h, scratch.h (temporary files). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "scratch.h"

/* Opens `len` bytes of CSV text written to a scratch file called name. */
static struct csv_reader *open_bytes(const char *name, const char *text, size_t len)
{
    struct px_err e = {0};
    struct csv_reader *r = csv_open(scratch_file(name, text, len), NULL, &e);
    if (!r)
        fail_msg("csv_open: %s", e.msg);
    return r;
}

static struct csv_reader *open_text(const char *name, const char *text)
{
    return open_bytes(name, text, strlen(text));
}

static struct csv_reader *open_with(const char *path, const struct csv_options *opt)
{
    struct px_err e = {0};
    struct csv_reader *r = csv_open(path, opt, &e);
    if (!r)
        fail_msg("csv_open: %s", e.msg);
    return r;
}

/* Reads one record and checks its fields joined with '|'. */
static void expect_record(struct csv_reader *r, size_t line, const char *joined)
{
    struct px_err e = {0};
    struct csv_record rec;
    int rc = csv_next(r, &rec, &e);
    if (rc != 1)
        fail_msg("expected a record at line %zu, got %d (%s)", line, rc, e.msg);
    char buf[512] = "";
    for (size_t i = 0; i < rec.nfields; i++) {
        if (i)
            strcat(buf, "|");
        strcat(buf, rec.fields[i]);
    }
    assert_string_equal(buf, joined);
    assert_int_equal(rec.line, line);
}

static void expect_end(struct csv_reader *r)
{
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 0);
    assert_int_equal(csv_next(r, &rec, &e), 0); /* and stays there */
}

/* Reads records until the first error and checks its message (after "path:"). */
static void expect_error(struct csv_reader *r, const char *after_path)
{
    struct px_err e = {0};
    struct csv_record rec;
    int rc;
    while ((rc = csv_next(r, &rec, &e)) == 1)
        ;
    assert_int_equal(rc, -1);
    assert_int_equal(e.code, PX_DATA);
    char want[1100], got[1600];
    snprintf(want, sizeof want, "%s:%s", csv_path(r), after_path);
    assert_string_equal(px_err_format(&e, got, sizeof got), want);
}

/* Reads the file `name` holding text to its end: the error after_path, as expect_error. */
static void expect_text_error(const char *name, const char *text, const char *after_path)
{
    struct csv_reader *r = open_text(name, text);
    expect_error(r, after_path);
    csv_close(r);
}

static void test_comma_lf(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("a.csv", "code,name\nLCH,Lai Châu\nSTP,Sở Tư pháp\n");
    assert_int_equal(csv_delimiter(r), ',');
    expect_record(r, 1, "code|name");
    expect_record(r, 2, "LCH|Lai Châu");
    expect_record(r, 3, "STP|Sở Tư pháp");
    expect_end(r);
    csv_close(r);
}

static void test_bom_crlf_semicolon(void **state)
{
    (void)state;
    struct csv_reader *r =
        open_text("b.csv", "\xEF\xBB\xBFmã;tên\r\nLCH;Lai Châu, tỉnh\r\n\r\nSNV;Sở Nội vụ");
    assert_int_equal(csv_delimiter(r), ';');
    expect_record(r, 1, "mã|tên");
    expect_record(r, 2, "LCH|Lai Châu, tỉnh");
    expect_record(r, 4, "SNV|Sở Nội vụ"); /* no newline at the end */
    expect_end(r);
    csv_close(r);
}

static void test_delimiter_choice(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("tab.csv", "a\tb, c\tc\n1\t2\t3\n");
    assert_int_equal(csv_delimiter(r), '\t');
    expect_record(r, 1, "a|b, c|c");
    expect_record(r, 2, "1|2|3");
    csv_close(r);
    r = open_text("quoted.csv", "\"a,b,c\";d\n");
    assert_int_equal(csv_delimiter(r), ';'); /* commas inside quotes do not count */
    expect_record(r, 1, "a,b,c|d");
    csv_close(r);
    r = open_text("tie.csv", "a,b;c\n");
    assert_int_equal(csv_delimiter(r), ','); /* a tie goes to the comma */
    csv_close(r);
    r = open_text("one.csv", "only\nx\n");
    assert_int_equal(csv_delimiter(r), ',');
    expect_record(r, 1, "only");
    expect_record(r, 2, "x");
    csv_close(r);
}

static void test_quotes_and_newlines(void **state)
{
    (void)state;
    struct csv_reader *r = open_text(
        "q.csv", "a,b\n\"x, \"\"y\"\"\",\"line 1\r\nline 2\"\n  \" padded \" , z\n\"\",\n");
    expect_record(r, 1, "a|b");
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_string_equal(rec.fields[0], "x, \"y\"");
    assert_string_equal(rec.fields[1], "line 1\nline 2"); /* CRLF in a cell is one \n */
    assert_int_equal(rec.line, 2);
    expect_record(r, 4, " padded |z"); /* spaces inside quotes stay */
    expect_record(r, 5, "|");           /* a quoted empty field is a record */
    expect_end(r);
    csv_close(r);
}

static void test_trim_and_blank_rows(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("t.csv", "  a ,  b  \n\n,\n  ,   \n 1 , 2 \n");
    expect_record(r, 1, "a|b");
    expect_record(r, 5, "1|2"); /* lines 3 and 4 have only empty fields */
    expect_end(r);
    csv_close(r);
}

static void test_columns_and_lines(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("c.csv", "tên,mã,x\nSở Tư,  STP,\"a\nb\",\n");
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(rec.columns[1], 5);
    assert_int_equal(rec.columns[2], 8);
    csv_close(r);
    r = open_text("c2.csv", "tên,mã,x,y\nSở Tư,  STP,\"a\nb\",z\n");
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(rec.line, 2);
    assert_int_equal(rec.columns[0], 1);
    assert_int_equal(rec.columns[1], 9); /* characters, not bytes; spaces trimmed */
    assert_int_equal(rec.columns[2], 13);
    assert_int_equal(rec.lines[2], 2);
    assert_int_equal(rec.columns[3], 4); /* after the quoted line break */
    assert_int_equal(rec.lines[3], 3);
    csv_close(r);
}

static void test_nfc(void **state)
{
    (void)state;
    /* "Lai Châu" typed with combining marks (NFD) reads as the composed letters */
    struct csv_reader *r = open_text("n.csv", "name\nLai Cha\xCC\x82u\n");
    expect_record(r, 1, "name");
    expect_record(r, 2, "Lai Ch\xC3\xA2u");
    csv_close(r);
}

static void test_unterminated_quote(void **state)
{
    (void)state;
    expect_text_error("u.csv", "a,b\nx,\"never closed\ny,z\n",
                      "2:3: expected a closing quote for the field opened here, found the end "
                      "of the file");
}

static void test_stray_quote(void **state)
{
    (void)state;
    expect_text_error("s.csv", "a,b\nSở,ab\"c\n",
                      "2:6: expected no quote inside an unquoted field (quote the whole field and "
                      "double the quote: \"a \"\"b\"\"\"), found '\"'");
    expect_text_error("s2.csv", "a,b\n\"Sở\"x,c\n",
                      "2:5: expected ',' or the end of the line after a closing quote, found 'x'");
}

static void test_bad_utf8(void **state)
{
    (void)state;
    /* Windows-1258 "â" (0xE2) in the middle of a line */
    expect_text_error("w.csv", "tên,mã\nSở Tư,Lai Ch\xE2u\n",
                      "2:13: expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), "
                      "found byte 0xE2");
    /* inside a quoted field, after a doubled quote and a line break */
    expect_text_error("w2.csv", "a\n\"x\"\"y\r\nz\xFF\"\n",
                      "3:2: expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), "
                      "found byte 0xFF");
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char text[] = "a,b\nxy,z\0w\n";
    struct csv_reader *r = open_bytes("nul.csv", text, sizeof text - 1);
    expect_error(r, "2:5: expected text, found a NUL byte (is this a spreadsheet saved in another "
                    "format? In Excel, save as \"CSV UTF-8\")");
    csv_close(r);
}

static void test_field_count(void **state)
{
    (void)state;
    expect_text_error("f.csv", "unit,fact,value\nLCH,plan,1\nLCH,x,2,Lai Châu\n",
                      "3:9: expected 3 fields as in the header, found 4");
    expect_text_error("f2.csv", "unit,fact,value\nLCH,plan\n",
                      "2:9: expected 3 fields as in the header, found 2");
}

static void test_field_too_long(void **state)
{
    (void)state;
    size_t n = ((size_t)1 << 20) + 10;
    char *text = malloc(n + 8);
    assert_non_null(text);
    memcpy(text, "a\nxy,\"", 6);
    memset(text + 6, 'x', n);
    memcpy(text + 6 + n, "\"\n", 2);
    struct csv_reader *r = open_bytes("long.csv", text, n + 8);
    free(text);
    expect_error(r, "2:4: expected a field of at most 1 MiB, found a longer one (is a quote left "
                    "open?)");
    csv_close(r);
}

static void test_long_line_ok(void **state)
{
    (void)state;
    size_t n = 200000; /* one line far longer than any fixed buffer */
    char *text = malloc(n + 8);
    assert_non_null(text);
    memcpy(text, "a\n", 2);
    memset(text + 2, 'v', n);
    text[n + 2] = '\n';
    struct csv_reader *r = open_bytes("wide.csv", text, n + 3);
    free(text);
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(strlen(rec.fields[0]), n);
    csv_close(r);
}

/* The 1 MiB cap on a field counts its bytes as unquoted ("" one byte, CRLF one) and an
 * unquoted field's trailing spaces too; a NUL within the cap is refused at its column, one
 * after it is a field too long. */
static void test_field_limits(void **state)
{
    (void)state;
    size_t mib = (size_t)1 << 20, n = mib + 16;
    char *text = malloc(n);
    assert_non_null(text);
    struct csv_reader *r;
    struct px_err e = {0};
    struct csv_record rec;
    memcpy(text, "a\n", 2); /* exactly 1 MiB, unquoted */
    memset(text + 2, 'x', mib);
    text[2 + mib] = '\n';
    r = open_bytes("mib.csv", text, mib + 3);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(strlen(rec.fields[0]), mib);
    csv_close(r);
    memcpy(text + 2 + mib - 1, "  \n", 3); /* 1 MiB + 1 with its trailing spaces */
    r = open_bytes("mib-spaces.csv", text, mib + 4);
    expect_error(r, "2:1: expected a field of at most 1 MiB, found a longer one (is a quote left "
                    "open?)");
    csv_close(r);
    memcpy(text, "a\n\"", 3); /* quoted: mib - 2 bytes, "" and CRLF, 1 MiB as unquoted */
    memset(text + 3, 'y', mib - 2);
    memcpy(text + 3 + mib - 2, "\"\"\r\n\"\n", 6);
    r = open_bytes("mib-quoted.csv", text, mib + 7);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(strlen(rec.fields[0]), mib);
    assert_memory_equal(rec.fields[0] + mib - 3, "y\"\n", 3);
    csv_close(r);
    memcpy(text + 3 + mib - 2, "zzz\0\"\n", 6); /* a NUL after 1 MiB + 1 bytes: too long */
    r = open_bytes("mib-nul.csv", text, mib + 7);
    expect_error(r, "2:1: expected a field of at most 1 MiB, found a longer one (is a quote left "
                    "open?)");
    csv_close(r);
    memcpy(text + 3 + mib - 2, "zz\0\"\n", 5); /* after 1 MiB: the NUL, at its column */
    r = open_bytes("mib-nul2.csv", text, mib + 6);
    char want[300];
    snprintf(want, sizeof want, "2:%zu: expected text, found a NUL byte (is this a spreadsheet "
             "saved in another format? In Excel, save as \"CSV UTF-8\")", mib + 2);
    expect_error(r, want);
    csv_close(r);
    free(text);
}

/* A "" , a CRLF and a lone CR inside quotes, each placed across the reader's 64 KiB chunk
 * boundary at every offset: the field is rewritten whole and the lines after it counted. */
static void test_rewrites_across_chunks(void **state)
{
    (void)state;
    static const char *const escapes[] = {"\"\"", "\r\n", "\r"};
    static const char *const meant[] = {"\"", "\n", "\n"};
    size_t chunk = (size_t)1 << 16;
    char *text = malloc(chunk + 64);
    assert_non_null(text);
    for (size_t k = 0; k < 3; k++)
        for (size_t at = chunk - 4; at <= chunk + 2; at++) {
            /* "h\n" then a field of x up to `at`, the escape, "ệ" and the closing quote */
            size_t n = 0;
            memcpy(text, "h,i\n\"", 5);
            n = 5;
            memset(text + n, 'x', at - n);
            n = at;
            n += (size_t)sprintf(text + n, "%sệ\",\"w\"\r\n", escapes[k]);
            struct csv_reader *r = open_bytes("rewrite.csv", text, n);
            struct px_err e = {0};
            struct csv_record rec;
            assert_int_equal(csv_next(r, &rec, &e), 1);
            assert_int_equal(csv_next(r, &rec, &e), 1);
            size_t xs = at - 5, len = strlen(rec.fields[0]);
            assert_int_equal(len, xs + strlen(meant[k]) + strlen("ệ"));
            assert_memory_equal(rec.fields[0] + xs, meant[k], strlen(meant[k]));
            assert_string_equal(rec.fields[1], "w");
            assert_int_equal(rec.lines[1], k == 0 ? 2 : 3);
            /* after the opening quote, the x, the escape, ệ, the closing quote and the comma */
            assert_int_equal(rec.columns[1], k == 0 ? 1 + xs + 2 + 1 + 1 + 1 + 1 : 1 + 1 + 1 + 1);
            expect_end(r);
            csv_close(r);
        }
    free(text);
}

/* Columns count characters however long the run of multi-byte ones before them (counted
 * eight bytes at a time), and a byte that is not UTF-8 after them is placed at its own. */
static void test_columns_after_long_runs(void **state)
{
    (void)state;
    char text[200];
    for (size_t k = 0; k < 20; k++) {
        size_t n = (size_t)sprintf(text, "a,b\n");
        for (size_t i = 0; i < k; i++)
            n += (size_t)sprintf(text + n, "ệ");
        n += (size_t)sprintf(text + n, "é ,  \"q\"\n\"");
        for (size_t i = 0; i < k; i++)
            n += (size_t)sprintf(text + n, "ư");
        n += (size_t)sprintf(text + n, "\xC3\"\n");
        struct csv_reader *r = open_bytes("runs.csv", text, n);
        struct px_err e = {0};
        struct csv_record rec;
        assert_int_equal(csv_next(r, &rec, &e), 1);
        assert_int_equal(csv_next(r, &rec, &e), 1);
        assert_int_equal(rec.columns[1], k + 1 + 2 + 1 + 2); /* ệ…é, space, comma, 2 spaces */
        assert_string_equal(rec.fields[1], "q");
        char want[200];
        snprintf(want, sizeof want, "3:%zu: expected UTF-8 text (in Excel, save as \"CSV "
                 "UTF-8\"), found byte 0xC3", k + 2);
        expect_error(r, want);
        csv_close(r);
    }
}

/* Columns on each line of a record whose quoted field spans lines, with and without
 * characters beyond ASCII before the place named. */
static void test_columns_on_later_lines(void **state)
{
    (void)state;
    expect_text_error("later1.csv", "a\n\"ệ\xFF\nệ\"\n",
                      "2:3: expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), "
                      "found byte 0xFF");
    expect_text_error("later2.csv", "a,b\n\"ệ\nx\"y,c\n",
                      "3:3: expected ',' or the end of the line after a closing quote, found 'y'");
    expect_text_error("later3.csv", "a,b\n\"x\nệ\"y,c\n",
                      "3:3: expected ',' or the end of the line after a closing quote, found 'y'");
    struct csv_reader *r = open_text("later4.csv", "a,b,c\nệ,\"x\ny\",ư\n1,2\n");
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_int_equal(rec.columns[1], 3);
    assert_int_equal(rec.lines[2], 3);
    assert_int_equal(rec.columns[2], 4);
    expect_error(r, "4:4: expected 3 fields as in the header, found 2");
    csv_close(r);
}

/* The BOM is not part of the first field, quoted or not, nor of its column; a bad byte on
 * the first line is placed after it. */
static void test_bom_then_quotes(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("bom-q.csv", "\xEF\xBB\xBF\"a\"\"b\",c\r\n1,2\r\n");
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), 1);
    assert_string_equal(rec.fields[0], "a\"b");
    assert_int_equal(rec.columns[0], 1);
    assert_int_equal(rec.columns[1], 8);
    expect_record(r, 2, "1|2");
    expect_end(r);
    csv_close(r);
    expect_text_error("bom-bad.csv", "\xEF\xBB\xBFx\xE9y,b\n",
                      "1:2: expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), "
                      "found byte 0xE9");
    /* a lone CR inside quotes is a line break: the bad byte is on the line after it */
    expect_text_error("cr-bad.csv", "a\n\"x\ry\xFF\"\n",
                      "3:2: expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), "
                      "found byte 0xFF");
}

/* A Windows-1258 file longer than a chunk, converted as it streams: its records cross the
 * chunks whole, quoted fields with "" and CRLF too. */
static void test_legacy_across_chunks(void **state)
{
    (void)state;
    size_t rows = 6000, cap = rows * 40 + 32, n = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    n += (size_t)snprintf(text + n, cap - n, "ma,ten\r\n");
    for (size_t i = 0; i < rows; i++) /* 0xE2 is â in Windows-1258 */
        n += (size_t)snprintf(text + n, cap - n, "U%zu,\"Ch\xE2u \"\"%zu\"\"\r\n.\"\r\n", i, i);
    struct csv_options opt = csv_defaults();
    opt.encoding = ENC_CP1258;
    struct csv_reader *r = open_with(scratch_file("cp.csv", text, n), &opt);
    free(text);
    expect_record(r, 1, "ma|ten");
    for (size_t i = 0; i < rows; i++) {
        char want[64];
        snprintf(want, sizeof want, "U%zu|Châu \"%zu\"\n.", i, i);
        expect_record(r, 2 + 2 * i, want);
    }
    expect_end(r);
    csv_close(r);
}

static void test_open_errors(void **state)
{
    (void)state;
    struct px_err e = {0};
    const char *utf16 = scratch_file("u16.csv", "\xFF\xFE" "a\0,\0", 6);
    assert_null(csv_open(utf16, NULL, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "expected UTF-8 text, found UTF-16"));
    assert_null(csv_open(scratch_path("missing.csv"), NULL, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, scratch_path("missing.csv"));
    assert_non_null(strstr(e.msg, "cannot read"));
}

static void test_empty_file(void **state)
{
    (void)state;
    struct csv_reader *r = open_text("empty.csv", "\xEF\xBB\xBF\r\n\r\n");
    expect_end(r);
    csv_close(r);
}

/* Records that straddle the reader's 64 KiB chunks come out whole, with their lines. */
static void test_streams_across_chunks(void **state)
{
    (void)state;
    size_t rows = 20000, cap = rows * 40 + 32, n = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    n += (size_t)snprintf(text + n, cap - n, "code,name\n");
    for (size_t i = 0; i < rows; i++)
        n += (size_t)snprintf(text + n, cap - n, "U%zu,\"Sở\r\nsố %zu\"\r\n", i, i);
    struct csv_reader *r = open_bytes("chunks.csv", text, n);
    free(text);
    expect_record(r, 1, "code|name");
    for (size_t i = 0; i < rows; i++) {
        char want[64];
        snprintf(want, sizeof want, "U%zu|Sở\nsố %zu", i, i);
        expect_record(r, 2 + 2 * i, want);
    }
    expect_end(r);
    csv_close(r);
}

/* Unquoted fields of every length up to 100 bytes, read by runs of ordinary bytes, come out
 * whole where they cross a chunk, with the character column of the field after them; a quote
 * inside one is still refused at its column. */
static void test_unquoted_runs_across_chunks(void **state)
{
    (void)state;
    size_t rows = 3000, cap = rows * 120 + 64, n = 0;
    char *text = malloc(cap), filler[101];
    assert_non_null(text);
    memset(filler, 'x', 100);
    n += (size_t)snprintf(text + n, cap - n, "name,code\n");
    for (size_t i = 0; i < rows; i++) /* "ệ" is three bytes and one column */
        n += (size_t)snprintf(text + n, cap - n, "ệ%.*s ,U%zu\n", (int)(i % 100), filler, i);
    n += (size_t)snprintf(text + n, cap - n, "ab\"c,U\n");
    struct csv_reader *r = open_bytes("runs.csv", text, n);
    free(text);
    expect_record(r, 1, "name|code");
    for (size_t i = 0; i < rows; i++) {
        struct px_err e = {0};
        struct csv_record rec;
        assert_int_equal(csv_next(r, &rec, &e), 1);
        assert_int_equal(rec.nfields, 2);
        assert_int_equal(strlen(rec.fields[0]), 3 + i % 100); /* the trailing space trimmed */
        assert_memory_equal(rec.fields[0], "ệ", 3);
        assert_int_equal(strspn(rec.fields[0] + 3, "x"), i % 100);
        assert_int_equal(atoi(rec.fields[1] + 1), (int)i);
        assert_int_equal(rec.columns[1], 1 + 1 + i % 100 + 2);
        assert_int_equal(rec.lines[1], 2 + i);
    }
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(csv_next(r, &rec, &e), -1);
    assert_non_null(strstr(e.msg, "found '\"'"));
    assert_int_equal(e.line, 2 + rows);
    assert_int_equal(e.col, 3);
    csv_close(r);
}

static void test_row_cap(void **state)
{
    (void)state;
    static const char text[] = "a,b\n1,2\n\n3,4\n5,6\n";
    const char *path = scratch_file("rows.csv", text, strlen(text));
    struct csv_options opt = csv_defaults();
    opt.max_rows = 2;
    struct csv_reader *r = open_with(path, &opt);
    expect_record(r, 1, "a|b");
    expect_record(r, 2, "1|2");
    expect_record(r, 4, "3|4");
    expect_error(r, "5:1: expected at most 2 rows after the header, found more (raise the cap "
                    "with --max-rows N)");
    csv_close(r);
    opt.max_rows = 3;
    r = open_with(path, &opt); /* exactly at the cap is fine */
    expect_record(r, 1, "a|b");
    expect_record(r, 2, "1|2");
    expect_record(r, 4, "3|4");
    expect_record(r, 5, "5|6");
    expect_end(r);
    csv_close(r);
}

static void test_size_cap(void **state)
{
    (void)state;
    size_t n = ((size_t)1 << 20) + 1;
    char *text = malloc(n);
    assert_non_null(text);
    memset(text, '\n', n);
    const char *path = scratch_file("big.csv", text, n);
    free(text);
    struct csv_options opt = csv_defaults();
    opt.max_bytes = (size_t)1 << 20;
    struct px_err e = {0};
    assert_null(csv_open(path, &opt, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, path);
    assert_string_equal(e.msg, "expected a file of at most 1 MiB, found 1.1 MiB "
                               "(raise the cap with --max-mib N)");
    opt.max_bytes = (size_t)2 << 20;
    csv_close(open_with(path, &opt));
}

static void test_not_a_file(void **state)
{
    (void)state;
    struct px_err e = {0};
    assert_null(csv_open("/dev/zero", NULL, &e));
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, "/dev/zero");
    assert_string_equal(e.msg, "expected a CSV file, found a device or pipe");
    assert_null(csv_open(scratch_path(""), NULL, &e));
    assert_non_null(strstr(e.msg, "expected a CSV file, found a folder"));
}

/* Fields of at most 1 MiB each, but a record of more than 8 MiB: refused, not kept. */
static void test_record_too_long(void **state)
{
    (void)state;
    size_t field = (size_t)1 << 19, nfields = 17, n = 2 + nfields * (field + 1);
    char *text = malloc(n);
    assert_non_null(text);
    memcpy(text, "a\n", 2);
    for (size_t i = 0; i < nfields; i++) {
        memset(text + 2 + i * (field + 1), '"', field);
        text[2 + i * (field + 1) + field] = ','; /* "" escapes: 512 KiB of bytes, 256 KiB of quotes */
    }
    text[n - 1] = '\n';
    struct csv_reader *r = open_bytes("wide-record.csv", text, n);
    free(text);
    expect_error(r, "2:1: expected a record of at most 8 MiB, found a longer one (is a quote "
                    "left open?)");
    csv_close(r);
}

static void test_too_many_fields(void **state)
{
    (void)state;
    char text[2100];
    memset(text, ',', 1001);
    memcpy(text + 1001, "\n", 2);
    expect_text_error("commas.csv", text,
                      "1:1001: expected at most 1000 fields in a row, found more");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_lf),
        cmocka_unit_test(test_bom_crlf_semicolon),
        cmocka_unit_test(test_delimiter_choice),
        cmocka_unit_test(test_quotes_and_newlines),
        cmocka_unit_test(test_trim_and_blank_rows),
        cmocka_unit_test(test_columns_and_lines),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_unterminated_quote),
        cmocka_unit_test(test_stray_quote),
        cmocka_unit_test(test_bad_utf8),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_field_count),
        cmocka_unit_test(test_field_too_long),
        cmocka_unit_test(test_long_line_ok),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_streams_across_chunks),
        cmocka_unit_test(test_unquoted_runs_across_chunks),
        cmocka_unit_test(test_row_cap),
        cmocka_unit_test(test_size_cap),
        cmocka_unit_test(test_not_a_file),
        cmocka_unit_test(test_record_too_long),
        cmocka_unit_test(test_too_many_fields),
        cmocka_unit_test(test_field_limits),
        cmocka_unit_test(test_rewrites_across_chunks),
        cmocka_unit_test(test_columns_after_long_runs),
        cmocka_unit_test(test_columns_on_later_lines),
        cmocka_unit_test(test_bom_then_quotes),
        cmocka_unit_test(test_legacy_across_chunks),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
