/* import_survey.h — loading the survey's files: an agency's respondent list (the template's
 * columns) and the answers the Post Office's data entry produces (one row per respondent ×
 * question).  As every import: one file is one transaction, a bad row rejects the whole file
 * with "file:line:column: expected …, found …" and nothing is written; the file streams, so
 * millions of answers take bounded memory.
 * Provides struct import_survey, import_respondents(), import_answers().
 * Uses: csv.h, import.h (struct import_result), store.h. */
#ifndef PARIDX_IMPORT_SURVEY_H
#define PARIDX_IMPORT_SURVEY_H

#include "csv.h"
#include "diag.h"
#include "import.h"
#include "store.h"

/* The year and the rule file's checks of survey rows (ctx passed back to each function). */
struct import_survey {
    int year;
    const void *ctx;
    /* The code of the survey group a list names (by code or name) into code[n]; 0, or -1 with
     * why set (unknown group, or one `agency` does not list). */
    int (*group)(const void *ctx, const char *named, const char *agency, char *code, size_t n,
                 char *why, size_t wn);
    /* 0 when `question` exists, is asked of `group` and offers `option`; with why set, -1
     * for the question (unknown, not asked of the group), -2 for the option. */
    int (*answer)(const void *ctx, const char *question, const char *group, const char *option,
                  char *why, size_t wn);
    /* The unit answers are about when the file has no unit column; NULL: the column is
     * required. */
    const char *only_unit;
};

/* Columns (any case, with or without diacritics, any order):
 *   mã (code, optional: AGENCY-NNN by row), họ và tên, chức vụ, nhóm (the survey group's code
 *   or name), cơ quan/đơn vị, điện thoại, e-mail, địa chỉ (all but the name and group
 *   optional).
 * The list replaces the one `agency` gave before for the year.  Names are NFC with spaces
 * collapsed; phones lose their separators (+84 becomes 0) and must be a Vietnamese mobile or
 * landline number; e-mails are lower-cased.  A respondent listed already (same name, and
 * same phone or e-mail) is said on stderr with both places and imported. */
int import_respondents(struct store *s, const char *path, const char *agency,
                       const struct csv_options *opt, const struct import_survey *sv,
                       struct import_result *r, struct px_err *e);

/* Columns: mã phiếu (respondent), đơn vị (unit, optional: sv->only_unit), câu hỏi
 * (question), phương án (answer).  Refused: an unknown respondent or unit, a question the
 * rules lack or do not ask of the respondent's group, an option it does not offer, a second
 * answer to the same question.  The tallies grow in the same transaction. */
int import_answers(struct store *s, const char *path, const struct csv_options *opt,
                   const struct import_survey *sv, struct import_result *r, struct px_err *e);

#endif
