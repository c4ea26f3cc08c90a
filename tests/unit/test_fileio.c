/* test_fileio.c — SHA-256 of data and of files (the digests an import and a stored run
 * record) against the FIPS 180-2 test vectors, a file read across the 64 KiB chunks, and a
 * missing file refused with its reason; file_read_max's cap.
 * Uses: cmocka, fileio.h, scratch.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "scratch.h"

static const char ABC[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
static const char EMPTY[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/* a million times 'a' */
static const char MILLION_A[] = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

static const char *write_file(const char *name, const char *text, size_t repeat)
{
    const char *path = scratch_path(name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    for (size_t i = 0; i < repeat; i++)
        assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
    assert_int_equal(fclose(f), 0);
    return path;
}

static void test_sha256_of_data(void **state)
{
    (void)state;
    char out[65];
    sha256_hex("abc", 3, out);
    assert_string_equal(out, ABC);
    sha256_hex("", 0, out);
    assert_string_equal(out, EMPTY);
}

static void test_sha256_of_files(void **state)
{
    (void)state;
    char out[65];
    struct px_err e = {0};
    assert_int_equal(file_sha256(write_file("abc.txt", "abc", 1), out, &e), 0);
    assert_string_equal(out, ABC);
    assert_int_equal(file_sha256(write_file("empty.txt", "", 0), out, &e), 0);
    assert_string_equal(out, EMPTY);
    /* 1,000,000 bytes: the file is read in 64 KiB chunks */
    assert_int_equal(file_sha256(write_file("a.txt", "aaaaaaaaaa", 100000), out, &e), 0);
    assert_string_equal(out, MILLION_A);
    assert_int_equal(file_sha256(scratch_path("missing.txt"), out, &e), -1);
    assert_int_equal(e.code, PX_DATA);
    assert_non_null(strstr(e.msg, "cannot read: "));
}

static void test_read_max_caps(void **state)
{
    (void)state;
    struct px_err e = {0};
    size_t len;
    const char *path = write_file("ten.txt", "0123456789", 1);
    char *text = file_read_max(path, 10, &len, &e);
    assert_non_null(text);
    assert_int_equal(len, 10);
    assert_memory_equal(text, "0123456789", 10);
    free(text);
    assert_null(file_read_max(path, 9, &len, &e));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_of_data),
        cmocka_unit_test(test_sha256_of_files),
        cmocka_unit_test(test_read_max_caps),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
