/* cmd_import_survey.h — `paridx import RULES --db F respondents LIST… --from AGENCY` and
 * `… answers FILE…`: the survey's kinds of import, checked against the rule file.
 * Provides import_survey_files(), import_survey_example().  Uses: csv.h, model.h, store.h. */
#ifndef PARIDX_CMD_IMPORT_SURVEY_H
#define PARIDX_CMD_IMPORT_SURVEY_H

#include "csv.h"
#include "diag.h"
#include "model.h"
#include "store.h"

/* Imports args[1..nargs) as the kind args[0] ("respondents" or "answers"); read_options
 * gives the caps from the command line (answers get larger ones unless given).  Returns
 * the exit code after saying what happened. */
int import_survey_files(const char *rules, const char *db, const char *from, char **args,
                        int nargs, int (*read_options)(struct csv_options *opt));

/* Imports a rule file's bundled survey, dir/survey/respondents-AGENCY.csv (each the list of
 * AGENCY) and dir/survey/answers.csv, those present, for `paridx survey` without --db.
 * 0, or -1 with e set by the first file that failed. */
int import_survey_example(struct store *s, const struct model *m, const char *dir,
                          struct px_err *e);

#endif
