/* annex_appraisal.h — the appraisal council's rounds put into the score report's rows: for
 * each sub-criterion of each unit the self score the facts gave, round 1 and round 2 (where
 * set) beside the final points the annex already holds.
 * Provides annex_appraisals().  Uses: annex.h, appraisal_sheet.h. */
#ifndef PARIDX_ANNEX_APPRAISAL_H
#define PARIDX_ANNEX_APPRAISAL_H

#include "annex.h"
#include "appraisal_sheet.h"

/* Fills the leaf rows of a (built from final-stage results) from s, the sheet filled by
 * stage_unit() as each unit was scored: self from the sheet, appraisal1 and appraisal2 where
 * the council set them (else ANNEX_NONE); a parent's self is its children's self added up,
 * its final stays.  Units the sheet lacks are left as they are. */
void annex_appraisals(struct annex *a, const struct appraisal_sheet *s);

#endif
