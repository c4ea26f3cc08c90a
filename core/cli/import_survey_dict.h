/* import_survey_dict.h — the survey's files checked against the rule file as they are
 * imported: a list's group (by code or name) and whether the agency lists it, an answer's
 * question, the respondent's group it is asked of and the option.
 * Provides import_survey_checks().  Uses: model.h, import_survey.h, store.h. */
#ifndef PARIDX_IMPORT_SURVEY_DICT_H
#define PARIDX_IMPORT_SURVEY_DICT_H

#include "import_survey.h"
#include "model.h"
#include "store.h"

/* The checks of m for its year; only_unit is the one unit of a kind m assesses that s holds
 * (answers may then leave out the unit), NULL when there are several or none.  unit_buf holds
 * it.  0, or -1 with e set when s cannot be read. */
int import_survey_checks(const struct model *m, struct store *s, struct import_survey *out,
                         char unit_buf[64], struct px_err *e);

#endif
