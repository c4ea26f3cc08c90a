/* fileio.h — whole files: read into memory, sha256 of a file.
 * Provides file_read(), file_sha256().  Uses: libmd (sha2.h). */
#ifndef PARIDX_FILEIO_H
#define PARIDX_FILEIO_H

#include <stddef.h>

#include "diag.h"

/* Reads path whole; malloc'd, NUL-terminated, *len set.  NULL and e set (PX_DATA) on error. */
char *file_read(const char *path, size_t *len, struct px_err *e);

/* sha256 of the file as 64 hex digits; 0 on success, -1 and e set on error. */
int file_sha256(const char *path, char out[65], struct px_err *e);

#endif
