/* run_save.h — storing a run: when, which rule file (path, sha256, year), as of which date,
 * whether the self-assessment or the final points, and every node's points, maximum and
 * explanation (and every bonus or penalty item's points) for every unit scored (not those
 * with a data error or no data), in one transaction: the run's nodes once, then one row per
 * unit (store_put_unit_scores).  The scores are written unit by unit while the run is scored
 * (engine_scope.scored), so no run holds every unit's explanations at once.
 * Provides run_save_begin(), run_save_unit(), run_save_end().  Uses: results.h, rules.h,
 * store.h. */
#ifndef PARIDX_RUN_SAVE_H
#define PARIDX_RUN_SAVE_H

#include "diag.h"
#include "results.h"
#include "rules.h"
#include "store.h"

/* Starts the write transaction the run is scored and stored in (its own snapshot of the
 * data: *seen is the last import it sees) and records the run; *run gets its id.  as_of:
 * yyyy-mm-dd or NULL; stage: "self" or "final" (the points its units will be stored with).
 * 0, or -1 with e set and nothing stored. */
int run_save_begin(struct store *s, const struct rules *rl, const char *as_of, const char *stage,
                   struct import_seen *seen, int64_t *run, struct px_err *e);

/* Stores one finished unit's nodes and bonus and penalty items (nothing for a unit with a
 * data error or no data). */
int run_save_unit(struct store *s, const struct model *m, int64_t run,
                  const struct unit_result *u, struct px_err *e);

/* Commits (ok) or rolls back the run; 0, or -1 with e set when the commit fails. */
int run_save_end(struct store *s, int ok, struct px_err *e);

#endif
