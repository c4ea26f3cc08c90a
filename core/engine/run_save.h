/* run_save.h — storing a run: when, which rule file (path, sha256, year), as of which date,
 * whether the self-assessment or the final points, and every node's points, maximum and explanation for every unit scored (not those with a
 * data error or no data), in one transaction.
 * Provides run_save().  Uses: results.h, rules.h, store.h. */
#ifndef PARIDX_RUN_SAVE_H
#define PARIDX_RUN_SAVE_H

#include "diag.h"
#include "results.h"
#include "rules.h"
#include "store.h"

/* as_of: yyyy-mm-dd or NULL; stage: "self" or "final".  0, or -1 with e set and nothing
 * stored. */
int run_save(struct store *s, const struct rules *rl, const struct results *r,
             const char *as_of, const char *stage, struct px_err *e);

#endif
