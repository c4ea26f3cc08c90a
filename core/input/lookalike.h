/* lookalike.h — characters that look like those of a number but are not, as Excel and input
 * methods leave them in a cell: full-width digits and signs (２, ８５％: an input method in
 * full-width mode), no-break and thin spaces (85 % with U+00A0 or U+202F: Excel's formatted
 * numbers), the minus sign U+2212; and in document numbers pasted from Word or PDF the
 * dashes and hyphens that look like -, the Icelandic Ð (U+00D0) for the Vietnamese Đ,
 * zero-width spaces.  Provides struct lookalike, lookalike_find(),
 * lookalike_say(), lookalike_hint().
 * Uses: text.h (decoding UTF-8). */
#ifndef PARIDX_LOOKALIKE_H
#define PARIDX_LOOKALIKE_H

#include <stddef.h>

struct lookalike {
    size_t position;       /* of the first look-alike, in characters from 1 */
    size_t offset, size;   /* its bytes in the value */
    long cp;               /* the first look-alike */
    const char *what;      /* what it is and where it comes from, for a message */
    int visible;           /* 0 for a space: showing it would show nothing */
    int fullwidth_digit;   /* 1 when any of them is a full-width digit */
    char *meant;           /* the value with each look-alike as what was meant (spaces
                            * dropped): "８５%" → "85%"; malloc'd */
};

/* Looks for look-alikes in s (valid UTF-8).  0 when there is none; 1 when there is, with out
 * filled (free out->meant); -1 when out of memory. */
int lookalike_find(const char *s, struct lookalike *out);

/* Writes what lookalike_find found in s, for a message: "character 1 is '２' (U+FF12), a
 * full-width digit, which an input method in full-width mode types; type '2' instead". */
void lookalike_say(const char *s, const struct lookalike *l, char *buf, size_t n);

/* For a value refused for its shape: ": " and what lookalike_say says into buf when s has a
 * look-alike, else "" (also when out of memory); returns buf. */
const char *lookalike_hint(const char *s, char *buf, size_t n);

#endif
