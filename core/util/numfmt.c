/* numfmt.c — rounding and printing of points (see numfmt.h).
 * Rounding is done on decimal digits, not on the binary double: x is first written with
 * 15 significant digits (what Excel and the user see, so 2.675 is "2.67500000000000"),
 * then that digit string is rounded half away from zero.  num_round and num_format do not
 * depend on the locale's decimal point; num_json assumes the C numeric locale (paridx
 * never changes LC_NUMERIC), as Lua's own number printing does.  The digits of a value with
 * a few decimals are found without printf (short_decimal), the same digits printf gives.
 * Uses: libc, libm. */
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIG_DIGITS 15

/* |x| as 0.D × 10^point, where D holds SIG_DIGITS digits, rounded to `decimals` places
 * after the decimal point.  After the call D has ndigits significant digits (trailing
 * ones beyond the rounding position dropped). */
struct decimal {
    char digits[SIG_DIGITS + 2]; /* one spare for a carry into a new leading digit */
    int ndigits;
    int point;
    int negative;
};

/* The places after the decimal point the short path tries (0.5, 0.85, 87.8, 0.725 …). */
#define SHORT_PLACES 8

/* The short path of decimal_of, for the values paridx formats most (points, ratios, shares
 * typed with a few decimals): when ax is the double nearest to m / 10^k for a whole m below
 * 10^15, its SIG_DIGITS digits are m's (a decimal of at most 15 significant digits survives the
 * trip through a double: DBL_DIG), so printf's "%.14e" would give them too.  1 when it wrote
 * d's digits and point, 0 when ax needs printf. */
static int short_decimal(double ax, struct decimal *d)
{
    double p = 1;
    for (int k = 0; k <= SHORT_PLACES; k++, p *= 10) {
        double m = nearbyint(ax * p);
        if (m <= 0 || m >= 1e15 || m / p != ax)
            continue;
        char whole[SIG_DIGITS + 1];
        int n = 0;
        for (long long v = (long long)m; v > 0; v /= 10)
            whole[n++] = (char)('0' + v % 10);
        for (int i = 0; i < SIG_DIGITS; i++)
            d->digits[i] = i < n ? whole[n - 1 - i] : '0';
        d->ndigits = SIG_DIGITS;
        d->point = n - k;
        return 1;
    }
    return 0;
}

static void decimal_of(double x, int decimals, struct decimal *d)
{
    d->negative = signbit(x) != 0;
    if (!short_decimal(fabs(x), d)) {
        char sci[40];
        snprintf(sci, sizeof sci, "%.*e", SIG_DIGITS - 1, fabs(x));
        d->ndigits = 0;
        const char *p = sci;
        for (; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9')
                d->digits[d->ndigits++] = *p;
        d->point = atoi(p + 1) + 1;
    }

    int keep = d->point + decimals; /* digits that survive the rounding */
    if (keep >= d->ndigits)
        return;
    int round_up = keep >= 0 && d->digits[keep] >= '5';
    if (keep <= 0) { /* everything is below the last kept place: 0 or one unit of it */
        d->ndigits = round_up ? 1 : 0;
        d->digits[0] = '1';
        d->point = -decimals + 1;
        return;
    }
    d->ndigits = keep;
    int i = keep - 1;
    while (round_up && i >= 0) {
        if (d->digits[i] == '9') {
            d->digits[i--] = '0';
        } else {
            d->digits[i]++;
            round_up = 0;
        }
    }
    if (round_up) { /* 9.99 → 10.0: a new leading digit */
        memmove(d->digits + 1, d->digits, (size_t)d->ndigits);
        d->digits[0] = '1';
        d->ndigits++;
        d->point++;
    }
}

static int decimal_is_zero(const struct decimal *d)
{
    for (int i = 0; i < d->ndigits; i++)
        if (d->digits[i] != '0')
            return 0;
    return 1;
}

/* The digit at position i of 0.D (0 outside the stored digits). */
static char decimal_digit(const struct decimal *d, int i)
{
    return i >= 0 && i < d->ndigits ? d->digits[i] : '0';
}

double num_round(double x, int decimals)
{
    if (!isfinite(x))
        return x;
    if (decimals < 0)
        decimals = 0;
    struct decimal d;
    decimal_of(x, decimals, &d);
    if (decimal_is_zero(&d))
        return 0.0;
    /* "D e (point - ndigits)" reads back without any decimal point, whatever the locale. */
    char text[64];
    snprintf(text, sizeof text, "%s%.*se%d", d.negative ? "-" : "", d.ndigits, d.digits,
             d.point - d.ndigits);
    return strtod(text, NULL);
}

/* Appends c to buf[0..n) at *len, always leaving buf NUL-terminated. */
static void put(char *buf, size_t n, size_t *len, char c)
{
    if (*len + 1 < n) {
        buf[(*len)++] = c;
        buf[*len] = '\0';
    }
}

void num_format(double x, int decimals, char *buf, size_t n)
{
    if (n == 0)
        return;
    buf[0] = '\0';
    if (!isfinite(x)) {
        snprintf(buf, n, "%s", isnan(x) ? "nan" : x < 0 ? "-inf" : "inf");
        return;
    }
    if (decimals < 0)
        decimals = 0;
    struct decimal d;
    decimal_of(x, decimals, &d);
    size_t len = 0;
    if (d.negative && !decimal_is_zero(&d))
        put(buf, n, &len, '-');
    if (d.point <= 0)
        put(buf, n, &len, '0');
    for (int i = 0; i < d.point; i++)
        put(buf, n, &len, decimal_digit(&d, i));
    if (decimals > 0)
        put(buf, n, &len, '.');
    for (int i = 0; i < decimals; i++)
        put(buf, n, &len, decimal_digit(&d, d.point + i));
}

void num_format_comma(double x, int decimals, char *buf, size_t n)
{
    num_format(x, decimals, buf, n);
    char *point = strchr(buf, '.');
    if (point)
        *point = ',';
}

void num_format_vn(double x, int decimals, char *buf, size_t n)
{
    num_format_comma(x, decimals, buf, n); /* never "-0,00", so never "-0" below */
    char *comma = strchr(buf, ',');
    if (!comma)
        return;
    char *end = comma + strlen(comma);
    while (end > comma + 1 && end[-1] == '0')
        *--end = '\0';
    if (end == comma + 1)
        *comma = '\0'; /* 12,00 → 12 */
}

void num_json(double x, char *buf, size_t n)
{
    if (!isfinite(x)) { /* JSON has no NaN or infinity */
        snprintf(buf, n, "null");
        return;
    }
    char text[40];
    for (int precision = 15; precision <= 17; precision++) {
        snprintf(text, sizeof text, "%.*g", precision, x);
        if (strtod(text, NULL) == x)
            break;
    }
    snprintf(buf, n, "%s", text);
}
