/* store_survey_read.c — reading the survey (see store_survey.h): the tallies scoring needs,
 * the counts and duplicates `paridx survey status` shows, the list `survey export` writes.
 * Each reader prepares its one SELECT, binds the year and hands every row to a callback.
 * Uses: libsqlite3, store_impl.h, store_survey.h. */
#include "store_survey.h"

#include "store_impl.h"

typedef void (*any_fn)(void); /* a callback of any of the types below */
typedef int (*row_fn)(sqlite3_stmt *st, any_fn fn, void *ud);

/* Runs sql with ?1 = year, calling each(st, fn, ud) per row; a non-zero return stops with -1
 * (e set by the callback's owner). */
static int each_row(struct store *s, const char *sql, const char *step, int year, row_fn each,
                    any_fn fn, void *ud, struct px_err *e)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, step, rc, sql);
    rc = sqlite3_bind_int(st, 1, year);
    int stopped = 0;
    while (rc == SQLITE_OK && !stopped) {
        int r = sqlite3_step(st);
        if (r == SQLITE_DONE)
            break;
        if (r != SQLITE_ROW)
            rc = r;
        else
            stopped = each(st, fn, ud);
    }
    if (rc != SQLITE_OK)
        store_fail(s, e, step, rc, sql);
    sqlite3_finalize(st);
    return rc != SQLITE_OK || stopped ? -1 : 0;
}

static const char *text(sqlite3_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(st, col);
}

static int tally_each(sqlite3_stmt *st, any_fn fn, void *ud)
{
    struct tally_row t = {text(st, 0), text(st, 1), text(st, 2), text(st, 3),
                          (long)sqlite3_column_int64(st, 4)};
    return ((int (*)(void *, const struct tally_row *))fn)(ud, &t);
}

int store_survey_tallies(struct store *s, int year,
                         int (*fn)(void *ud, const struct tally_row *t), void *ud,
                         struct px_err *e)
{
    return each_row(s, "SELECT unit, question, grp, option, n FROM survey_tally WHERE year = ?1 "
                       "ORDER BY unit, question, grp, option",
                    "read the survey's tallies", year, tally_each, (any_fn)fn, ud, e);
}

static int count_each(sqlite3_stmt *st, any_fn fn, void *ud)
{
    struct survey_listed c = {text(st, 0), text(st, 1), text(st, 2),
                             (long)sqlite3_column_int64(st, 3), (long)sqlite3_column_int64(st, 4)};
    return ((int (*)(void *, const struct survey_listed *))fn)(ud, &c);
}

int store_survey_counts(struct store *s, int year,
                        int (*fn)(void *ud, const struct survey_listed *c), void *ud,
                        struct px_err *e)
{
    return each_row(s,
                    "SELECT r.grp, r.agency, max(r.at), count(*), "
                    "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM survey_answer a WHERE "
                    "a.year = r.year AND a.respondent = r.code)) "
                    "FROM respondent r WHERE r.year = ?1 GROUP BY r.grp, r.agency "
                    "ORDER BY r.grp, r.agency",
                    "count the respondents", year, count_each, (any_fn)fn, ud, e);
}

static int twin_each(sqlite3_stmt *st, any_fn fn, void *ud)
{
    const char *const pair[4] = {text(st, 0), text(st, 1), text(st, 2), text(st, 3)};
    return ((int (*)(void *, const char *const[4]))fn)(ud, pair);
}

int store_survey_twins(struct store *s, int year,
                       int (*fn)(void *ud, const char *const pair[4]), void *ud,
                       struct px_err *e)
{
    return each_row(s,
                    "SELECT a.code, a.source, b.code, b.source FROM respondent a INDEXED BY respondent_name "
                    "JOIN respondent b INDEXED BY respondent_name ON b.year = a.year AND b.name_key = a.name_key "
                    "AND (b.phone = a.phone OR b.email = a.email) "
                    "AND (a.import_id, a.source) < (b.import_id, b.source) "
                    "WHERE a.year = ?1 ORDER BY a.import_id, a.source, b.import_id, b.source",
                    "find respondents listed twice", year, twin_each, (any_fn)fn, ud, e);
}

static int respondent_each(sqlite3_stmt *st, any_fn fn, void *ud)
{
    struct respondent_row r = {sqlite3_column_int(st, 0), text(st, 1), text(st, 2), text(st, 3),
                               text(st, 4), text(st, 5), text(st, 6), text(st, 7), text(st, 8),
                               text(st, 9), text(st, 10), text(st, 11)};
    return ((int (*)(void *, const struct respondent_row *))fn)(ud, &r);
}

int store_respondents(struct store *s, int year,
                      int (*fn)(void *ud, const struct respondent_row *r), void *ud,
                      struct px_err *e)
{
    return each_row(s,
                    "SELECT year, code, name, name_key, position, grp, workplace, phone, email, "
                    "address, agency, source FROM respondent WHERE year = ?1 ORDER BY code",
                    "read the respondents", year, respondent_each, (any_fn)fn, ud, e);
}
