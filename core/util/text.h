/* text.h — Vietnamese-aware UTF-8 text: validation, NFC, terminal width, collation.
 * Provides the text_* functions.  Uses: libutf8proc. */
#ifndef PARIDX_TEXT_H
#define PARIDX_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* Returns a malloc'd NFC copy of s[0..len), or NULL when s is not valid UTF-8;
 * then *bad_offset (if not NULL) is the byte offset of the first bad byte. */
char *text_nfc(const char *s, size_t len, size_t *bad_offset);

/* 1 when s (NUL-terminated) is valid UTF-8 already in NFC, else 0. */
int text_is_nfc(const char *s);

/* Number of terminal columns s occupies (combining marks 0, wide CJK 2). */
size_t text_width(const char *s);

/* Writes s padded with spaces to `width` columns (left-aligned, or right when right != 0).
 * Text wider than width is written whole. */
void text_pad(FILE *out, const char *s, size_t width, int right);

/* Vietnamese dictionary order: letters a ă â b c d đ e ê … y, case-insensitive,
 * tone marks compared only when the letters are equal (none, huyền, hỏi, ngã, sắc, nặng).
 * Returns <0, 0, >0 like strcmp. */
int text_collate(const char *a, const char *b);

/* Folds s for matching a name typed without diacritics: lower case, no tone or vowel
 * marks, đ → d ("Sở Tư pháp" → "so tu phap").  Returns a malloc'd string, or NULL when s
 * is not valid UTF-8. */
char *text_fold(const char *s);

#endif
