/* calendar.c — parsing, checking, printing and comparing dates (see calendar.h); the stored
 * form yyyy-mm-dd, which every scale reads back, and dd/mm/yyyy as typed in a facts file are
 * taken apart by hand, anything else by regex (which refuses it or finds the same date).
 * Uses: re.h (SHAPE_DATE and its groups), diag.h, lookalike.h (hints for ２５/１２/２０１９),
 * i18n.h (messages). */
#include "calendar.h"

#include <stdio.h>
#include <string.h>

#include "lookalike.h"
#include "re.h"
#include "i18n.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2200

static const char *const MONTH_NAMES[12] = {
    N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
    N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December"),
};

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : DAYS[m - 1];
}

/* The number in group g of a SHAPE_DATE match (digits only, at most 4). */
static int group_int(const char *s, const size_t *ovec, int g)
{
    int v = 0;
    for (size_t i = ovec[2 * g]; i < ovec[2 * g + 1]; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* Why a well-shaped date does not exist, or NULL when it does. */
static const char *impossible(struct px_date d, char *buf, size_t n)
{
    if (d.y < YEAR_MIN || d.y > YEAR_MAX)
        snprintf(buf, n, _("year %d is outside %d–%d"), d.y, YEAR_MIN, YEAR_MAX);
    else if (d.m < 1 || d.m > 12)
        snprintf(buf, n, _("there is no month %d"), d.m);
    else if (d.d < 1)
        snprintf(buf, n, _("there is no day 0"));
    else if (d.d > days_in_month(d.y, d.m) && d.m == 2)
        snprintf(buf, n, _("February %d has %d days"), d.y, days_in_month(d.y, d.m));
    else if (d.d > days_in_month(d.y, d.m))
        snprintf(buf, n, _("%s has %d days"), _(MONTH_NAMES[d.m - 1]), days_in_month(d.y, d.m));
    else
        return NULL;
    return buf;
}

/* Takes d (read from s) into *out when it exists; -1 with e saying why not otherwise. */
static int date_check(struct px_date d, const char *s, struct px_date *out, struct px_err *e)
{
    char reason[96];
    if (impossible(d, reason, sizeof reason)) {
        if (e)
            px_err_set(e, PX_DATA, _("expected a date dd/mm/yyyy, found '%s' (%s)"), s, reason);
        return -1;
    }
    *out = d;
    return 0;
}

/* The digits s[0..n) as a number; -1 unless all n are ASCII digits. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* yyyy-mm-dd, the form paridx stores dates in and reads back for every scale: taken apart
 * by hand, as SHAPE_DATE's second alternative would, without running the regex.  1 when s is
 * in that form (*d set), 0 when not. */
static int iso_date(const char *s, struct px_date *d)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    int y = digits(s, 4), m = digits(s + 5, 2), day = digits(s + 8, 2);
    if (y < 0 || m < 0 || day < 0)
        return 0;
    *d = (struct px_date){y, m, day};
    return 1;
}

/* d/m/yyyy, dd.mm.yyyy, d-m-yyyy …: SHAPE_DATE's first alternative, as typed in a facts file,
 * taken apart by hand the same way (one or two digits, a separator / . or -, one or two
 * digits, the same separator, four digits, the end).  1 when s is in that form (*d set). */
static int vn_date(const char *s, struct px_date *d)
{
    int at = 0, parts[2];
    char sep = 0;
    for (int i = 0; i < 2; i++) {
        int n = s[at] >= '0' && s[at] <= '9' ? 1 + (s[at + 1] >= '0' && s[at + 1] <= '9') : 0;
        if (n == 0 || (s[at + n] != '/' && s[at + n] != '.' && s[at + n] != '-') ||
            (i == 1 && s[at + n] != sep))
            return 0;
        parts[i] = digits(s + at, n);
        sep = s[at + n];
        at += n + 1;
    }
    int y = digits(s + at, 4);
    if (y < 0 || strlen(s + at) != 4)
        return 0;
    *d = (struct px_date){y, parts[1], parts[0]};
    return 1;
}

int date_parse(const char *s, struct px_date *out, struct px_err *e)
{
    size_t ovec[16];
    struct px_err re_err;
    struct px_date hand;
    if (iso_date(s, &hand) || vn_date(s, &hand))
        return date_check(hand, s, out, e);
    int rc = re_find(re_shape_regex(SHAPE_DATE), s, strlen(s), 0, ovec, 8, &re_err);
    if (rc <= 0) {
        char hint[600]; /* "２５/１２/２０１９": which character, and what to type */
        if (e)
            px_err_set(e, PX_DATA, _("expected a date dd/mm/yyyy, found '%.200s'%s"), s,
                       lookalike_hint(s, hint, sizeof hint));
        return -1;
    }
    struct px_date d;
    if (ovec[2 * 1] != (size_t)-1)
        d = (struct px_date){group_int(s, ovec, 4), group_int(s, ovec, 3),
                             group_int(s, ovec, 1)};
    else
        d = (struct px_date){group_int(s, ovec, 5), group_int(s, ovec, 6),
                             group_int(s, ovec, 7)};
    return date_check(d, s, out, e);
}

/* Writes v as n digits at at, with zeros in front. */
static void put_digits(char *at, int v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        at[i] = (char)('0' + v % 10);
}

void date_iso(struct px_date d, char *buf)
{
    if (d.y < 0 || d.y > 9999 || d.m < 0 || d.m > 99 || d.d < 0 || d.d > 99) {
        snprintf(buf, 11, "%04d-%02d-%02d", d.y, d.m, d.d); /* never a checked date */
        return;
    }
    put_digits(buf, d.y, 4);
    buf[4] = '-';
    put_digits(buf + 5, d.m, 2);
    buf[7] = '-';
    put_digits(buf + 8, d.d, 2);
    buf[10] = '\0';
}

void date_vn(struct px_date d, char *buf)
{
    snprintf(buf, 11, "%02d/%02d/%04d", d.d, d.m, d.y);
}

int date_cmp(struct px_date a, struct px_date b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    return (a.d > b.d) - (a.d < b.d);
}

const char *date_vn_of(const char *at, char vn[11])
{
    struct px_date d;
    char iso[11];
    snprintf(iso, sizeof iso, "%.10s", at);
    if (date_parse(iso, &d, NULL) != 0)
        return at;
    date_vn(d, vn);
    return vn;
}
