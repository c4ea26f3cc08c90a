/* import_dict.h — a CSV's facts checked against the rule file's fact dictionary as they are
 * imported: the fact named by its code or its exact Vietnamese label, its value of the
 * declared type and within the declared range.
 * Provides import_dict_resolve(), import_dict_value(), import_dict_node(), import_dict_facts().  Uses: model.h
 * (struct fact_def), import.h (struct import_facts), fact.h, fact_types.h, text.h (case
 * folding). */
#ifndef PARIDX_IMPORT_DICT_H
#define PARIDX_IMPORT_DICT_H

#include <stddef.h>

#include "fact.h"
#include "import.h"
#include "model.h"

/* The code of the fact `name` names in m's dictionary: a code as declared, or a label
 * compared in NFC, case-insensitively.  NULL with why set: "unknown fact 'x' (did you mean
 * y?)" (the nearest code by edit distance, when one is near) or "'label' is the label of two
 * facts, a and b: write the code". */
const char *import_dict_resolve(const struct model *m, const char *name, char *why, size_t n);

/* Whether the value typed as `raw` (parsed into v) fits the declared fact `code` of m, whose
 * data belong to `year`: 0 fits; -1 refused with why "expected a share from 0% to 100%, found
 * 150%"; 1 fits with a warning in why (a date outside 1 Jan year−1 … 31 Dec year+1).
 * "không áp dụng" fits every fact. */
int import_dict_value(const struct model *m, int year, const char *code, const char *raw,
                      const struct fact_value *v, char *why, size_t n);

/* Whether `code` is a self-assessed sub-criterion of m (a leaf not scored by the survey) and
 * points (when ≥ 0) are within its maximum: 0, or -1 with why set. */
int import_dict_node(const struct model *m, const char *code, double points, char *why,
                     size_t n);

/* The year and checks import_file applies to facts and appraisals: m's dictionary (only the
 * shape of codes when m declares none, or m is NULL: `--year` alone) and its sub-criteria; no
 * lock (self_due NULL, force 0). */
struct import_facts import_dict_facts(const struct model *m, int year, const char *year_from);

#endif
