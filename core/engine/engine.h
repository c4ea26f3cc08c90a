/* engine.h — scoring: every applicable leaf of every unit through its scale (in the rule's
 * sandbox, with the unit's facts), each result checked against the leaf's maximum, then the
 * tree summed, ranked and banded.
 * Provides engine_score(), engine_score_leaf(), engine_rescore(), engine_gate(),
 * engine_adjustments().  Uses: rules.h, results.h, store.h. */
#ifndef PARIDX_ENGINE_H
#define PARIDX_ENGINE_H

#include "diag.h"
#include "results.h"
#include "rules.h"
#include "store.h"

struct engine_receipts; /* engine_submissions.h */
struct evidence_row;    /* docnum.h */

/* What engine_score() scores besides the defaults, and what it hands on as it goes. */
struct engine_scope {
    const char *unit; /* only the unit with this code (explain), or NULL for every unit */
    /* Called with each unit as soon as it is scored and results_finish_unit() summed it
     * (units in code order, before the final sort); may store it and results_drop_why() it.
     * Non-zero stops scoring: engine_score() returns -1 with the e it set.  May be NULL. */
    int (*scored)(void *ctx, struct results *r, struct unit_result *u, struct px_err *e);
    void *ctx;
    /* Non-zero: the scales word why they gave their points (ctx.explain true), for explain,
     * reports and --missing; zero: points and the facts read alone, as a stored run keeps. */
    int explain;
};

/* Scores every unit of a kind the index declares (or the one unit scope->unit; scope may be
 * NULL), with the facts of the assessment year
 * data_year (the index's own year, or another one: today's rules on that year's data) (a unit with no fact yet too, marked
 * UNIT_NO_DATA).  as_of (yyyy-mm-dd or NULL): date facts later than it read as missing.  A
 * unit whose data a scale refuses is kept as UNIT_ERROR with its error, and the rest are
 * scored.  On a rule or limit error (or out of memory, or the database failing) returns -1
 * with e naming the rule file's line, the node and the unit. */
int engine_score(struct rules *rl, struct store *s, int data_year, const char *as_of,
                 const struct engine_scope *scope, struct results *out, struct px_err *e);

/* Scores the one leaf `node` for the last unit of r (added by the caller with
 * results_add_unit) with the given facts: the scale's outcome lands in that unit's
 * points/max/applicable/why at `node`.  On failure e's place is the node's line and e->msg
 * what went wrong (no node or unit: the caller names its case).  For rule authors' test cases
 * and the lint's probes. */
int engine_score_leaf(struct rules *rl, size_t node, const struct fact_info *facts,
                      size_t nfacts, const char *as_of, struct results *r, struct px_err *e);

/* Each bonus or penalty item's points of u from its facts: the number its fact holds, kept
 * within 0 and the item's maximum (0 when the unit has no such fact, or it is không áp
 * dụng).  engine_score and engine_rescore call it; the incremental engine after a change. */
void engine_adjustments(const struct model *m, const struct fact_info *facts, size_t nfacts,
                        struct unit_result *u);

/* Scores again, for the incremental engine, the leaf `node` of the unit u (or, with node -1,
 * every leaf that applies to its kind, in tree order, stopping at the first that fails) with
 * the given facts, into u's points/max/applicable/why, which the caller has emptied; scales
 * are offered ctx.submission from receipts (engine_receipts_init; NULL: none), as in a full
 * run.  On failure *failed is the leaf whose scale failed (or -1) and e is as for
 * engine_score_leaf. */
int engine_rescore(struct rules *rl, struct engine_receipts *receipts, struct unit_result *u,
                   long node, const struct fact_info *facts, size_t nfacts, const char *as_of,
                   long *failed, struct px_err *e);

/* Applies the year's evidence register (rows, in unit order as store_evidence gives them) to
 * the scored unit u as engine_score does: with any row in the register, a leaf that requires
 * evidence and lacks it scores 0 (evidence_gate.c).  Every leaf, or only the nonly leaves
 * `only` (the incremental engine's just scored again).  Nothing for a unit in error.  0, or
 * -1 with e set. */
int engine_gate(const struct rules *rl, int year, const char *as_of,
                const struct evidence_row *rows, size_t nrows, const size_t *only, size_t nonly,
                struct unit_result *u, struct px_err *e);

#endif
