/* store_survey.h — the sociological survey in the database: respondents listed by the
 * agencies, the answers brought back and their tallies (db/006_survey.sql).  Writes happen
 * inside store_begin/commit like every import; reads hand rows to a callback.
 * Provides struct respondent_row, struct answer_row, struct tally_row, struct survey_listed,
 * store_*respondent*, store_*answer*, store_survey_*.  Uses: store.h. */
#ifndef PARIDX_STORE_SURVEY_H
#define PARIDX_STORE_SURVEY_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "store.h"

struct respondent_row {
    int year;
    const char *code, *name, *name_key, *position, *group, *workplace, *phone, *email,
        *address, *agency, *source; /* position … address may be NULL */
};

/* Removes the list an agency gave for the year before (a new list replaces it); the number of
 * respondents removed, or -1 (an answer still naming one of them: PX_DATA). */
long store_clear_respondents(struct store *s, int year, const char *agency, struct px_err *e);

/* Adds a respondent; a code already listed is refused (PX_DATA) with where it was. */
int store_put_respondent(struct store *s, const struct respondent_row *r, struct px_err *e);

/* A respondent of the year already stored with the same name_key and the same phone or
 * e-mail (either may be NULL): 1 with its code and source, 0 when none, -1 on error. */
int store_respondent_twin(struct store *s, const struct respondent_row *r, char code[64],
                          char source[600], struct px_err *e);

/* The survey group of respondent `code` in `year`: 1 with it in group, 0 when no such
 * respondent, -1 on error. */
int store_respondent_group(struct store *s, int year, const char *code, char group[64],
                           struct px_err *e);

struct answer_row {
    int year;
    const char *respondent, *unit, *question, *option, *source;
    size_t line; /* the line of the import's file it came from (source is then "file:line",
                  * and the row keeps the line only), 0 when none */
};

/* The source of an answer stored earlier for the same year, respondent, unit and question
 * (not a's own row, which this import stored from a's line): 1 with it in source, 0 when
 * none, -1 on error. */
int store_answer_first(struct store *s, const struct answer_row *a, char source[600],
                       struct px_err *e);

enum { ANSWERS_PER_STATEMENT = 128 };
/* Adds n answers (their texts must live until it returns), ANSWERS_PER_STATEMENT to an
 * INSERT: how many were added, fewer than n when some year, respondent, unit and question
 * had an answer already (those are not written: store_answer_first finds them), or -1. */
long store_put_answers(struct store *s, const struct answer_row *a, size_t n,
                       struct px_err *e);

/* One count: answers of a unit to a question by a group that chose an option. */
struct tally_row {
    const char *unit, *question, *group, *option;
    long n;
};

enum { TALLIES_PER_STATEMENT = 128 };
/* Adds t[i].n answers to the year's tally of t[i]'s unit, question, group and option, for
 * each of the n, TALLIES_PER_STATEMENT to an upsert. */
int store_tally_add(struct store *s, const struct tally_row *t, size_t n, int year,
                    struct px_err *e);

/* ---- reading ---- */
/* Calls fn for every tally of the year, ordered by unit, question, group, option. */
int store_survey_tallies(struct store *s, int year,
                         int (*fn)(void *ud, const struct tally_row *t), void *ud,
                         struct px_err *e);

/* Per group and agency: respondents listed, those who returned answers, and when the list
 * was imported (its last import's time). */
struct survey_listed {
    const char *group, *agency, *listed_at;
    long listed, returned;
};
int store_survey_counts(struct store *s, int year,
                        int (*fn)(void *ud, const struct survey_listed *c), void *ud,
                        struct px_err *e);

/* Every pair of respondents of the year with the same name_key and the same phone or e-mail,
 * each with code and source (file:line), the earlier source first. */
int store_survey_twins(struct store *s, int year,
                       int (*fn)(void *ud, const char *const pair[4]), void *ud,
                       struct px_err *e);

/* Every respondent of the year (fields as respondent_row; name_key and source set), in code
 * order. */
int store_respondents(struct store *s, int year,
                      int (*fn)(void *ud, const struct respondent_row *r), void *ud,
                      struct px_err *e);

#endif
