/* re.c — compiling and matching PCRE2 patterns with limits, and the shapes of typed input
 * (see re.h).  Uses: libpcre2-8, diag.h, i18n.h (messages). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "re.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

/* Enough for any sane pattern over a typed value or a line of a file; a catastrophic one
 * ("(a+)+$" on a long non-match) stops here in well under a second. */
#define RE_MATCH_LIMIT 1000000u
#define RE_DEPTH_LIMIT 10000u
#define RE_HEAP_LIMIT 20000u /* KiB of backtracking memory one match may take */

struct re {
    pcre2_code *code;
    pcre2_match_context *limits;
    int groups;
};

struct re *re_compile(const char *pattern, struct px_err *e)
{
    int errcode;
    PCRE2_SIZE erroffset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &errcode,
                                     &erroffset, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        px_err_set(e, PX_USAGE, _("bad pattern at offset %zu: %s"), (size_t)erroffset,
                   (const char *)msg);
        return NULL;
    }
    struct re *r = malloc(sizeof *r);
    pcre2_match_context *limits = pcre2_match_context_create(NULL);
    if (!r || !limits) {
        free(r);
        pcre2_match_context_free(limits);
        pcre2_code_free(code);
        px_err_set(e, PX_SYSTEM, _("out of memory compiling a pattern"));
        return NULL;
    }
    pcre2_set_match_limit(limits, RE_MATCH_LIMIT);
    pcre2_set_depth_limit(limits, RE_DEPTH_LIMIT);
    pcre2_set_heap_limit(limits, RE_HEAP_LIMIT);
    uint32_t groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    *r = (struct re){code, limits, (int)groups};
    return r;
}

void re_free(struct re *r)
{
    if (!r)
        return;
    pcre2_match_context_free(r->limits);
    pcre2_code_free(r->code);
    free(r);
}

int re_groups(const struct re *r)
{
    return r->groups;
}

/* Turns a negative pcre2_match() result into a message in e; returns -1. */
static int match_failed(int rc, pcre2_match_data *md, struct px_err *e)
{
    if (rc == PCRE2_ERROR_MATCHLIMIT) {
        px_err_set(e, PX_LIMIT, _("the pattern took too long (match limit)"));
    } else if (rc == PCRE2_ERROR_HEAPLIMIT) {
        px_err_set(e, PX_LIMIT, _("the pattern took too much memory (heap limit)"));
    } else if (rc == PCRE2_ERROR_DEPTHLIMIT) {
        px_err_set(e, PX_LIMIT, _("the pattern took too long (depth limit)"));
    } else {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof msg);
        if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21)
            px_err_set(e, PX_DATA, _("the text is not valid UTF-8 at byte %zu (%s)"),
                       (size_t)pcre2_get_startchar(md), (const char *)msg);
        else
            px_err_set(e, PX_DATA, _("cannot match the pattern: %s"), (const char *)msg);
    }
    return -1;
}

/* pcre2_match() with the limits; options add anchoring.  Copies up to ovec_pairs pairs. */
static int match(const struct re *r, const char *s, size_t len, size_t start, uint32_t options,
                 size_t *ovec, int ovec_pairs, struct px_err *e)
{
    pcre2_match_data *md =
        pcre2_match_data_create(ovec_pairs > 0 ? (uint32_t)ovec_pairs : 1, NULL);
    if (!md) {
        px_err_set(e, PX_SYSTEM, _("out of memory matching a pattern"));
        return -1;
    }
    int rc = pcre2_match(r->code, (PCRE2_SPTR)s, len, start, options, md, r->limits);
    if (rc == PCRE2_ERROR_NOMATCH) {
        rc = 0;
    } else if (rc < 0) {
        rc = match_failed(rc, md, e);
    } else {
        if (rc == 0) /* more groups than ovec holds: all of ovec is set */
            rc = ovec_pairs;
        const PCRE2_SIZE *v = pcre2_get_ovector_pointer(md);
        for (int i = 0; i < 2 * ovec_pairs; i++)
            ovec[i] = i < 2 * rc ? (size_t)v[i] : (size_t)-1;
        if (rc == 0) /* matched, with no room to say where */
            rc = 1;
    }
    pcre2_match_data_free(md);
    return rc;
}

int re_find(const struct re *r, const char *s, size_t len, size_t start, size_t *ovec,
            int ovec_pairs, struct px_err *e)
{
    return match(r, s, len, start, 0, ovec, ovec_pairs, e);
}

int re_full(const struct re *r, const char *s, struct px_err *e)
{
    int rc = match(r, s, strlen(s), 0, PCRE2_ANCHORED | PCRE2_ENDANCHORED, NULL, 0, e);
    return rc > 0 ? 1 : rc;
}

/* ---- shapes of typed input ------------------------------------------------------- */

/* \A…\z rather than ^…$ so that a trailing newline is never accepted. */
static const struct {
    const char *pattern, *name;
} SHAPES[SHAPE_COUNT_] = {
    [SHAPE_UNIT_CODE] = {"\\A[A-Za-z0-9][A-Za-z0-9_.-]{0,31}\\z", N_("a unit code such as LCH")},
    [SHAPE_FACT_NAME] = {"\\A[a-z][a-z0-9_]{0,63}\\z",
                         N_("a fact name such as plan_issued (a-z, 0-9, _)")},
    [SHAPE_KIND] = {"\\A[a-z][a-z0-9_]{0,63}\\z", N_("a unit kind such as province (a-z, 0-9, _)")},
    [SHAPE_NODE_CODE] = {"\\A[1-9][0-9]?(?:\\.[1-9][0-9]?){0,2}\\z",
                         N_("a criterion code such as 2.1.3")},
    [SHAPE_NUMBER] = {"\\A-?[0-9]+(?:[.,][0-9]+)?\\z", N_("a number such as 12 or 0,85")},
    /* xgettext:no-c-format */
    [SHAPE_PERCENT] = {"\\A-?[0-9]+(?:[.,][0-9]+)? ?%\\z", N_("a percentage such as 85% or 85,5 %")},
    /* groups: 1 day, 2 separator, 3 month, 4 year  |  5 year, 6 month, 7 day */
    [SHAPE_DATE] = {"\\A(?:([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4})"
                    "|([0-9]{4})-([0-9]{2})-([0-9]{2}))\\z",
                    N_("a date such as 25/12/2019")},
    [SHAPE_SCIENTIFIC] = {"\\A[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]{1,3}\\z",
                          N_("Excel's scientific notation such as 1.23457E+11")},
    /* groups: 1 number (12, 12a), 2 year, 3 type (KH) or issuer (BNV), 4 the rest: the issuer
     * and its divisions (UBND, CCHC, UBND-VX).  Letters by Unicode property, digits [0-9]. */
    [SHAPE_DOC_NUMBER] = {"\\A([0-9]{1,6}[a-z]?)/(?:([0-9]{4})/)?(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4})"
                          "-(\\p{Lu}[\\p{Lu}0-9]*(?:-\\p{Lu}[\\p{Lu}0-9]*){0,3})\\z",
                          N_("a document number such as 2756/KH-UBND, 30/2018/QĐ-UBND or "
                             "383/BNV-CCHC")},
    /* mobile: 0 and 9 digits from 3, 5, 7, 8, 9; landline: 0, area code 2xx, 7 or 8 digits */
    [SHAPE_PHONE] = {"\\A0(?:[35789][0-9]{8}|2[0-9]{9})\\z",
                     N_("a Vietnamese phone number such as 0912 345 678 or 0213 3876 543")},
    [SHAPE_EMAIL] = {"\\A[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+\\z",
                     N_("an e-mail address such as snv@laichau.gov.vn")},
};

static struct re *compiled[SHAPE_COUNT_];

const struct re *re_shape_regex(enum re_shape shape)
{
    if (!compiled[shape]) {
        struct px_err e;
        compiled[shape] = re_compile(SHAPES[shape].pattern, &e);
        if (!compiled[shape]) { /* the table above is wrong: a bug, not a user error */
            px_report(&e);
            abort();
        }
        /* Interpreted, not JIT-compiled: PCRE2's machine code reads a few bytes past the
         * subject, which valgrind reports as uninitialised (Debian's PCRE2 is not built to
         * tell it), for 3 % of an import. */
    }
    return compiled[shape];
}

int re_shape(enum re_shape shape, const char *s)
{
    struct px_err e;
    /* No anchoring options: \A…\z anchor every shape itself. */
    return match(re_shape_regex(shape), s, strlen(s), 0, 0, NULL, 0, &e) > 0;
}

const char *re_shape_name(enum re_shape shape)
{
    return gettext(SHAPES[shape].name);
}

void re_shapes_free(void)
{
    for (int i = 0; i < SHAPE_COUNT_; i++) {
        re_free(compiled[i]);
        compiled[i] = NULL;
    }
}
