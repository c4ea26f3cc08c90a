/* encoding.h — the text encodings a CSV file may come in: UTF-8 (the only one read as is),
 * Windows-1258 and TCVN3 (the legacy Vietnamese encodings that offices' Excel and ABC fonts
 * still produce), converted to UTF-8 as the file streams in, and a guess at which of the two
 * a file that is not UTF-8 is in, for the message that refuses it.
 * Provides enum text_encoding, encoding_*, struct decoder, decoder_*.
 * Uses: iconv (glibc) for Windows-1258, tcvn3.h for TCVN3, vec.h, diag.h. */
#ifndef PARIDX_ENCODING_H
#define PARIDX_ENCODING_H

#include <stddef.h>

#include "diag.h"

enum text_encoding { ENC_UTF8, ENC_CP1258, ENC_TCVN3 };

/* "utf-8", "cp1258" or "tcvn3" → the encoding; -1 when unknown. */
int encoding_from_name(const char *name, enum text_encoding *out);
/* "utf-8", "cp1258", "tcvn3". */
const char *encoding_name(enum text_encoding enc);
/* What users call it: "UTF-8", "Windows-1258", "TCVN3". */
const char *encoding_title(enum text_encoding enc);

/* Which legacy encoding the bytes s[0..n) (a sample of a file that is not UTF-8) look like:
 * ENC_TCVN3 when many of their letters sit where TCVN3 keeps its small letters (0xA1-0xBF,
 * symbols in Windows-1258), ENC_CP1258 when they are Windows-1258 letters and tone marks
 * with few such symbols, ENC_UTF8 when they look like neither. */
enum text_encoding encoding_guess(const unsigned char *s, size_t n);

/* Converts a file in a legacy encoding to UTF-8, a chunk at a time. */
struct decoder;

/* A decoder for enc (not ENC_UTF8); path only names the file in messages and must outlive
 * the decoder.  NULL and e set (PX_SYSTEM) when the system cannot convert from enc. */
struct decoder *decoder_open(enum text_encoding enc, const char *path, struct px_err *e);

/* Converts in[0..n), the next bytes of the file, appending UTF-8 to the growable array *out
 * (*len bytes used of *cap, see vec.h); last = 1 with the file's final bytes.  0, or -1 with
 * e set: "path:line:column: expected a TCVN3 character, found byte 0x80 …" (PX_DATA) or out
 * of memory (PX_SYSTEM). */
int decoder_feed(struct decoder *d, const char *in, size_t n, int last, char **out,
                 size_t *len, size_t *cap, struct px_err *e);

void decoder_close(struct decoder *d);

#endif
