/* store_survey.c — writing the survey (see store_survey.h): an agency's respondent list
 * replacing its last one, duplicates looked up by normalised name and phone or e-mail, each
 * answer once per respondent, unit and question (from a line of its import: that line,
 * read back as its source through the view survey_answer_origin), and the tallies an
 * import adds to.  The statements of the per-row paths are cached.
 * Uses: libsqlite3, store_impl.h, store_survey.h. */
#include "store_survey.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "store_impl.h"

/* Copies column col of the current row into buf (empty when NULL). */
static void column_copy(sqlite3_stmt *st, int col, char *buf, size_t n)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    snprintf(buf, n, "%s", t ? t : "");
}

long store_clear_respondents(struct store *s, int year, const char *agency, struct px_err *e)
{
    static const char *const sql = "DELETE FROM respondent WHERE year = ?1 AND agency = ?2";
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, "prepare removing an agency's respondents", rc, sql);
    rc = sqlite3_bind_int(st, 1, year);
    if (rc == SQLITE_OK)
        rc = store_bind_text(st, 2, agency);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(s->db);
    long removed = rc == SQLITE_OK ? sqlite3_changes(s->db) : -1;
    if (rc != SQLITE_OK)
        store_fail(s, e, "remove the agency's earlier respondents (answers name them)", rc, sql);
    sqlite3_finalize(st);
    s->changes += removed > 0 ? removed : 0;
    return removed;
}

int store_put_respondent(struct store *s, const struct respondent_row *r, struct px_err *e)
{
    static const char *const step = "store a respondent";
    char at[20];
    store_now(at);
    sqlite3_stmt *st = store_stmt(
        s, STMT_RESPONDENT_PUT,
        "INSERT INTO respondent (year, code, name, name_key, position, grp, workplace, phone, "
        "email, address, agency, source, import_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9, ?10, ?11, ?12, nullif(?13, 0), ?14)",
        e);
    if (!st)
        return -1;
    const char *const texts[] = {r->code,  r->name,  r->name_key, r->position,
                                 r->group, r->workplace, r->phone, r->email,
                                 r->address, r->agency, r->source};
    int rc = sqlite3_bind_int(st, 1, r->year);
    if (rc == SQLITE_OK)
        rc = store_bind_texts(st, 2, texts, 11);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 13, s->import_id);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 14, at, -1, SQLITE_TRANSIENT);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    s->changes++;
    return 0;
}

int store_respondent_twin(struct store *s, const struct respondent_row *r, char code[64],
                          char source[600], struct px_err *e)
{
    static const char *const step = "look for the same respondent in another list";
    sqlite3_stmt *st = store_stmt(s, STMT_RESPONDENT_TWIN,
                                  "SELECT code, source FROM respondent INDEXED BY respondent_name WHERE year = ?1 AND "
                                  "name_key = ?2 AND (phone = ?3 OR email = ?4) "
                                  "ORDER BY source LIMIT 1",
                                  e);
    if (!st)
        return -1;
    const char *const texts[] = {r->name_key, r->phone, r->email};
    int rc = sqlite3_bind_int(st, 1, r->year);
    if (store_bound(s, st, rc ? rc : store_bind_texts(st, 2, texts, 3), step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 1) {
        column_copy(st, 0, code, 64);
        column_copy(st, 1, source, 600);
    }
    store_release(st);
    return found;
}

int store_respondent_group(struct store *s, int year, const char *code, char group[64],
                           struct px_err *e)
{
    static const char *const step = "read a respondent's group";
    sqlite3_stmt *st = store_stmt(s, STMT_RESPONDENT_GROUP,
                                  "SELECT grp FROM respondent WHERE year = ?1 AND code = ?2", e);
    if (!st)
        return -1;
    int rc = sqlite3_bind_int(st, 1, year);
    if (store_bound(s, st, rc ? rc : store_bind_text(st, 2, code), step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 1)
        column_copy(st, 0, group, 64);
    store_release(st);
    return found;
}

/* Binds year, respondent, unit and question of an answer from ?1, without copies. */
static int bind_answer(sqlite3_stmt *st, const struct answer_row *a)
{
    const char *const texts[] = {a->respondent, a->unit, a->question};
    int rc = sqlite3_bind_int(st, 1, a->year);
    for (int i = 0; rc == SQLITE_OK && i < 3; i++)
        rc = sqlite3_bind_text(st, 2 + i, texts[i], -1, SQLITE_STATIC);
    return rc;
}

int store_answer_first(struct store *s, const struct answer_row *a, char source[600],
                       struct px_err *e)
{
    static const char *const step = "look for an earlier answer";
    sqlite3_stmt *st = store_stmt(s, STMT_ANSWER_FIRST,
                                  "SELECT source, coalesce(import_id, 0) FROM "
                                  "survey_answer_origin WHERE year = ?1 AND respondent = ?2 AND unit = ?3 AND "
                                  "question = ?4",
                                  e);
    if (!st || store_bound(s, st, bind_answer(st, a), step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 1) {
        column_copy(st, 0, source, 600);
        /* a's own row (stored by this import from the same line) is not an earlier one */
        found = sqlite3_column_int64(st, 1) != s->import_id || strcmp(source, a->source) != 0;
    }
    store_release(st);
    return found;
}

/* The INSERT of n answers (1 or ANSWERS_PER_STATEMENT), prepared once (its text written
 * once too). */
static sqlite3_stmt *answers_stmt(struct store *s, int n, struct px_err *e)
{
    return store_rows_stmt(s, n == 1 ? STMT_ANSWER_PUT : STMT_ANSWER_PUT_MANY,
                           "INSERT INTO survey_answer (year, respondent, unit, question, "
                           "option, line, source, import_id) VALUES ",
                           "(?, ?, ?, ?, ?, ?, ?, nullif(?, 0))", n, 1, " ON CONFLICT DO NOTHING",
                           e);
}

long store_put_answers(struct store *s, const struct answer_row *a, size_t n, struct px_err *e)
{
    static const char *const step = N_("store an answer");
    long added = 0;
    for (size_t done = 0; done < n;) {
        int batch = n - done >= ANSWERS_PER_STATEMENT ? ANSWERS_PER_STATEMENT : 1;
        sqlite3_stmt *st = answers_stmt(s, batch, e);
        if (!st)
            return -1;
        int rc = SQLITE_OK;
        for (int i = 0; i < batch && rc == SQLITE_OK; i++) {
            const struct answer_row *r = &a[done + (size_t)i];
            const char *const texts[] = {r->respondent, r->unit, r->question, r->option};
            rc = sqlite3_bind_int(st, i * 8 + 1, r->year);
            for (int k = 0; rc == SQLITE_OK && k < 4; k++)
                rc = sqlite3_bind_text(st, i * 8 + 2 + k, texts[k], -1, SQLITE_STATIC);
            if (rc == SQLITE_OK)
                rc = store_bind_origin(s, st, i * 8 + 6, r->line, r->source);
            if (rc == SQLITE_OK)
                rc = sqlite3_bind_int64(st, i * 8 + 8, s->import_id);
        }
        if (store_bound(s, st, rc, step, e) || store_step_rows(s, st, step, e))
            return -1;
        added += sqlite3_changes(s->db);
        done += (size_t)batch;
    }
    s->changes += added;
    return added;
}

/* The upsert of n tallies (1 or TALLIES_PER_STATEMENT), prepared once (its text written
 * once too). */
static sqlite3_stmt *tallies_stmt(struct store *s, int n, struct px_err *e)
{
    return store_rows_stmt(s, n == 1 ? STMT_TALLY_ADD : STMT_TALLY_ADD_MANY,
                           "INSERT INTO survey_tally (year, unit, question, grp, option, n) "
                           "VALUES ", "(?, ?, ?, ?, ?, ?)", n, 1,
                           " ON CONFLICT (year, unit, question, grp, option) DO UPDATE SET "
                           "n = n + excluded.n", e);
}

int store_tally_add(struct store *s, const struct tally_row *t, size_t n, int year,
                    struct px_err *e)
{
    static const char *const step = N_("add to the answers' tallies");
    for (size_t done = 0; done < n;) {
        int batch = n - done >= TALLIES_PER_STATEMENT ? TALLIES_PER_STATEMENT : 1;
        sqlite3_stmt *st = tallies_stmt(s, batch, e);
        if (!st)
            return -1;
        int rc = SQLITE_OK;
        for (int i = 0; i < batch && rc == SQLITE_OK; i++) {
            const struct tally_row *r = &t[done + (size_t)i];
            const char *const texts[] = {r->unit, r->question, r->group, r->option};
            rc = sqlite3_bind_int(st, i * 6 + 1, year);
            for (int k = 0; rc == SQLITE_OK && k < 4; k++)
                rc = sqlite3_bind_text(st, i * 6 + 2 + k, texts[k], -1, SQLITE_STATIC);
            if (rc == SQLITE_OK)
                rc = sqlite3_bind_int64(st, i * 6 + 6, r->n);
        }
        if (store_bound(s, st, rc, step, e) || store_step_rows(s, st, step, e))
            return -1;
        done += (size_t)batch;
    }
    return 0;
}
