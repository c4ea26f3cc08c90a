/* stage.h — the stages a unit's points go through: the self-assessment (what the facts give,
 * engine_score) and the final stage, where each sub-criterion the appraisal council scored
 * takes its latest round (round 2, else round 1) and the tree, totals, bands and ranks are
 * worked out again from those leaves; and the appraisal sheet that shows both.
 * Provides enum stage, stage_parse(), stage_name(), stage_sheet(), stage_final().
 * Uses: results.h, appraisal_sheet.h, store.h, store_appraisal.h. */
#ifndef PARIDX_STAGE_H
#define PARIDX_STAGE_H

#include "appraisal_sheet.h"
#include "diag.h"
#include "results.h"
#include "store.h"

enum stage { STAGE_FINAL, STAGE_SELF };

/* "self" or "final" → stage; -1 when neither. */
int stage_parse(const char *name, enum stage *out);
const char *stage_name(enum stage s);

/* The appraisal sheet of the self-assessment `self` (scored units, applicable sub-criteria):
 * the rounds and explanations stored for year `year` beside each self score.  Appraisals of
 * units or nodes self does not score are left out.  0, or -1 with e set. */
int stage_sheet(struct store *s, int year, const struct results *self,
                struct appraisal_sheet *out, struct px_err *e);

/* Puts the final points (appraisal_sheet_final) of year `year` in place of each scored unit's
 * self-assessed points and finishes r again (units ranked anew).  keep (may be NULL) gets the
 * sheet it used, self scores included, whose units are found by code (appraisal_sheet_unit):
 * free it with appraisal_sheet_free.  0, or -1 with e set. */
int stage_final(struct store *s, int year, struct results *r, struct appraisal_sheet *keep,
                struct px_err *e);

#endif
