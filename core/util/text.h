/* text.h — Vietnamese-aware UTF-8 text: validation, NFC, control characters made visible,
 * terminal width, collation.  Provides the text_* functions.  Uses: libutf8proc. */
#ifndef PARIDX_TEXT_H
#define PARIDX_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Returns a malloc'd NFC copy of s[0..len), or NULL when s is not valid UTF-8;
 * then *bad_offset (if not NULL) is the byte offset of the first bad byte. */
char *text_nfc(const char *s, size_t len, size_t *bad_offset);

/* 1 for a character that is NFC as it stands, has no combining class and is no later part
 * of any character's canonical decomposition, so a text made only of such characters is its
 * own NFC (text_nfc copies it without decomposing): those below U+0300 (ASCII, Latin-1,
 * Latin Extended-A and B), the precomposed Vietnamese letters (U+1E00–U+1EFF), dashes,
 * quotes and punctuation (U+2010–U+2027, U+2030–U+205E), arrows and mathematical operators
 * (U+2190–U+22FF).  The unit tests check each against utf8proc's tables. */
int text_plain_nfc_char(long c);

/* The code point that starts s[0..len) into *cp; returns its length in bytes, or -1 when
 * s does not start with a valid UTF-8 character. */
int text_next(const char *s, size_t len, long *cp);

/* 1 when s (NUL-terminated) is valid UTF-8 already in NFC, else 0. */
int text_is_nfc(const char *s);

/* Text from files and rules never reaches a terminal raw: text_put writes s[0..len) with
 * every character that could move the cursor, recolour, clear the screen, ring the bell or
 * reorder the line shown as a visible escape — C0 controls and DEL as \x1b, C1 controls and
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) as
 * \u202e, a byte that is not UTF-8 as \xff.  TEXT_KEEP_TAB and TEXT_KEEP_NEWLINE leave
 * tabs and line feeds as they are. */
enum { TEXT_KEEP_TAB = 1, TEXT_KEEP_NEWLINE = 2 };
void text_put(FILE *out, const char *s, size_t len, unsigned flags);

/* vsprintf into a malloc'd string, or NULL when out of memory. */
char *text_vformat(const char *fmt, va_list ap);

/* fprintf through text_put: the lines of a report for the terminal, where the values come from
 * files and rules (tabs and line feeds kept). */
void text_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Number of terminal columns s occupies as text_pad writes it (combining marks 0, wide CJK
 * 2, an escaped control as many as its escape). */
size_t text_width(const char *s);

/* Writes s as text_put does, padded with spaces to `width` columns (left-aligned, or right
 * when right != 0).  Text wider than width is written whole. */
void text_pad(FILE *out, const char *s, size_t width, int right);

/* Vietnamese dictionary order: letters a ă â b c d đ e ê … y, case-insensitive,
 * tone marks compared only when the letters are equal (none, huyền, hỏi, ngã, sắc, nặng).
 * Returns <0, 0, >0 like strcmp. */
int text_collate(const char *a, const char *b);

/* Folds s for matching a name typed without diacritics: lower case, no tone or vowel
 * marks, đ → d ("Sở Tư pháp" → "so tu phap").  Returns a malloc'd string, or NULL when s
 * is not valid UTF-8. */
char *text_fold(const char *s);

/* s in NFC with its case folded and its marks kept ("Ngày Ban Hành" → "ngày ban hành"), for
 * matching text typed exactly but in another case.  malloc'd, or NULL as text_fold. */
char *text_casefold(const char *s);

#endif
