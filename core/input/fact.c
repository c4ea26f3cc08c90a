/* fact.c — typed fact values as administrators type them in Excel (see fact.h): numbers with
 * a decimal comma or point, percentages, yes/no words in Vietnamese or English, dates, "not
 * applicable" and free text; a value that looks like a number or date but is not one is an
 * error, never silently text.
 * Look-alike characters (２, 85 % with a no-break space) and Excel's scientific notation are
 * refused with what to type instead.
 * Uses: re.h (shapes), calendar.h (date_parse), lookalike.h, text.h (text_nfc, text_fold),
 * i18n.h (messages). */
#include "fact.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "lookalike.h"
#include "re.h"
#include "text.h"
#include "i18n.h"

/* The words, folded as text_fold() leaves them (lower case, no marks, đ → d), so that "Có",
 * "CÓ" and "co" typed without a Vietnamese keyboard all read the same; and as they are
 * usually typed (NFC, lower case), which is looked for first, without folding. */
static const struct {
    const char *folded, *typed;
    enum fact_type type;
    double num;
} WORDS[] = {
    {"co", "có", FACT_BOOL, 1},
    {"x", "x", FACT_BOOL, 1},        /* a tick in a checklist column */
    {"yes", "yes", FACT_BOOL, 1},
    {"true", "true", FACT_BOOL, 1},
    {"dat", "đạt", FACT_BOOL, 1},
    {"khong", "không", FACT_BOOL, 0},
    {"no", "no", FACT_BOOL, 0},
    {"false", "false", FACT_BOOL, 0},
    {"khong dat", "không đạt", FACT_BOOL, 0},
    {"khong ap dung", "không áp dụng", FACT_NA, 0},
    {"kad", "kad", FACT_NA, 0},
    {"n/a", "n/a", FACT_NA, 0},
};
#define WORD_BYTES_MAX 40 /* longer input is never a word (the longest, không áp dụng, is 17) */

static const char *const TYPE_NAMES[] = {"number", "bool", "date", "text", "na"};

const char *fact_type_name(enum fact_type t)
{
    return TYPE_NAMES[t];
}

int fact_type_from_name(const char *name, enum fact_type *out)
{
    for (size_t i = 0; i < sizeof TYPE_NAMES / sizeof TYPE_NAMES[0]; i++)
        if (strcmp(name, TYPE_NAMES[i]) == 0) {
            *out = (enum fact_type)i;
            return 0;
        }
    return -1;
}

/* Looks s up in WORDS as typed, else folded with runs of spaces squeezed; 1 when found. */
static int match_word(const char *s, struct fact_value *out)
{
    if (strlen(s) > WORD_BYTES_MAX)
        return 0;
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        if (strcmp(s, WORDS[i].typed) == 0) {
            out->type = WORDS[i].type;
            out->num = WORDS[i].num;
            return 1;
        }
    char *folded = text_fold(s);
    if (!folded)
        return 0;
    char *w = folded;
    for (const char *c = folded; *c; c++)
        if (*c != ' ' || (w > folded && w[-1] != ' '))
            *w++ = *c;
    *w = '\0';
    int found = 0;
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0] && !found; i++)
        if (strcmp(folded, WORDS[i].folded) == 0) {
            out->type = WORDS[i].type;
            out->num = WORDS[i].num;
            found = 1;
        }
    free(folded);
    return found;
}

static int only_chars(const char *s, const char *allowed)
{
    return s[strspn(s, allowed)] == '\0';
}

/* Digits and date separators with a '/' (12/2019) or two '-' or '.' (1.2.3): meant as a date. */
static int looks_like_date(const char *s)
{
    if (!only_chars(s, "0123456789/-.") || !strpbrk(s, "0123456789") || s[0] == '-')
        return 0;
    size_t dashes = 0, dots = 0;
    for (const char *c = s; *c; c++) {
        dashes += *c == '-';
        dots += *c == '.';
    }
    return strchr(s, '/') || dashes >= 2 || dots >= 2;
}

/* Digits with signs, separators, spaces or '%': meant as a number. */
static int looks_like_number(const char *s)
{
    return only_chars(s, "0123456789+-.,% ") && strpbrk(s, "0123456789");
}

/* Reads a number of SHAPE_NUMBER or SHAPE_PERCENT into *x: spaces and '%' dropped, ',' read
 * as '.' (in a buffer on the stack when it fits, as every value typed by hand does).  -1 when
 * it does not fit in a double or memory ran out. */
static int number_of(const char *s, double *x)
{
    char small[64];
    size_t len = strlen(s);
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (!buf)
        return -1;
    size_t n = 0;
    for (const char *c = s; *c; c++)
        if (*c != ' ' && *c != '%')
            buf[n++] = *c == ',' ? '.' : *c;
    buf[n] = '\0';
    *x = strtod(buf, NULL);
    if (buf != small)
        free(buf);
    return isfinite(*x) ? 0 : -1;
}

/* The value of s, a plain number of SHAPE_NUMBER or SHAPE_PERCENT (plain_number() says so), as
 * strtod() reads it, when it has at most 15 digits: their integer, below 2^53, divided by a
 * power of ten that a double holds exactly, which IEEE division rounds once as strtod rounds
 * the decimal value.  0, or -1 for more digits (number_of() reads those). */
static int plain_value(const char *s, double *x)
{
    static const double POW10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t digits = 0;
    int count = 0, decimals = -1; /* -1 until the decimal separator */
    for (const char *c = s + (*s == '-');; c++) {
        if (*c >= '0' && *c <= '9') {
            if (++count > 15)
                return -1;
            digits = digits * 10 + (uint64_t)(*c - '0');
            decimals += decimals >= 0;
        } else if ((*c == '.' || *c == ',') && decimals < 0) {
            decimals = 0;
        } else {
            break; /* the end, or the percentage after the number */
        }
    }
    double v = (double)digits / POW10[decimals > 0 ? decimals : 0];
    *x = *s == '-' ? -v : v;
    return 0;
}

/* Skips the digits 0-9 at s; where they end. */
static const char *skip_digits(const char *s)
{
    while (*s >= '0' && *s <= '9')
        s++;
    return s;
}

/* Whether s is written in the very grammar of SHAPE_NUMBER or SHAPE_PERCENT (re.c), which
 * this reads without PCRE2 for the plain values of a facts file (12, 0,85, 85%, 85,5 %, -3):
 * 1 a number, 2 a percentage, 0 neither as far as this tells (the shapes then decide). */
static int plain_number(const char *s)
{
    const char *at = s + (*s == '-'), *end = skip_digits(at);
    if (end == at)
        return 0;
    if (*end == '.' || *end == ',') {
        at = end + 1;
        if ((end = skip_digits(at)) == at)
            return 0;
    }
    if (*end == '\0')
        return 1;
    end += *end == ' ';
    return end[0] == '%' && end[1] == '\0' ? 2 : 0;
}

static int number_error(const char *s, struct px_err *e)
{
    size_t separators = 0;
    for (const char *c = s; *c; c++)
        separators += *c == ',' || *c == '.';
    if (separators >= 2)
        px_err_set(e, PX_DATA,
                   _("expected a number with one decimal separator and no thousands separators "
                     "(such as 1234,5), found '%s'"), s);
    else
        px_err_set(e, PX_DATA, _("expected a number such as 12, 0,85 or 85%%, found '%s'"), s);
    return -1;
}

/* Refuses a value with look-alike characters (lookalike.h) that was meant as a number or date,
 * or has full-width digits: never read as text silently.  0 when s is free of them or is text. */
static int refuse_lookalikes(const char *s, struct px_err *e)
{
    struct lookalike l;
    int rc = lookalike_find(s, &l);
    if (rc <= 0) {
        if (rc < 0)
            px_err_set(e, PX_SYSTEM, _("out of memory"));
        return rc;
    }
    char said[600];
    lookalike_say(s, &l, said, sizeof said);
    int refused = 1;
    if (looks_like_date(l.meant))
        px_err_set(e, PX_DATA, _("expected a date dd/mm/yyyy, found '%.200s': %s"), s, said);
    else if (looks_like_number(l.meant))
        px_err_set(e, PX_DATA, _("expected a number such as 12, 0,85 or 85%%, found '%.200s': %s"),
                   s, said);
    else if (l.fullwidth_digit)
        px_err_set(e, PX_DATA, _("expected ordinary digits 0–9, found '%.200s': %s"), s, said);
    else
        refused = 0;
    free(l.meant);
    return refused ? -1 : 0;
}

/* "1.23457E+11": how Excel shows a number too long for its column; the digits are lost. */
static int refuse_scientific(const char *s, struct px_err *e)
{
    px_err_set(e, PX_DATA, _("expected a number such as 12, 0,85 or 85%%, found '%s', Excel's "
               "scientific notation of a long number, which keeps only its first digits; in "
               "Excel, format the column as Number with 0 decimal places (as Text for codes) and "
               "export again"), s);
    return -1;
}

static int parse_date(const char *s, struct fact_value *out, struct px_err *e)
{
    struct px_date d;
    if (date_parse(s, &d, e) < 0)
        return -1;
    out->type = FACT_DATE;
    date_iso(d, out->text);
    return 0;
}

/* Whether s has a letter (or a byte of a non-ASCII character), as every word of WORDS does:
 * a value of digits and signs alone ("74%", "02/01/2019") is read without folding it. */
static int has_letter(const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c >= 0x80 || ((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z'))
            return 1;
    return 0;
}

/* Classifies s (trimmed, NFC, not empty).  A shape is matched only when s has the character
 * it cannot do without (the e of 1E+11, the % of 85%). */
static int classify(const char *s, struct fact_value *out, struct px_err *e)
{
    int plain = plain_number(s); /* ASCII without letters: no word, look-alike nor date */
    if (!plain && has_letter(s) && match_word(s, out))
        return 0;
    if (!plain && refuse_lookalikes(s, e) != 0)
        return -1;
    if (!plain && strpbrk(s, "eE") && re_shape(SHAPE_SCIENTIFIC, s))
        return refuse_scientific(s, e);
    if (!plain && looks_like_date(s))
        return parse_date(s, out, e);
    int percent = plain ? plain == 2 : strchr(s, '%') && re_shape(SHAPE_PERCENT, s);
    if (plain || percent || re_shape(SHAPE_NUMBER, s)) {
        out->type = FACT_NUMBER;
        if ((!plain || plain_value(s, &out->num) != 0) && number_of(s, &out->num) < 0) {
            px_err_set(e, PX_DATA, _("expected a number a spreadsheet can hold, found '%.40s…'"),
                       s);
            return -1;
        }
        out->num /= percent ? 100 : 1;
        return 0;
    }
    if (looks_like_number(s))
        return number_error(s, e);
    size_t len = strlen(s);
    if (len >= sizeof out->text) {
        px_err_set(e, PX_DATA, _("expected a text of at most %zu bytes, found %zu bytes"),
                   sizeof out->text - 1, len);
        return -1;
    }
    out->type = FACT_TEXT;
    memcpy(out->text, s, len + 1);
    return 0;
}

int fact_parse(const char *raw, struct fact_value *out, struct px_err *e)
{
    memset(out, 0, sizeof *out);
    const char *start = raw;
    while (*start == ' ' || *start == '\t')
        start++;
    size_t len = strlen(start);
    while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == '\t'))
        len--;
    if (len == 0) {
        px_err_set(e, PX_DATA, _("expected a value, found nothing"));
        return -1;
    }
    size_t bad = 0, high = 0;
    for (size_t i = 0; i < len; i++)
        high |= (unsigned char)start[i] & 0x80;
    char small[256]; /* a short ASCII value, its own NFC, is read from here without malloc */
    char *nfc = NULL;
    if (high || len >= sizeof small) {
        if (!(nfc = text_nfc(start, len, &bad))) {
            px_err_set(e, PX_DATA, _("expected UTF-8 text, found byte 0x%02X"),
                       (unsigned char)start[bad]);
            return -1;
        }
    } else {
        memcpy(small, start, len);
        small[len] = '\0';
    }
    int rc = classify(nfc ? nfc : small, out, e);
    if (nfc)
        free(nfc);
    return rc;
}

void fact_copy(struct fact_value *to, const struct fact_value *from)
{
    memcpy(to, from, offsetof(struct fact_value, text) + strlen(from->text) + 1);
}

void fact_show(const struct fact_value *v, char *buf, size_t n)
{
    struct px_date d;
    char date[11];
    switch (v->type) {
    case FACT_NUMBER: /* as typed in Vietnam: decimal comma */
        snprintf(buf, n, "%.15g", v->num);
        for (char *p = buf; *p; p++)
            if (*p == '.')
                *p = ',';
        break;
    case FACT_BOOL:
        snprintf(buf, n, "%s", v->num != 0 ? "có" : "không");
        break;
    case FACT_DATE:
        if (date_parse(v->text, &d, NULL) == 0) {
            date_vn(d, date);
            snprintf(buf, n, "%s", date);
        } else {
            snprintf(buf, n, "%s", v->text);
        }
        break;
    case FACT_TEXT:
        snprintf(buf, n, "%s", v->text);
        break;
    case FACT_NA:
        snprintf(buf, n, "không áp dụng");
        break;
    }
}
