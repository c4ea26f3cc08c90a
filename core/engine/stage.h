/* stage.h — the stages a unit's points go through: the self-assessment (what the facts give,
 * engine_score) and the final stage, where each sub-criterion the appraisal council scored
 * takes its latest round (round 2, else round 1), kept within the leaf's maximum, and the
 * unit's tree, total and band are worked out again from those leaves; and the appraisal
 * sheet that shows both.
 *
 * The data flow: stage_begin() reads every appraisal of the year once (one statement, in the
 * snapshot the run scores); engine_score() hands each unit on as soon as it is scored
 * (engine_scope.scored), and the caller passes it to stage_unit() there, before the unit is
 * stored or its explanations dropped — so a stored run marked final holds the final points,
 * and the sheet (when one is kept) holds the self scores as the facts gave them.  The units
 * are ranked afterwards by results_finish(), on their final points.
 * Provides enum stage, stage_parse(), stage_name(), struct stage_rounds, stage_begin(),
 * stage_unit(), stage_end().  Uses: results.h, appraisal_sheet.h, store.h, store_appraisal.h. */
#ifndef PARIDX_STAGE_H
#define PARIDX_STAGE_H

#include <stddef.h>

#include "appraisal_sheet.h"
#include "diag.h"
#include "results.h"
#include "store.h"

enum stage { STAGE_FINAL, STAGE_SELF };

/* "self" or "final" → stage; -1 when neither. */
int stage_parse(const char *name, enum stage *out);
const char *stage_name(enum stage s);

/* The appraisals of one year, read once, and what stage_unit() does with them. */
struct stage_rounds {
    struct appraisal_info *a; /* by unit, then node (code order) */
    size_t n;
    int apply;                    /* the final stage: the latest rounds replace the self scores */
    struct appraisal_sheet *sheet; /* NULL, or the sheet each unit is added to */
};

/* Reads every appraisal and explanation of year `year` (those of the one unit `unit` when
 * not NULL: explain), in the caller's transaction or snapshot.  STAGE_FINAL: the latest rounds
 * will replace the self scores; sheet (may be NULL): each unit will be added to it, self
 * scores and rounds.  0, or -1 with e set. */
int stage_begin(struct stage_rounds *b, struct store *s, int year, const char *unit,
                enum stage stage, struct appraisal_sheet *sheet, struct px_err *e);

/* One unit of model m just scored and summed (results_finish_unit), before it is stored:
 * adds it to the sheet (a scored unit, with its rounds on its applicable sub-criteria;
 * appraisals of other nodes are left out), then, when applying, puts the latest round of
 * each such sub-criterion in place of its points (at most its maximum) and sums the unit
 * again.  Units may come in any order.  0, or -1 with e set (out of memory). */
int stage_unit(struct stage_rounds *b, const struct model *m, struct unit_result *u,
               struct px_err *e);

/* Frees the appraisals read (the sheet stays with its owner); b may be NULL. */
void stage_end(struct stage_rounds *b);

#endif
