/* annex_evidence.h — the evidence cell of the score report for one leaf of one unit: the
 * documents the unit registered for it (number, type, date), each marked invalid or
 * suspicious as the evidence check judges it, the unit's explanation, or what is missing when
 * the leaf requires evidence; with nothing registered, what the rule file asks for.
 * Provides annex_evidence().  Uses: model.h, docnum.h (struct evidence_row), evidence_check.h,
 * calendar.h (dates as users write them). */
#ifndef PARIDX_ANNEX_EVIDENCE_H
#define PARIDX_ANNEX_EVIDENCE_H

#include <stddef.h>

#include "diag.h"
#include "docnum.h"
#include "model.h"

/* The text for leaf `leaf` from rows (one unit's register of `year`), in Vietnamese:
 * "2756/KH-UBND (KH, 28/12/2018); 1375/QĐ–UBND (QĐ, 01/02/2019) — không hợp lệ: …".
 * *out is malloc'd, or NULL when there is nothing to say.  0, or -1 with e set (out of
 * memory, or an author's pattern hit its match limit). */
int annex_evidence(const struct model *m, size_t leaf, int year, const struct evidence_row *rows,
                   size_t n, char **out, struct px_err *e);

#endif
