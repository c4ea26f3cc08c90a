/* deadlines.h — the plan's deadlines resolved to dates: a relative deadline ("7 working days
 * after TDG", "5 working days after TDG's submissions are received") counted over the rule
 * file's working-day calendar from its anchor, anchors that do not exist and cycles refused.
 * Provides model_resolve_deadlines().  Uses: model.h, findings.h, workdays.h. */
#ifndef PARIDX_DEADLINES_H
#define PARIDX_DEADLINES_H

#include "findings.h"
#include "model.h"

/* Gives every deadline counted from another its due date (one counted from a receipt: the
 * earliest it can be, its anchor's due plus its working days), in any order of declaration.
 * One finding per deadline whose anchor is unknown, that is counted from itself (the cycle
 * named), that needs a calendar the file does not name, or whose count leaves the calendar's
 * years.  Returns the number of findings added. */
size_t model_resolve_deadlines(struct model *m, struct findings *out);

#endif
