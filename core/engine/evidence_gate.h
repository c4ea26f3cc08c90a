/* evidence_gate.h — applying the evidence register to a scored unit: a leaf that requires
 * evidence scores 0 without a valid document of an allowed type, unless an explanation is
 * recorded (which the leaf's explanation then quotes).
 * Provides evidence_gate().  Uses: model.h, docnum.h, results.h. */
#ifndef PARIDX_EVIDENCE_GATE_H
#define PARIDX_EVIDENCE_GATE_H

#include <stddef.h>

#include "diag.h"
#include "docnum.h"
#include "model.h"
#include "results.h"

/* Applies the unit's register rows (of the assessment year `year`) to its leaves' points and
 * explanations; with as_of (yyyy-mm-dd, or NULL), a document issued later does not count yet.
 * Every leaf, or only the nonly leaves `only` (NULL: every leaf), those the what-if REPL has
 * just scored again: a leaf's explanation is extended, so it is gated once per scoring.
 * 0, or -1 with e set (an author's pattern hit a limit, out of memory). */
int evidence_gate(const struct model *m, int year, const char *as_of,
                  const struct evidence_row *rows, size_t n, const size_t *only, size_t nonly,
                  struct unit_result *u, struct px_err *e);

#endif
