/* results.h — the outcome of scoring: for each unit, the points and maximum of every node,
 * its total, percentage of its own maximum, rank among the units of its kind (ties shared)
 * and band, and for every leaf the explanation (facts read, the scale's own words); a unit
 * whose data the scales refused keeps the error instead of a rank, and a unit with no facts
 * yet is listed without one.
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
 * int64_t and every amount exact in a double.  Bonus and penalty items (outside the tree) are
 * added and subtracted after their caps, and the total kept within 0 and the unit's maximum.
 *
 * Provides struct results and results_*.  Uses: model.h, diag.h (struct px_err). */
#ifndef PARIDX_RESULTS_H
#define PARIDX_RESULTS_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "model.h"

#define RESULTS_PER_POINT 1000000000000 /* pico-points to the point */
#define RESULTS_MAX_TOTAL 1000.0 /* points: 10^15 pico-points, below 2^53, so a double holds
                                  * every amount exactly and gives it back */

/* The explanation of one leaf for one unit. */
struct leaf_why {
    char **facts_read; /* names, in the order the scale read them; one allocation holds them
                          with read_missing (results_set_reads), or NULL when none */
    size_t nfacts_read;
    unsigned char *read_missing; /* per name read: 1 when the unit had no value for it */
    char *note;        /* the scale's second return value, or NULL */
};

/* Sets the names an empty w read: names[k], which the unit lacks when missing[k], for k < n,
 * copied into one allocation that w owns (none when n is 0).  0, or -1 when out of memory
 * (w left empty). */
int results_set_reads(struct leaf_why *w, const char *const *names,
                      const unsigned char *missing, size_t n);

/* Frees what w owns (its names read and note) and empties it. */
void results_why_clear(struct leaf_why *w);

/* Whether a unit's points can be ranked. */
enum unit_status {
    UNIT_SCORED,  /* scored with its data (maybe with facts missing: see nmissing) */
    UNIT_ERROR,   /* a scale refused its data (lỗi dữ liệu): see error */
    UNIT_NO_DATA, /* no fact at all yet (chưa có dữ liệu) */
};

struct unit_result {
    char *code, *name, *kind;
    enum unit_status status;
    struct px_err *error; /* UNIT_ERROR: placed at the leaf's line, without leaf or unit */
    long error_node;      /* UNIT_ERROR: the leaf whose scale refused the data, or -1 */
    size_t nmissing;      /* distinct facts its applicable leaves read that it lacks */
    size_t nfew;          /* survey leaves scored from fewer answers than asked (ít phiếu) */
    size_t kind_order;    /* results_kind_order() of its kind, set by results_finish() */
    double *points;  /* per node index; 0 when not applicable; a leaf's as its scale gave it
                        until results_finish() puts it on the grid */
    double *max;     /* per node: the node's max for this unit (0 when not applicable) */
    unsigned char *applicable; /* per node */
    struct leaf_why *why;      /* per node; empty for non-leaves; after results_drop_why()
                                  only the facts missing, or NULL when none */
    double *adjust;  /* per bonus or penalty item of the model: its points (0 ≤ · ≤ its max) */
    double bonus, penalty; /* the totals added and subtracted, after the index's caps */
    double total, own_max, percent; /* total: the tree's points + bonus − penalty, kept within
                                       0 … own_max */
    double percent_shown; /* percent rounded as displayed (2 decimals), which ranks compare;
                             set by results_sort() */
    int rank;            /* 1 = best of its kind; equal displayed percentages share a rank;
                            0 for a unit not scored (error or no data) */
    const struct band *band; /* NULL when none */
    int summed; /* results_finish_unit() has run on it */
};

struct results {
    const struct model *model;
    struct unit_result *units; /* after results_finish(): by kind (in the model's order), then
                                  ranked units in rank order (ties by name), then units with a
                                  data error, then units with no data, each by name */
    size_t nunits, cap; /* cap: room allocated (vec.h) */
    char *as_of; /* yyyy-mm-dd or NULL */
    int data_year; /* the assessment year of the facts scored: the index's, or --data-year
                    * (0: the index's, for results built by hand) */
    int self_stage; /* 1: the self-assessment alone (run --stage self); 0: the final points */
};

/* Allocates per-node arrays for a unit (points/max/applicable/why zeroed). */
int results_add_unit(struct results *r, const char *code, const char *name, const char *kind);

/* Points in pico-points, rounded half away from zero: a leaf's points entering the grid, or
 * the exact amount of a value results_finish() wrote.  |points| ≤ RESULTS_MAX_TOTAL. */
int64_t results_pico(double points);

/* Marks the last unit added as refused by its data: e (copied) and the leaf `node` (-1 when
 * none).  0, or -1 when out of memory. */
int results_set_error(struct results *r, const struct px_err *e, long node);

/* Names the leaf and unit in front of e's message ("criterion 2.1, unit SNV: …"). */
void results_name_error(const struct node *n, const char *unit, struct px_err *e);

/* Empties what scoring fills for node i of u (its points, maximum, applicable flag and
 * explanation), for the node to be scored again. */
void results_clear_node(struct unit_result *u, size_t i);

/* Frees a finished unit's explanations when nothing will show them: a run at national scale
 * keeps the points of each unit, not what every scale read and said.  Only the names of the
 * facts it read and lacks stay (for the summary of missing facts); when it lacks none,
 * u->why becomes NULL. */
void results_drop_why(const struct results *r, struct unit_result *u);

/* results_finish_unit() for every unit not yet finished (u->summed), then ranks within each
 * kind; sorts units (see struct results). */
void results_finish(struct results *r);

/* results_finish()'s work for the one unit u, but for its rank and place: with leaves NULL
 * the whole tree; else only the nleaves leaves given (scored again) go onto the grid, and
 * only the nodes above them are summed again.  Then its total, percentage, band and missing
 * facts.  Nothing in it depends on the other units: engine_score() finishes each unit as soon
 * as it is scored, so a run can store it (and results_drop_why() it) before the next one; the
 * incremental engine, which ranks by itself, after each change. */
void results_finish_unit(const struct model *m, struct unit_result *u, const size_t *leaves,
                         size_t nleaves);

/* Puts r's units in the order results_finish() leaves them in (ranks already set). */
void results_sort(struct results *r);

/* The number of units of r with status s. */
size_t results_count(const struct results *r, enum unit_status s);

/* Position of a kind in the model's list (the order kinds are shown in); nkinds when the
 * model does not declare it. */
size_t results_kind_order(const struct model *m, const char *kind);

void results_free(struct results *r);

#endif
