/* store_run.c — a run stored (see store.h): its row and its nodes once, then one row per
 * scored unit holding every node's points, maximum, applicable flag and explanation as one
 * JSON array (db/010_score_per_unit.sql and db/012_compact_score.sql say the encoding; the
 * view `score` reads it back as one row per node).  A node whose maximum and explanation are
 * the run's defaults for it (those of the first unit where it is applicable, kept once in
 * run_node) and which is applicable is written as its bare count of pico-points; any other
 * as an array.  A number is written as its count of pico-points when that count divided by
 * 1e12 gives the same double back (every point and maximum results.c computes), else as the
 * integers m and e of its value m × 2^e: both read back bit for bit.
 * Provides store_add_run(), store_put_unit_scores(), store_run_forget().
 * Uses: libsqlite3, libm, store_impl.h, json_out.h (json_put_string), i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "store.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "store_impl.h"
#include "i18n.h"

#define PICO_PER_POINT 1e12 /* the view divides a whole count of pico-points by it */
#define PICO_LIMIT 9000.0   /* points: 9 × 10^15 pico-points, below 2^53, a double holds it */

/* A node's default in the run being stored: set once, from the first unit where the node
 * is applicable, and then in run_node as well. */
struct node_default {
    int set;
    double max;
    char *explanation; /* NULL: none */
};

/* The defaults of the run store_add_run recorded last (struct store's defaults). */
struct run_defaults {
    int64_t run;
    size_t n;
    struct node_default node[];
};

void store_run_forget(struct store *s)
{
    if (!s->defaults)
        return;
    for (size_t i = 0; i < s->defaults->n; i++)
        free(s->defaults->node[i].explanation);
    free(s->defaults);
    s->defaults = NULL;
}

int64_t store_add_run(struct store *s, const struct run_row *r, struct px_err *e)
{
    static const char *const step = N_("record the run");
    store_run_forget(s); /* a run rolled back may have had the id this one gets */
    char at[20];
    store_now(at);
    sqlite3_stmt *st = store_stmt(
        s, STMT_RUN_ADD,
        "INSERT INTO run (rules_file, rules_sha256, as_of, at, year, data_as_of_import, stage) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, 'final'))",
        e);
    if (!st)
        return -1;
    const char *const texts[] = {r->rules_file, r->rules_sha256, r->as_of, at};
    int rc = store_bind_texts(st, 1, texts, 4);
    rc = rc ? rc : sqlite3_bind_int(st, 5, r->year);
    rc = rc ? rc
            : s->seen_import ? sqlite3_bind_int64(st, 6, s->seen_import) : sqlite3_bind_null(st, 6);
    rc = rc ? rc : store_bind_text(st, 7, r->stage);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    int64_t run = sqlite3_last_insert_rowid(s->db);
    static const char *const node_step = N_("record the nodes of the run");
    for (size_t i = 0; i < r->nnodes; i++) {
        if (!(st = store_stmt(s, STMT_RUN_NODE_ADD,
                              "INSERT INTO run_node (run, seq, node) VALUES (?1, ?2, ?3)", e)))
            return -1;
        rc = sqlite3_bind_int64(st, 1, run);
        rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        rc = rc ? rc : store_bind_text(st, 3, r->nodes[i]);
        if (store_bound(s, st, rc, node_step, e) || store_step_done(s, st, node_step, e))
            return -1;
    }
    if (!(s->defaults = calloc(1, sizeof *s->defaults + r->nnodes * sizeof *s->defaults->node))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    s->defaults->run = run;
    s->defaults->n = r->nnodes;
    return run;
}

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

/* The JSON array of a unit's scores (see db/010 and db/012) against the run's defaults d (or
 * NULL): a malloc'd text and its length in *len, or NULL with *finite 0 when a number is not
 * finite, or NULL with *finite 1 when out of memory. */
static char *scores_json(const struct score_entry *v, size_t n, const struct run_defaults *d,
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
        *finite = (p = put_node(p, &v[i], d ? &d->node[i] : NULL)) != NULL;
    }
    if (!*finite) {
        free(json);
        return NULL;
    }
    *p++ = ']';
    *len = (size_t)(p - json);
    return json;
}

/* Makes each node of v applicable here and without a default yet take v's maximum and
 * explanation as its default, in d and in run_node.  0, or -1 with e set and d forgotten (a
 * run whose defaults are not all written writes no more bare nodes). */
static int set_defaults(struct store *s, const struct score_entry *v, struct px_err *e)
{
    static const char *const step = N_("record the nodes of the run");
    struct run_defaults *d = s->defaults;
    for (size_t i = 0; i < d->n; i++) {
        if (d->node[i].set || !v[i].applicable)
            continue;
        sqlite3_stmt *st = store_stmt(
            s, STMT_RUN_NODE_DEFAULT,
            "UPDATE run_node SET max = ?3, explanation = ?4 WHERE run = ?1 AND seq = ?2", e);
        char *copy = v[i].explanation ? strdup(v[i].explanation) : NULL;
        if (!st || (v[i].explanation && !copy)) {
            if (st)
                px_err_set(e, PX_SYSTEM, _("out of memory"));
            free(copy);
            store_run_forget(s);
            return -1;
        }
        d->node[i] = (struct node_default){1, v[i].max, copy};
        int rc = sqlite3_bind_int64(st, 1, d->run);
        rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        rc = rc ? rc : sqlite3_bind_double(st, 3, v[i].max);
        rc = rc ? rc : store_bind_text(st, 4, v[i].explanation);
        if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e)) {
            store_run_forget(s);
            return -1;
        }
    }
    return 0;
}

int store_put_unit_scores(struct store *s, int64_t run, const char *unit,
                          const struct score_entry *v, size_t n, struct px_err *e)
{
    static const char *const step = N_("store the scores of a unit");
    struct run_defaults *d = s->defaults && s->defaults->run == run && s->defaults->n == n
                                 ? s->defaults : NULL;
    size_t len = 0;
    int finite;
    char *json = scores_json(v, n, d, &len, &finite);
    if (!json) {
        if (finite)
            px_err_set(e, PX_SYSTEM, _("out of memory"));
        else
            px_err_set(e, PX_DATA, _("%s: cannot store the scores of unit %s: one of its "
                       "points is not a finite number"), s->name, unit);
        return -1;
    }
    int rc = d && set_defaults(s, v, e) != 0 ? -1 : 0;
    sqlite3_stmt *st = rc ? NULL : store_stmt(
        s, STMT_SCORE_UNIT_PUT, "INSERT INTO score_unit (run, unit, nodes) VALUES (?1, ?2, ?3)", e);
    if (st) {
        int bind = sqlite3_bind_int64(st, 1, run);
        bind = bind ? bind : store_bind_text(st, 2, unit);
        bind = bind ? bind : sqlite3_bind_text64(st, 3, json, len, SQLITE_STATIC, SQLITE_UTF8);
        rc = store_bound(s, st, bind, step, e) ? -1 : store_step_done(s, st, step, e);
    } else {
        rc = -1;
    }
    free(json);
    return rc;
}
