/* re.h — the one door to PCRE2: compile with a message that names the offset, match with
 * match and depth limits so that no pattern can run away.  Also the named validators for
 * what people type (codes, fact names, numbers, dates).
 * Provides struct re and re_*.  Uses: libpcre2-8. */
#ifndef PARIDX_RE_H
#define PARIDX_RE_H

#include <stddef.h>

#include "diag.h"

struct re;

/* Compiles a UTF-8 pattern (PCRE2_UTF | PCRE2_UCP).  On error returns NULL and sets e
 * (code PX_USAGE unless the caller changes it): "bad pattern at offset 3: missing )". */
struct re *re_compile(const char *pattern, struct px_err *e);
void re_free(struct re *r);

/* Number of capture groups in the pattern. */
int re_groups(const struct re *r);

/* Matches s[0..len) starting at byte `start`.  On a match returns the number of pairs set in
 * ovec (group 0 = whole match; unset groups are (size_t)-1), 0 when there is no match,
 * -1 when the match or depth limit was hit or the subject is bad (e set). ovec holds
 * 2 * ovec_pairs entries. */
int re_find(const struct re *r, const char *s, size_t len, size_t start, size_t *ovec,
            int ovec_pairs, struct px_err *e);

/* 1 when the whole of s matches r, 0 when not, -1 on limit (e set). */
int re_full(const struct re *r, const char *s, struct px_err *e);

/* Validators for typed input, compiled once. */
enum re_shape {
    SHAPE_UNIT_CODE,   /* LCH, STP, H-TDU: letters, digits, _ . - ; up to 32 */
    SHAPE_FACT_NAME,   /* plan_issued, survey_q1: lower-case ASCII, digits, _ */
    SHAPE_KIND,        /* province, department: like a fact name */
    SHAPE_NODE_CODE,   /* 1, 2.1, 2.1.3 */
    SHAPE_NUMBER,      /* -12, 0.85, 0,85 (decimal comma) */
    SHAPE_PERCENT,     /* 85%, 85,5 % */
    SHAPE_DATE,        /* 25/12/2019, 2019-12-25 ... (see calendar.h) */
    SHAPE_SCIENTIFIC,  /* 1.23457E+11: how Excel shows a number too long for its column */
    SHAPE_DOC_NUMBER,  /* 2756/KH-UBND, 30/2018/QĐ-UBND, 383/BNV-CCHC (see docnum.h) */
    SHAPE_PHONE,       /* a Vietnamese number without separators: 0912345678, 02133876543 */
    SHAPE_EMAIL,       /* snv@laichau.gov.vn */
    SHAPE_COUNT_
};
/* 1 when the whole of s has the shape, else 0. */
int re_shape(enum re_shape shape, const char *s);
/* The compiled validator itself (\A…\z anchored), for callers that need its groups:
 * SHAPE_DATE has 1 day, 2 separator, 3 month, 4 year | 5 year, 6 month, 7 day;
 * SHAPE_DOC_NUMBER 1 number, 2 year (may be unset), 3 type or issuer, 4 the rest. */
const struct re *re_shape_regex(enum re_shape shape);
/* What the shape means, for messages: "a unit code such as LCH". */
const char *re_shape_name(enum re_shape shape);
/* Releases the compiled validators (at exit, for valgrind). */
void re_shapes_free(void);

#endif
