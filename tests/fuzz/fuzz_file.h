/* fuzz_file.h — inputs as the code under test takes them: a NUL-terminated copy, or a file
 * in a scratch folder (one per process).
 * Provides fuzz_text(), fuzz_write().  Uses: POSIX. */
#ifndef PARIDX_FUZZ_FILE_H
#define PARIDX_FUZZ_FILE_H

#include <stddef.h>
#include <stdint.h>

/* A malloc'd NUL-terminated copy of data[0..size) (free it), or NULL when out of memory. */
char *fuzz_text(const uint8_t *data, size_t size);

/* Writes data[0..size) to `name` in the process's scratch folder (made on first use, with
 * `lib` there linked to the source tree's rules/lib); returns its path, or aborts. */
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);

#endif
