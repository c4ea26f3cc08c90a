/* stage.h — the stages a unit's points go through: the self-assessment (what the facts give,
 * engine_score) and the final stage, where each sub-criterion the appraisal council scored
 * takes its latest round (round 2, else round 1) and the tree, totals, bands and ranks are
 * worked out again from those leaves.
 * Provides enum stage, stage_parse(), stage_name(), stage_final().  Uses: results.h, store.h,
 * store_appraisal.h. */
#ifndef PARIDX_STAGE_H
#define PARIDX_STAGE_H

#include "diag.h"
#include "results.h"
#include "store.h"

enum stage { STAGE_FINAL, STAGE_SELF };

/* "self" or "final" → stage; -1 when neither. */
int stage_parse(const char *name, enum stage *out);
const char *stage_name(enum stage s);

/* Puts the latest appraisal of year `year` in place of each scored unit's self-assessed
 * points (applicable sub-criteria only) and finishes r again.  0, or -1 with e set. */
int stage_final(struct store *s, int year, struct results *r, struct px_err *e);

#endif
