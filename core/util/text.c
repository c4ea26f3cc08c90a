/* text.c — UTF-8 validation, NFC, control characters made visible, display width, padding,
 * folding and Vietnamese collation (see text.h).  Uses: libutf8proc for decoding, normalisation, case, categories, widths.
 *
 * Collation works on the canonical decomposition (NFD), where every Vietnamese letter is a
 * base letter followed by marks: ă = a + breve, â ê ô = + circumflex, ơ ư = + horn (these
 * make distinct LETTERS), and the five tones huyền ` hỏi ̉ ngã ~ sắc ´ nặng ̣ (these are
 * compared only when all letters are equal).  đ is a letter of its own (U+0111). */
#include "text.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define OPT_NFC (UTF8PROC_STABLE | UTF8PROC_COMPOSE)

/* Byte offset of the first byte of s[0..len) that does not start a valid character. */
static size_t first_bad_byte(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
        if (k < 0)
            return i;
        i += (size_t)k;
    }
    return len;
}

int text_plain_nfc_char(long c)
{
    return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) ||
           (c >= 0x2030 && c <= 0x205E) || (c >= 0x2190 && c <= 0x22FF);
}

/* 1 when s[0..len) is valid UTF-8 made only of text_plain_nfc_char() characters.  Such a
 * text is its own NFC, so codes, numbers, dates, Vietnamese typed with precomposed letters and
 * rule files with their arrows and ≥ (nearly every field and rule file) skip utf8proc's
 * decomposition; anything else (a combining mark, another script) goes through it. */
static int plain_nfc(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &c);
        if (k <= 0 || !text_plain_nfc_char(c))
            return 0;
        i += (size_t)k;
    }
    return 1;
}

char *text_nfc(const char *s, size_t len, size_t *bad_offset)
{
    if (plain_nfc(s, len)) {
        char *copy = malloc(len + 1);
        if (copy) {
            memcpy(copy, s, len);
            copy[len] = '\0';
        }
        return copy;
    }
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t rc =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out, OPT_NFC);
    if (rc < 0) {
        if (bad_offset)
            *bad_offset = first_bad_byte(s, len);
        return NULL;
    }
    return (char *)out;
}

int text_next(const char *s, size_t len, long *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &c);
    if (k <= 0)
        return -1;
    *cp = c;
    return (int)k;
}

int text_is_nfc(const char *s)
{
    char *nfc = text_nfc(s, strlen(s), NULL);
    if (!nfc)
        return 0;
    int same = strcmp(nfc, s) == 0;
    free(nfc);
    return same;
}

/* ---- control characters made visible ---------------------------------------------- */

/* Writes into buf (at least 7 bytes) the escape that shows code point c, returning its
 * length, or 0 when c is shown as itself. */
static size_t escape_of(utf8proc_int32_t c, unsigned flags, char *buf)
{
    if ((c == '\t' && (flags & TEXT_KEEP_TAB)) || (c == '\n' && (flags & TEXT_KEEP_NEWLINE)))
        return 0;
    if (c < 0x20 || c == 0x7F)
        return (size_t)snprintf(buf, 7, "\\x%02x", (unsigned)c);
    if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return (size_t)snprintf(buf, 7, "\\u%04x", (unsigned)c);
    return 0;
}

/* Walks s[0..len) as text_put shows it: calls show(ud, bytes, n, columns) for each piece,
 * an escape or a character as it is. */
typedef void (*piece_fn)(void *ud, const char *bytes, size_t n, size_t columns);

static void each_piece(const char *s, size_t len, unsigned flags, piece_fn show, void *ud)
{
    char esc[8];
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
        size_t n;
        if (k < 0) { /* not UTF-8: the byte, in hex */
            n = (size_t)snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)s[i]);
            show(ud, esc, n, n);
            i++;
        } else if ((n = escape_of(c, flags, esc)) > 0) {
            show(ud, esc, n, n);
            i += (size_t)k;
        } else {
            int w = utf8proc_charwidth(c);
            show(ud, s + i, (size_t)k, w > 0 ? (size_t)w : 0);
            i += (size_t)k;
        }
    }
}

static void write_piece(void *ud, const char *bytes, size_t n, size_t columns)
{
    (void)columns;
    fwrite(bytes, 1, n, ud);
}

static void count_columns(void *ud, const char *bytes, size_t n, size_t columns)
{
    (void)bytes;
    (void)n;
    *(size_t *)ud += columns;
}

void text_put(FILE *out, const char *s, size_t len, unsigned flags)
{
    each_piece(s, len, flags, write_piece, out);
}

char *text_vformat(const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, again);
    va_end(again);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

void text_printf(FILE *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = text_vformat(fmt, ap);
    va_end(ap);
    if (s) /* out of memory: the line is lost (the caller's stream is no worse off) */
        text_put(out, s, strlen(s), TEXT_KEEP_TAB | TEXT_KEEP_NEWLINE);
    free(s);
}

size_t text_width(const char *s)
{
    size_t width = 0;
    each_piece(s, strlen(s), 0, count_columns, &width);
    return width;
}

void text_pad(FILE *out, const char *s, size_t width, int right)
{
    size_t w = text_width(s);
    size_t gap = w < width ? width - w : 0;
    if (!right)
        text_put(out, s, strlen(s), 0);
    for (size_t i = 0; i < gap; i++)
        fputc(' ', out);
    if (right)
        text_put(out, s, strlen(s), 0);
}

/* ---- folding ---------------------------------------------------------------------- */

static utf8proc_int32_t fold_dd(utf8proc_int32_t c, void *unused)
{
    (void)unused;
    return c == 0x0110 || c == 0x0111 ? 'd' : c; /* Đ đ have no decomposition */
}

char *text_fold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t rc = utf8proc_map_custom(
        (const utf8proc_uint8_t *)s, 0, &out,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
            UTF8PROC_CASEFOLD,
        fold_dd, NULL);
    return rc < 0 ? NULL : (char *)out; /* NULL: not valid UTF-8, or out of memory */
}

char *text_casefold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t rc = utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                                       UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                           UTF8PROC_CASEFOLD);
    return rc < 0 ? NULL : (char *)out;
}

/* ---- collation -------------------------------------------------------------------- */

/* Marks that turn a base letter into another Vietnamese letter. */
enum { MOD_NONE, MOD_BREVE, MOD_CIRCUMFLEX, MOD_HORN };

/* The alphabet order: Vietnamese letters, with f j w z (foreign names) in their Latin
 * places.  Each entry is a lower-case base letter and the modifier that makes it. */
static const struct {
    utf8proc_int32_t base;
    int mod;
} ALPHABET[] = {
    {'a', MOD_NONE}, {'a', MOD_BREVE}, {'a', MOD_CIRCUMFLEX}, {'b', MOD_NONE},
    {'c', MOD_NONE}, {'d', MOD_NONE}, {0x0111, MOD_NONE}, {'e', MOD_NONE},
    {'e', MOD_CIRCUMFLEX}, {'f', MOD_NONE}, {'g', MOD_NONE}, {'h', MOD_NONE},
    {'i', MOD_NONE}, {'j', MOD_NONE}, {'k', MOD_NONE}, {'l', MOD_NONE},
    {'m', MOD_NONE}, {'n', MOD_NONE}, {'o', MOD_NONE}, {'o', MOD_CIRCUMFLEX},
    {'o', MOD_HORN}, {'p', MOD_NONE}, {'q', MOD_NONE}, {'r', MOD_NONE},
    {'s', MOD_NONE}, {'t', MOD_NONE}, {'u', MOD_NONE}, {'u', MOD_HORN},
    {'v', MOD_NONE}, {'w', MOD_NONE}, {'x', MOD_NONE}, {'y', MOD_NONE},
    {'z', MOD_NONE},
};
#define NALPHABET (sizeof ALPHABET / sizeof ALPHABET[0])

/* Tone marks in their secondary order (index + 1; 0 = no tone). */
static const utf8proc_int32_t TONES[] = {0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
#define NTONES 5

/* Primary weight classes: separators first, then punctuation and symbols, digits, the
 * alphabet above, other letters.  Within a class, by code point or alphabet position. */
enum { CLASS_SPACE, CLASS_PUNCT, CLASS_DIGIT, CLASS_ALPHABET, CLASS_OTHER };
#define WEIGHT(cls, v) (((uint32_t)(cls) << 24) | (uint32_t)(v))

/* One collation element: a letter (primary ≠ 0) or a mark ignorable at the first level. */
struct ce {
    uint32_t primary, secondary;
    unsigned char tertiary; /* 0 lower case, 1 upper case */
};

static int modifier_of(utf8proc_int32_t mark)
{
    switch (mark) {
    case 0x0306: return MOD_BREVE;
    case 0x0302: return MOD_CIRCUMFLEX;
    case 0x031B: return MOD_HORN;
    default: return MOD_NONE;
    }
}

static int tone_of(utf8proc_int32_t mark)
{
    for (int i = 0; i < NTONES; i++)
        if (TONES[i] == mark)
            return i + 1;
    return 0;
}

static int is_mark(utf8proc_int32_t c)
{
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
           cat == UTF8PROC_CATEGORY_ME;
}

static int alphabet_index(utf8proc_int32_t lower, int mod)
{
    for (size_t i = 0; i < NALPHABET; i++)
        if (ALPHABET[i].base == lower && ALPHABET[i].mod == mod)
            return (int)i;
    return -1;
}

static uint32_t primary_of(utf8proc_int32_t c, int mod)
{
    utf8proc_int32_t lower = utf8proc_tolower(c);
    int pos = alphabet_index(lower, mod);
    if (pos >= 0)
        return WEIGHT(CLASS_ALPHABET, pos);
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
        return WEIGHT(CLASS_SPACE, c);
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return WEIGHT(CLASS_DIGIT, c);
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return WEIGHT(CLASS_OTHER, lower);
    default:
        return WEIGHT(CLASS_PUNCT, c);
    }
}

/* Decomposes s (NFD) into malloc'd code points; returns the count, or -1. */
static utf8proc_ssize_t decompose(const char *s, utf8proc_int32_t **out)
{
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_option_t opt = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
    utf8proc_ssize_t n = utf8proc_decompose(u, 0, NULL, 0, opt);
    if (n < 0)
        return -1;
    *out = malloc(((size_t)n + 1) * sizeof **out);
    if (!*out)
        return -1;
    if (utf8proc_decompose(u, 0, *out, n, opt) != n) {
        free(*out);
        return -1;
    }
    return n;
}

/* The collation elements of s, malloc'd; returns their count, or -1 (bad UTF-8, memory). */
static long collation_elements(const char *s, struct ce **out)
{
    utf8proc_int32_t *cp;
    utf8proc_ssize_t n = decompose(s, &cp);
    if (n < 0)
        return -1;
    struct ce *ce = malloc(((size_t)n + 1) * sizeof *ce); /* never more elements than cps */
    if (!ce) {
        free(cp);
        return -1;
    }
    long nce = 0;
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t base = cp[i];
        utf8proc_ssize_t j = i + 1;
        if (is_mark(base)) { /* a mark with nothing before it */
            ce[nce++] = (struct ce){0, NTONES + 1 + (uint32_t)base, 0};
            i = j;
            continue;
        }
        int mod = MOD_NONE, tone = 0;
        for (; j < n && is_mark(cp[j]); j++) {
            int m = modifier_of(cp[j]);
            if (mod == MOD_NONE && m != MOD_NONE && alphabet_index(utf8proc_tolower(base), m) >= 0)
                mod = m;
            else if (tone == 0 && tone_of(cp[j]))
                tone = tone_of(cp[j]);
        }
        ce[nce++] = (struct ce){primary_of(base, mod), (uint32_t)tone,
                                (unsigned char)(utf8proc_tolower(base) != base)};
        /* marks that are neither the letter's modifier nor its tone: second level, after */
        int mod_used = mod != MOD_NONE, tone_used = tone != 0;
        for (utf8proc_ssize_t k = i + 1; k < j; k++) {
            if (mod_used && modifier_of(cp[k]) == mod) {
                mod_used = 0;
                continue;
            }
            if (tone_used && tone_of(cp[k]) == tone) {
                tone_used = 0;
                continue;
            }
            ce[nce++] = (struct ce){0, NTONES + 1 + (uint32_t)cp[k], 0};
        }
        i = j;
    }
    free(cp);
    *out = ce;
    return nce;
}

static int cmp_u32(uint32_t a, uint32_t b)
{
    return a < b ? -1 : a > b;
}

/* Compares one level of two element lists; primary skips elements ignorable there. */
static int compare_level(const struct ce *a, long na, const struct ce *b, long nb, int level)
{
    long i = 0, j = 0;
    for (;;) {
        if (level == 1) {
            while (i < na && a[i].primary == 0)
                i++;
            while (j < nb && b[j].primary == 0)
                j++;
        }
        if (i == na || j == nb)
            return (i < na) - (j < nb);
        uint32_t x = level == 1 ? a[i].primary : level == 2 ? a[i].secondary : a[i].tertiary;
        uint32_t y = level == 1 ? b[j].primary : level == 2 ? b[j].secondary : b[j].tertiary;
        int c = cmp_u32(x, y);
        if (c)
            return c;
        i++;
        j++;
    }
}

int text_collate(const char *a, const char *b)
{
    struct ce *ca = NULL, *cb = NULL;
    long na = collation_elements(a, &ca), nb = collation_elements(b, &cb);
    int c = 0;
    if (na >= 0 && nb >= 0)
        for (int level = 1; level <= 3 && c == 0; level++)
            c = compare_level(ca, na, cb, nb, level);
    free(ca);
    free(cb);
    if (c == 0) /* equal to the eye (or not UTF-8): bytes decide, so the order is total */
        c = strcmp(a, b);
    return c < 0 ? -1 : c > 0;
}
