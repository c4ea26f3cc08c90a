/* engine_incr.h — the incremental engine behind the what-if REPL: every unit scored once, then
 * each change (a fact's value, or a leaf's points set by hand) rescores only the leaves of
 * that unit that read the fact (or the leaf itself), sums again only the nodes above them and
 * moves the ranks of its kind, so a change costs about one leaf, not a run.  The result is
 * always what a full engine_score() of the changed data gives, bit for bit.
 *
 * Changes live here, in memory (an overlay on the database, which is never written): each
 * unit's facts are read from the store the first time that unit is changed.  The state scored
 * at open is kept as the base that a scenario is compared with.
 *
 * Provides struct incr and incr_*.  Uses: engine.h (engine_score, engine_rescore), results.h,
 * rules.h, store.h (a unit's facts), numfmt.h (the displayed percentage that ranks). */
#ifndef PARIDX_ENGINE_INCR_H
#define PARIDX_ENGINE_INCR_H

#include <stddef.h>

#include "diag.h"
#include "results.h"
#include "rules.h"
#include "store.h"

struct incr;

/* The `at` (when stored) of a fact changed in the overlay: not saved yet. */
#define INCR_UNSAVED "chưa lưu"

/* A unit as it was scored at open (or at the last incr_rebase). */
struct incr_base {
    double *points;            /* per node */
    unsigned char *applicable; /* per node */
    double total, percent;
    int rank;
    const struct band *band;
    enum unit_status status;
};

/* Scores every unit of s (facts of data_year; as_of yyyy-mm-dd or NULL) as engine_score does
 * and keeps it as the base.  The caller keeps s in one snapshot while the incr lives.  NULL
 * with e set on failure. */
struct incr *incr_open(struct rules *rl, struct store *s, int data_year, const char *as_of,
                       struct px_err *e);
void incr_free(struct incr *in);

/* The units as scored now, in a fixed order (the ranks of the base's order, not re-sorted:
 * a unit's index never changes); ranks and bands are current. */
const struct results *incr_results(const struct incr *in);
const struct incr_base *incr_base(const struct incr *in, size_t unit);

/* The index of the unit with this code, or -1. */
long incr_unit(const struct incr *in, const char *code);

/* The facts unit has now (read from the store at its first change).  0, or -1 with e set. */
int incr_facts(struct incr *in, size_t unit, const struct fact_info **facts, size_t *n,
               struct px_err *e);

/* Gives the fact `name` of unit the value v (NULL: the unit no longer has it), from `source`
 * (where explain will say it came from), and rescores.  A data error of the unit's scales is
 * kept with the unit (lỗi dữ liệu), as in a run; any other error (a rule error, a budget, a
 * Ctrl-C) leaves the unit as it was and returns -1 with e set. */
int incr_set_fact(struct incr *in, size_t unit, const char *name, const struct fact_value *v,
                  const char *source, struct px_err *e);

/* Sets the points of the leaf `node` of unit by hand (NULL: from its scale again) and
 * rescores.  The caller has checked that node is a leaf that applies and points fits [0, max]. */
int incr_set_points(struct incr *in, size_t unit, size_t node, const double *points,
                    struct px_err *e);

/* The points set by hand on leaf node of unit: 1 with *points, or 0 when none. */
int incr_override(const struct incr *in, size_t unit, size_t node, double *points);

/* The leaves the last change scored again, and the engine time it took (seconds). */
const size_t *incr_touched(const struct incr *in, size_t *n);
double incr_seconds(const struct incr *in);

/* Fresh budgets (--max-steps, --max-seconds …) for the next command of a long session. */
void incr_rearm(struct rules *rl);

/* Asks the Lua code running now to stop (a Ctrl-C): what runs fails with PX_LIMIT,
 * "interrupted".  Async-signal-safe; incr_rearm() forgets it. */
void incr_stop(void);

/* The current state becomes the base (after the changes were saved into the database). */
int incr_rebase(struct incr *in);

#endif
