/* results.h — the outcome of scoring: for each unit, the points and maximum of every node,
 * its total, percentage of its own maximum, rank (ties shared) and band, and for every leaf
 * the explanation (facts read, the scale's own words).
 *
 * Points are added exactly.  An amount is a whole number of pico-points (RESULTS_PER_POINT to
 * the point, an int64_t): results_finish() puts each applicable leaf's points and maximum on
 * that grid once, rounded half away from zero to the nearest 0.000000000001 point (finer than
 * anything typed, scored or published), and from then on every sum is a sum of integers, so the order of
 * children cannot change a bit of any result (2.915 + 1.207 + 1.863 is 5.985 whichever way).
 * The doubles (points, max, total, own_max) are then the nearest doubles to those exact
 * amounts — what JSON and the database get at full precision, and results_pico() gives the
 * amount back — and percent is the exact total over the exact maximum, divided once.  A
 * parent's points never exceed its maximum, since each leaf's points do not.  model_check()
 * refuses an index whose total is above RESULTS_MAX_TOTAL, which keeps every sum far inside
 * int64_t and every amount exact in a double.
 *
 * Provides struct results and results_*.  Uses: model.h. */
#ifndef PARIDX_RESULTS_H
#define PARIDX_RESULTS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define RESULTS_PER_POINT 1000000000000 /* pico-points to the point */
#define RESULTS_MAX_TOTAL 1000.0 /* points: 10^15 pico-points, below 2^53, so a double holds
                                  * every amount exactly and gives it back */

/* The explanation of one leaf for one unit. */
struct leaf_why {
    char **facts_read; /* names, in the order the scale read them */
    size_t nfacts_read;
    unsigned char *read_missing; /* per name read: 1 when the unit had no value for it */
    char *note;        /* the scale's second return value, or NULL */
};

struct unit_result {
    char *code, *name, *kind;
    double *points;  /* per node index; 0 when not applicable; a leaf's as its scale gave it
                        until results_finish() puts it on the grid */
    double *max;     /* per node: the node's max for this unit (0 when not applicable) */
    unsigned char *applicable; /* per node */
    struct leaf_why *why;      /* per node; empty for non-leaves */
    double total, own_max, percent;
    int rank;            /* 1 = best; equal displayed percentages share a rank */
    const struct band *band; /* NULL when none */
};

struct results {
    const struct model *model;
    struct unit_result *units; /* in rank order after results_finish(), ties by name */
    size_t nunits, cap; /* cap: room allocated (vec.h) */
    char *as_of; /* yyyy-mm-dd or NULL */
};

/* Allocates per-node arrays for a unit (points/max/applicable/why zeroed). */
int results_add_unit(struct results *r, const char *code, const char *name, const char *kind);

/* Points in pico-points, rounded half away from zero: a leaf's points entering the grid, or
 * the exact amount of a value results_finish() wrote.  |points| ≤ RESULTS_MAX_TOTAL. */
int64_t results_pico(double points);

/* Puts every applicable leaf's points and max on the pico-point grid, sums every parent from
 * its applicable children exactly, then totals, percentages, bands and ranks; sorts units by
 * rank. */
void results_finish(struct results *r);

void results_free(struct results *r);

#endif
