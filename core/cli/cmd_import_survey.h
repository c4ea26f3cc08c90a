/* cmd_import_survey.h — `paridx import RULES --db F respondents LIST… --from AGENCY` and
 * `… answers FILE…`: the survey's kinds of import, checked against the rule file.
 * Provides import_survey_files().  Uses: csv.h. */
#ifndef PARIDX_CMD_IMPORT_SURVEY_H
#define PARIDX_CMD_IMPORT_SURVEY_H

#include "csv.h"

/* Imports args[1..nargs) as the kind args[0] ("respondents" or "answers"); read_options
 * gives the caps from the command line (answers get larger ones unless given).  Returns
 * the exit code after saying what happened. */
int import_survey_files(const char *rules, const char *db, const char *from, char **args,
                        int nargs, int (*read_options)(struct csv_options *opt));

#endif
