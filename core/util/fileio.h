/* fileio.h — whole files: read into memory (with or without a size cap), sha256 of a file or
 * of bytes in memory.
 * Provides file_read(), file_read_max(), file_sha256(), sha256_hex().  Uses: nettle (sha2.h). */
#ifndef PARIDX_FILEIO_H
#define PARIDX_FILEIO_H

#include <stddef.h>

#include "diag.h"

/* Reads path whole; malloc'd, NUL-terminated, *len set.  NULL and e set (PX_DATA) on error. */
char *file_read(const char *path, size_t *len, struct px_err *e);

/* The same, refusing a file larger than max bytes (PX_DATA, the message names the cap) without
 * reading past it. */
char *file_read_max(const char *path, size_t max, size_t *len, struct px_err *e);

/* sha256 of the file as 64 hex digits; 0 on success, -1 and e set on error. */
int file_sha256(const char *path, char out[65], struct px_err *e);

/* sha256 of len bytes at data as 64 hex digits. */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
