/* store_run_json.c — a stored unit's nodes as the JSON array of its score_unit row (see
 * store_run_json.h; db/010_score_per_unit.sql and db/012_compact_score.sql say the
 * encoding): a node that is applicable and has the run's default maximum and explanation is
 * its bare count of pico-points, any other an array of its own.  A number is written as its
 * count of pico-points when that count divided by 1e12 gives the same double back (every
 * point and maximum results.c computes), else as the integers m and e of its value m × 2^e:
 * both read back bit for bit.
 * Provides store_run_json().  Uses: libm, store_run_json.h, json_out.h (json_put_string). */
#include "store_run_json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"

#define PICO_PER_POINT 1e12 /* the view divides a whole count of pico-points by it */
#define PICO_LIMIT 9000.0   /* points: 9 × 10^15 pico-points, below 2^53, a double holds it */

/* A point or maximum as stored: a whole count of pico-points (digits × 10^zeros), or, off
 * that grid, digits × 2^exponent with odd digits (see db/010). */
struct stored_number {
    int on_grid;
    long long digits;
    int exponent;
};

/* Encodes x; 0, or -1 when x is not finite. */
static int encode(double x, struct stored_number *n)
{
    if (!isfinite(x))
        return -1;
    long long pico = fabs(x) <= PICO_LIMIT ? llround(x * PICO_PER_POINT) : 0;
    if ((n->on_grid = (double)pico / PICO_PER_POINT == x)) { /* the view's division gives x */
        /* its trailing zeros (at most 15: the count is below 10^16) as 8, 4, 2 and 1 */
        static const long long power[] = {100000000, 10000, 100, 10};
        n->exponent = 0;
        for (int k = 0; pico && k < 4; k++)
            if (pico % power[k] == 0) {
                pico /= power[k];
                n->exponent += 8 >> k;
            }
        n->digits = pico;
        return 0;
    }
    double fraction = frexp(x, &n->exponent); /* x = fraction × 2^exponent, ½ ≤ |fraction| < 1 */
    n->digits = (long long)ldexp(fraction, 53);
    for (n->exponent -= 53; n->digits % 2 == 0; n->digits /= 2) /* x is not 0: digits are not */
        n->exponent++;
    return 0;
}

/* Writes v in decimal at p (printf's %lld, without its cost at 200 numbers a unit), its
 * digits counted first and written in place; returns the end. */
static char *put_integer(char *p, long long v)
{
    unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
    if (v < 0)
        *p++ = '-';
    size_t n = 1;
    for (unsigned long long ten = 10; n < 20 && u >= ten; ten *= 10)
        n++;
    char *end = p + n;
    do
        *--end = (char)('0' + u % 10);
    while (u /= 10);
    return p + n;
}

/* Slot 0 or 1 of a node's array at p: the count of pico-points (3675e9 is 3.675), or null;
 * returns the end. */
static char *put_pico(char *p, const struct stored_number *n)
{
    if (!n->on_grid) {
        memcpy(p, "null", 4);
        return p + 4;
    }
    p = put_integer(p, n->digits);
    if (n->exponent) {
        *p++ = 'e';
        p = put_integer(p, n->exponent);
    }
    return p;
}

/* Slots 4–5 or 6–7 at p: digits and exponent of a number off the grid, or null, null;
 * returns the end. */
static char *put_binary(char *p, const struct stored_number *n)
{
    if (n->on_grid) {
        memcpy(p, "null,null", 9);
        return p + 9;
    }
    p = put_integer(p, n->digits);
    *p++ = ',';
    return put_integer(p, n->exponent);
}

/* The most bytes put_node() writes for v: two counts of pico-points (at most 24 bytes each),
 * two pairs of digits and exponent (at most 26), the flag and the punctuation, under 160 in
 * all, and the explanation. */
static size_t node_room(const struct score_entry *v)
{
    return 160 + JSON_STRING_MAX(v->explanation ? strlen(v->explanation) : 0);
}

/* Whether node v is written bare: applicable, its points on the grid, and its maximum and
 * explanation d's (when d is not set yet, v's become d).  d NULL: the run has no defaults. */
static int is_bare(const struct score_entry *v, const struct stored_number *points,
                   const struct node_default *d)
{
    if (!d || !v->applicable || !points->on_grid)
        return 0;
    if (!d->set)
        return 1;
    if (v->max != d->max) /* −0 is 0 here, as the view gives both */
        return 0;
    return v->explanation && d->explanation ? strcmp(v->explanation, d->explanation) == 0
                                            : v->explanation == d->explanation;
}

/* Writes node v at p: its bare count of pico-points (see is_bare), or its array [points,
 * max, applicable, explanation, points' digits and exponent, max's] without the slots that
 * would all be null at its end; returns the end, or NULL when a number is not finite. */
static char *put_node(char *p, const struct score_entry *v, const struct node_default *d)
{
    struct stored_number points, max;
    if (encode(v->points, &points) != 0 || !isfinite(v->max))
        return NULL;
    if (is_bare(v, &points, d))
        return put_pico(p, &points);
    encode(v->max, &max); /* finite */
    *p++ = '[';
    p = put_pico(p, &points);
    *p++ = ',';
    p = put_pico(p, &max);
    memcpy(p, v->applicable ? ",1" : ",0", 2);
    p += 2;
    int binary = !points.on_grid || !max.on_grid;
    if (v->explanation || binary) {
        *p++ = ',';
        p = json_put_string(p, v->explanation);
    }
    if (binary) {
        *p++ = ',';
        p = put_binary(p, &points);
        *p++ = ',';
        p = put_binary(p, &max);
    }
    *p++ = ']';
    return p;
}

char *store_run_json(const struct score_entry *v, size_t n, const struct node_default *d,
                     size_t *len, int *finite)
{
    size_t room = 2;
    for (size_t i = 0; i < n; i++)
        room += node_room(&v[i]) + 1;
    char *json = malloc(room), *p = json;
    *finite = 1;
    if (!json)
        return NULL;
    *p++ = '[';
    for (size_t i = 0; i < n && *finite; i++) {
        if (i)
            *p++ = ',';
        *finite = (p = put_node(p, &v[i], d ? &d[i] : NULL)) != NULL;
    }
    if (!*finite) {
        free(json);
        return NULL;
    }
    *p++ = ']';
    *len = (size_t)(p - json);
    return json;
}
