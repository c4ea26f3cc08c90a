/* model_check.h — the structural checks of a loaded index: codes well formed, unique and
 * nested, maxima adding up at every level and to the index total for every unit kind, every
 * leaf scored, agencies and unit kinds declared, bands in order, deadlines well addressed,
 * every fact a scale reads of a known type and, when the file has a fact dictionary, declared
 * in it with the same type.
 * Provides model_check().  Uses: model.h, findings.h, re.h, fact_types.h, results.h (the
 * largest total). */
#ifndef PARIDX_MODEL_CHECK_H
#define PARIDX_MODEL_CHECK_H

#include "findings.h"
#include "model.h"

/* Adds one finding per problem; none when the model is sound. */
void model_check(const struct model *m, struct findings *out);

#endif
