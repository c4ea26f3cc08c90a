/* encoding.c — legacy Vietnamese encodings to UTF-8, and guessing them (see encoding.h).
 * Windows-1258 goes through glibc's iconv, which writes tone marks either composed or as
 * combining marks (the CSV reader normalises every field to NFC); TCVN3 through the table in
 * tcvn3.c.  Both are one byte per character, so a byte's line and column in the file are
 * counted here for messages.  Uses: iconv.h, tcvn3.h, vec.h, diag.h, i18n.h (messages). */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tcvn3.h"
#include "vec.h"
#include "i18n.h"

static const struct {
    const char *name, *title, *iconv_name;
} ENCODINGS[] = {
    [ENC_UTF8] = {"utf-8", "UTF-8", NULL},
    [ENC_CP1258] = {"cp1258", "Windows-1258", "CP1258"},
    [ENC_TCVN3] = {"tcvn3", "TCVN3", NULL},
};
#define NENCODINGS (sizeof ENCODINGS / sizeof ENCODINGS[0])

int encoding_from_name(const char *name, enum text_encoding *out)
{
    for (size_t i = 0; i < NENCODINGS; i++)
        if (strcmp(name, ENCODINGS[i].name) == 0) {
            *out = (enum text_encoding)i;
            return 0;
        }
    return -1;
}

const char *encoding_name(enum text_encoding enc)
{
    return ENCODINGS[enc].name;
}

const char *encoding_title(enum text_encoding enc)
{
    return ENCODINGS[enc].title;
}

/* ---- guessing -------------------------------------------------------------------- */

/* The five bytes Windows-1258 gives to combining tone marks: huyền, hỏi, ngã, sắc, nặng. */
static int is_cp1258_tone(unsigned char b)
{
    return b == 0xCC || b == 0xD2 || b == 0xDE || b == 0xEC || b == 0xF2;
}

/* The bytes Windows-1258 leaves undefined. */
static int is_cp1258(unsigned char b)
{
    static const unsigned char UNDEFINED[] = {0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E};
    return memchr(UNDEFINED, b, sizeof UNDEFINED) == NULL;
}

static int is_letter_byte(unsigned char b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0xC0;
}

enum text_encoding encoding_guess(const unsigned char *s, size_t n)
{
    size_t high = 0, symbols = 0, tones = 0;
    int tcvn3 = 1, cp1258 = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = s[i];
        if (b < 0x80)
            continue;
        high++;
        symbols += b >= 0xA1 && b <= 0xBF;
        tcvn3 = tcvn3 && tcvn3_to_unicode(b) != 0;
        cp1258 = cp1258 && is_cp1258(b);
        tones += is_cp1258_tone(b) && i > 0 && is_letter_byte(s[i - 1]);
    }
    if (high == 0)
        return ENC_UTF8;
    if (tcvn3 && symbols * 5 >= high)
        return ENC_TCVN3;
    if (cp1258 && symbols * 10 < high && tones > 0)
        return ENC_CP1258;
    return ENC_UTF8;
}

/* ---- converting ------------------------------------------------------------------ */

struct decoder {
    enum text_encoding enc;
    iconv_t cd; /* Windows-1258 only */
    const char *path;
    size_t line, column; /* of the next byte of the file */
};

struct decoder *decoder_open(enum text_encoding enc, const char *path, struct px_err *e)
{
    struct decoder *d = calloc(1, sizeof *d);
    if (!d) {
        px_err_at(e, PX_SYSTEM, path, 0, 0, _("out of memory"));
        return NULL;
    }
    *d = (struct decoder){enc, (iconv_t)-1, path, 1, 1};
    if (ENCODINGS[enc].iconv_name) {
        d->cd = iconv_open("UTF-8", ENCODINGS[enc].iconv_name);
        if (d->cd == (iconv_t)-1) {
            px_err_at(e, PX_SYSTEM, path, 0, 0,
                      _("cannot convert from %s: %s (are glibc's gconv modules installed?)"),
                      ENCODINGS[enc].title, strerror(errno));
            free(d);
            return NULL;
        }
    }
    return d;
}

void decoder_close(struct decoder *d)
{
    if (!d)
        return;
    if (d->cd != (iconv_t)-1)
        iconv_close(d->cd);
    free(d);
}

/* Counts the bytes in[0..n), already converted, into the line and column. */
static void advance(struct decoder *d, const char *in, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (in[i] == '\n') {
            d->line++;
            d->column = 1;
        } else {
            d->column++;
        }
    }
}

static int bad_byte(const struct decoder *d, unsigned char b, struct px_err *e)
{
    const char *title = ENCODINGS[d->enc].title;
    px_err_at(e, PX_DATA, d->path, (int)d->line, (int)d->column,
              _("expected %s text (--encoding %s), found byte 0x%02X, which is not a %s character"),
              title,
               ENCODINGS[d->enc].name, b, title);
    return -1;
}

static int out_of_memory(const struct decoder *d, struct px_err *e)
{
    px_err_at(e, PX_SYSTEM, d->path, 0, 0, _("out of memory converting from %s"),
               ENCODINGS[d->enc].title);
    return -1;
}

/* Appends code point c (at most U+FFFF, as every TCVN3 character is) as UTF-8; room is there. */
static size_t put_utf8(char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

static int feed_tcvn3(struct decoder *d, const char *in, size_t n, char **out, size_t *len,
                      size_t *cap, struct px_err *e)
{
    if (n > (SIZE_MAX - *len) / 3 || vec_reserve(*out, *cap, *len + 3 * n))
        return out_of_memory(d, e);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = tcvn3_to_unicode((unsigned char)in[i]);
        if (!c)
            return bad_byte(d, (unsigned char)in[i], e);
        *len += put_utf8(*out + *len, c);
        advance(d, in + i, 1);
    }
    return 0;
}

/* Windows-1258 through iconv: every byte becomes at most 3 bytes of UTF-8 (the converter may
 * hold one character back to compose it with a tone mark that follows; `last` flushes it). */
static int feed_iconv(struct decoder *d, const char *in, size_t n, int last, char **out,
                      size_t *len, size_t *cap, struct px_err *e)
{
    char *src = (char *)in;
    size_t left = n;
    for (;;) {
        int flushing = left == 0;
        if (flushing && !last)
            return 0;
        if (left > (SIZE_MAX - *len - 16) / 3 || vec_reserve(*out, *cap, *len + 3 * left + 16))
            return out_of_memory(d, e);
        char *dst = *out + *len, *from = src;
        size_t room = *cap - *len;
        size_t rc = flushing ? iconv(d->cd, NULL, NULL, &dst, &room)
                             : iconv(d->cd, &src, &left, &dst, &room);
        int err = errno;
        advance(d, from, (size_t)(src - from));
        *len = (size_t)(dst - *out);
        if (rc == (size_t)-1 && err != E2BIG) {
            if (flushing) {
                px_err_at(e, PX_DATA, d->path, (int)d->line, (int)d->column,
                          _("expected %s text, found the end of the file inside a character"),
                           ENCODINGS[d->enc].title);
                return -1;
            }
            return bad_byte(d, (unsigned char)*src, e); /* EILSEQ or EINVAL */
        }
        if (rc != (size_t)-1 && flushing)
            return 0;
    }
}

int decoder_feed(struct decoder *d, const char *in, size_t n, int last, char **out,
                 size_t *len, size_t *cap, struct px_err *e)
{
    if (d->cd != (iconv_t)-1)
        return feed_iconv(d, in, n, last, out, len, cap, e);
    return feed_tcvn3(d, in, n, out, len, cap, e);
}
