/* scratch.h — throw-away files for unit tests: each test program gets one temporary directory
 * (created on first use, removed with everything in it by scratch_cleanup()).
 * Also the group set-up and tear-down the data-layer tests share (a fixed clock, everything
 * released for valgrind).
 * Provides scratch_path(), scratch_file(), scratch_cleanup(), SCRATCH_NOW,
 * scratch_group_setup(), scratch_group_teardown().  Uses: POSIX, re.h. */
#ifndef PARIDX_TEST_SCRATCH_H
#define PARIDX_TEST_SCRATCH_H

#include <stddef.h>

/* The path of `name` inside the scratch directory (the file is not created).  The string
 * lives until scratch_cleanup(). */
const char *scratch_path(const char *name);

/* Writes len bytes of data to `name` in the scratch directory (replacing it); returns the
 * path as scratch_path() does. */
const char *scratch_file(const char *name, const void *data, size_t len);

/* Removes the scratch directory and every file in it. */
void scratch_cleanup(void);

/* The time every store write records in these tests (PARIDX_NOW). */
#define SCRATCH_NOW "2026-01-01 00:00:00"

/* cmocka group set-up: sets PARIDX_NOW to SCRATCH_NOW. */
int scratch_group_setup(void **state);
/* cmocka group tear-down: scratch_cleanup() and the compiled PCRE2 shapes released. */
int scratch_group_teardown(void **state);

#endif
