/* test_diag.c — unit tests of diag.c: the error value's place (file, line, column) kept as
 * fields and shown as "file:line:column: …", and everything on stderr going through the one
 * writer, "paridx: " before every line and control characters shown escaped; findings
 * turned into one error.  Uses: cmocka, diag.h, findings.h, scratch.h (stderr captured in a
 * file). */
#define _POSIX_C_SOURCE 200809L /* fileno */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "findings.h"
#include "scratch.h"

static int saved_stderr = -1;
static const char *capture_path;

/* Sends stderr to a scratch file until captured() reads it back. */
static void capture(void)
{
    capture_path = scratch_file("stderr.txt", "", 0);
    fflush(stderr);
    saved_stderr = dup(fileno(stderr));
    assert_true(saved_stderr >= 0);
    assert_non_null(freopen(capture_path, "w", stderr));
}

/* Restores stderr; returns what was written (malloc'd). */
static char *captured(void)
{
    fflush(stderr);
    assert_true(dup2(saved_stderr, fileno(stderr)) >= 0);
    close(saved_stderr);
    clearerr(stderr);
    FILE *f = fopen(capture_path, "rb");
    assert_non_null(f);
    char *buf = calloc(1, 4096);
    assert_non_null(buf);
    size_t n = fread(buf, 1, 4095, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void check_shown(const struct px_err *e, const char *want)
{
    char buf[2048];
    assert_string_equal(px_err_format(e, buf, sizeof buf), want);
}

static void test_place_is_fields(void **state)
{
    (void)state;
    struct px_err e;
    px_err_at(&e, PX_DATA, "facts.csv", 4, 2, "expected a number, found '%s'", "abc");
    assert_int_equal(e.code, PX_DATA);
    assert_string_equal(e.file, "facts.csv");
    assert_int_equal(e.line, 4);
    assert_int_equal(e.col, 2);
    assert_string_equal(e.msg, "expected a number, found 'abc'");
    check_shown(&e, "facts.csv:4:2: expected a number, found 'abc'");
    px_err_at(&e, PX_RULE, "rules/2019.lua", 12, 0, "boom");
    check_shown(&e, "rules/2019.lua:12: boom");
    px_err_at(&e, PX_DATA, "missing.csv", 0, 0, "cannot open: No such file or directory");
    check_shown(&e, "missing.csv: cannot open: No such file or directory");
    px_err_set(&e, PX_SYSTEM, "out of memory"); /* no place: the one before is gone */
    assert_string_equal(e.file, "");
    assert_int_equal(e.line, 0);
    check_shown(&e, "out of memory");
}

static void test_report_prefixes_every_line(void **state)
{
    (void)state;
    struct px_err e;
    px_err_at(&e, PX_RULE, "r.lua", 3, 0, "first\nsecond");
    capture();
    px_report(&e);
    char *out = captured();
    assert_string_equal(out, "paridx: r.lua:3: first\nparidx: second\n");
    free(out);
}

static void test_controls_never_reach_the_terminal(void **state)
{
    (void)state;
    struct px_err e;
    px_err_at(&e, PX_RULE, "r.lua", 1, 0, "\x1b[2J\a\xe2\x80\xae" "cba\tend");
    capture();
    px_report(&e);
    px_say("unit '%s'", "\x1b[31mĐỏ\x07");
    const char *printed = "printed\x1b]0;title\x07\nsecond\tline";
    px_echo(printed, strlen(printed));
    char *out = captured();
    assert_string_equal(out, "paridx: r.lua:1: \\x1b[2J\\x07\\u202ecba\tend\n"
                             "paridx: unit '\\x1b[31mĐỏ\\x07'\n"
                             "printed\\x1b]0;title\\x07\n"
                             "second\tline\n");
    free(out);
}

static void write_usage(FILE *out, const void *arg)
{
    fprintf(out, "usage: paridx %s RULES\n  --db FILE\n", (const char *)arg);
}

static void test_usage_goes_through_the_writer(void **state)
{
    (void)state;
    capture();
    px_say("run: unknown option --dbb");
    px_usage(write_usage, "run");
    char *out = captured();
    assert_string_equal(out, "paridx: run: unknown option --dbb\n"
                             "usage: paridx run RULES\n  --db FILE\n");
    free(out);
}

static void test_findings_become_one_error(void **state)
{
    (void)state;
    struct findings f = {0};
    findings_add(&f, 9, "later");
    findings_add(&f, 2, "first of %d", 2);
    struct px_err e;
    findings_to_err(&f, "r.lua", PX_RULE, &e);
    assert_int_equal(e.code, PX_RULE);
    assert_string_equal(e.file, "r.lua");
    assert_int_equal(e.line, 2);
    check_shown(&e, "r.lua:2: first of 2\nr.lua:9: later");
    findings_free(&f);
}

/* Many findings: whole lines only (none cut in the middle), then how many were left out. */
static void test_findings_too_many_stay_whole(void **state)
{
    (void)state;
    struct findings f = {0};
    for (int i = 1; i <= 31; i++)
        findings_add(&f, i, "finding number %d, long enough that thirty-one of them cannot all "
                     "fit into one error message", i);
    struct px_err e;
    findings_to_err(&f, "r.lua", PX_RULE, &e);
    assert_int_equal(e.line, 1);
    assert_true(strlen(e.msg) < sizeof e.msg - 1);
    const char *tail = strrchr(e.msg, '\n');
    assert_non_null(tail);
    int shown = 1;
    for (const char *p = e.msg; (p = strchr(p, '\n')) && p < tail; p++) {
        shown++;
        assert_true(!strncmp(p + 1, "r.lua:", 6));
        const char *end = strchr(p + 1, '\n');
        assert_true(end[-1] == 'e'); /* "… message": the line is whole */
    }
    char want[64];
    snprintf(want, sizeof want, "\n… and %d more findings", 31 - shown);
    assert_string_equal(tail, want);
    assert_true(shown > 1 && shown < 31);
    findings_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_place_is_fields),
        cmocka_unit_test(test_report_prefixes_every_line),
        cmocka_unit_test(test_controls_never_reach_the_terminal),
        cmocka_unit_test(test_usage_goes_through_the_writer),
        cmocka_unit_test(test_findings_become_one_error),
        cmocka_unit_test(test_findings_too_many_stay_whole),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
