/* results.h — the outcome of scoring: for each unit, the points and maximum of every node,
 * its total, percentage of its own maximum, rank (ties shared) and band, and for every leaf
 * the explanation (facts read, the scale's own words).
 * Provides struct results and results_*.  Uses: model.h. */
#ifndef PARIDX_RESULTS_H
#define PARIDX_RESULTS_H

#include <stddef.h>

#include "model.h"

/* The explanation of one leaf for one unit. */
struct leaf_why {
    char **facts_read; /* names, in the order the scale read them */
    size_t nfacts_read;
    unsigned char *read_missing; /* per name read: 1 when the unit had no value for it */
    char *note;        /* the scale's second return value, or NULL */
};

struct unit_result {
    char *code, *name, *kind;
    double *points;  /* per node index; 0 when not applicable */
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

/* Sums every parent from its children in tree order (children's points and applicable
 * maxima), then totals, percentages, bands and ranks; sorts units by rank. */
void results_finish(struct results *r);

void results_free(struct results *r);

#endif
