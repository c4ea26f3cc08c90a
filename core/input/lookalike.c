/* lookalike.c — finding the characters that look like those of a number but are not, and
 * what was meant (see lookalike.h).  Uses: text.h (text_next), i18n.h (what they are, in
 * the user's language). */
#include "lookalike.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"

#define FULLWIDTH_FIRST 0xFF01 /* ！ … ～ are ! … ~ shifted by FULLWIDTH_SHIFT */
#define FULLWIDTH_LAST 0xFF5E
#define FULLWIDTH_SHIFT 0xFEE0
#define IS_FULLWIDTH_DIGIT(cp) ((cp) >= 0xFF10 && (cp) <= 0xFF19) /* ０ … ９ */

static const struct {
    long cp;
    const char *meant;
    const char *what;
} OTHERS[] = {
    {0x00A0, "", N_("a no-break space, which Excel writes in formatted numbers")},
    {0x202F, "", N_("a narrow no-break space, which Excel writes in formatted numbers")},
    {0x2007, "", N_("a figure space, which Excel writes in formatted numbers")},
    {0x2009, "", N_("a thin space, which Excel writes in formatted numbers")},
    {0x3000, "", N_("a full-width space, which an input method in full-width mode types")},
    {0x2212, "-", N_("a minus sign, which Word and Excel write for -")},
    {0x2013, "-", N_("an en dash, which Word writes for - as you type")},
    {0x2014, "-", N_("an em dash, which Word writes for -- as you type")},
    {0x2010, "-", N_("a hyphen from a PDF, which looks like -")},
    {0x2011, "-", N_("a non-breaking hyphen from Word, which looks like -")},
    {0x00D0, "\xC4\x90", N_("an Icelandic eth (U+00D0), which Vietnamese fonts show like \xC4\x90 (U+0110)")},
    {0x00F0, "\xC4\x91", N_("an Icelandic eth (U+00F0), which looks like \xC4\x91 (U+0111)")},
    {0x200B, "", N_("a zero-width space, which PDF copies and web pages carry")},
    {0xFEFF, "", N_("a zero-width no-break space (byte order mark), which pasted text carries")},
};

/* What the look-alike cp stands for (into meant, at least 3 bytes), or NULL when cp is none. */
static const char *lookalike_of(long cp, char *meant, int *visible)
{
    if (cp >= FULLWIDTH_FIRST && cp <= FULLWIDTH_LAST) {
        meant[0] = (char)(cp - FULLWIDTH_SHIFT);
        meant[1] = '\0';
        *visible = 1;
        return IS_FULLWIDTH_DIGIT(cp)
                   ? N_("a full-width digit, which an input method in full-width mode types")
                   : N_("a full-width sign, which an input method in full-width mode types");
    }
    for (size_t i = 0; i < sizeof OTHERS / sizeof OTHERS[0]; i++)
        if (OTHERS[i].cp == cp) {
            strcpy(meant, OTHERS[i].meant);
            *visible = OTHERS[i].meant[0] != '\0';
            return OTHERS[i].what;
        }
    return NULL;
}

int lookalike_find(const char *s, struct lookalike *out)
{
    memset(out, 0, sizeof *out);
    const unsigned char *u = (const unsigned char *)s;
    while (*u && *u < 0x80)
        u++;
    if (!*u)
        return 0; /* every look-alike is a character beyond ASCII */
    size_t len = strlen(s), used = 0, chars = 0;
    char *meant = malloc(len + 1); /* never longer: each look-alike is 2–3 bytes, meant 0–2
                                    * (Ð, 2 bytes, means Đ, 2 bytes) */
    if (!meant)
        return -1;
    for (size_t i = 0; i < len;) {
        long cp;
        int k = text_next(s + i, len - i, &cp);
        if (k < 0)
            k = 1, cp = -1; /* not UTF-8: the caller refuses it anyway */
        chars++;
        char instead[3];
        int visible;
        const char *what = lookalike_of(cp, instead, &visible);
        if (what && !out->what) {
            out->position = chars;
            out->offset = i;
            out->size = (size_t)k;
            out->cp = cp;
            out->what = what;
            out->visible = visible;
        }
        if (what) {
            out->fullwidth_digit |= IS_FULLWIDTH_DIGIT(cp);
            memcpy(meant + used, instead, strlen(instead));
            used += strlen(instead);
        } else {
            memcpy(meant + used, s + i, (size_t)k);
            used += (size_t)k;
        }
        i += (size_t)k;
    }
    meant[used] = '\0';
    if (!out->what) {
        free(meant);
        return 0;
    }
    out->meant = meant;
    return 1;
}

void lookalike_say(const char *s, const struct lookalike *l, char *buf, size_t n)
{
    char shown[32]; /* the character quoted and its code point, or only the code point */
    if (l->visible)
        snprintf(shown, sizeof shown, "'%.*s' (U+%04lX)", (int)l->size, s + l->offset, l->cp);
    else
        snprintf(shown, sizeof shown, "U+%04lX", l->cp);
    snprintf(buf, n, _("character %zu is %s, %s; type '%.200s' instead"), l->position, shown,
             _(l->what), l->meant);
}

const char *lookalike_hint(const char *s, char *buf, size_t n)
{
    struct lookalike l;
    buf[0] = '\0';
    if (n > 2 && lookalike_find(s, &l) == 1) {
        memcpy(buf, ": ", 3);
        lookalike_say(s, &l, buf + 2, n - 2);
        free(l.meant);
    }
    return buf;
}
