/* scratch.h — throw-away files for unit tests: each test program gets one temporary directory
 * (created on first use, removed with everything in it by scratch_cleanup()).
 * Provides scratch_path(), scratch_file(), scratch_cleanup().  Uses: POSIX. */
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

#endif
