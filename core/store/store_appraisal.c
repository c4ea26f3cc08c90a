/* store_appraisal.c — the appraisal rounds, the unit's explanations and closed units, each
 * change audited with who, when, old → new and where it came from (see store_appraisal.h).
 * Provides store_set_actor(), store_unit_closed(), store_close_unit(), store_put_appraisal().
 * Uses: libsqlite3, store_impl.h (store_audit_add), numfmt.h (points as the audit log shows
 * them). */
#include "store_appraisal.h"

#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "store_impl.h"

void store_set_actor(struct store *s, const char *who)
{
    s->actor = who;
}

int store_unit_closed(struct store *s, const char *unit, int year, char at[20],
                      struct px_err *e)
{
    static const char *const step = "read whether a unit's results are closed";
    sqlite3_stmt *st = store_stmt(
        s, STMT_CLOSED_GET, "SELECT at FROM unit_closed WHERE unit = ?1 AND year = ?2", e);
    if (!st)
        return -1;
    int rc = store_bind_text(st, 1, unit);
    if (store_bound(s, st, rc ? rc : sqlite3_bind_int(st, 2, year), step, e))
        return -1;
    return store_step_at(s, st, step, at, e);
}

int store_close_unit(struct store *s, const char *unit, int year, const char *source,
                     char at[20], struct px_err *e)
{
    static const char *const step = "close a unit's results";
    int closed = store_unit_closed(s, unit, year, at, e);
    if (closed != 0)
        return closed;
    store_now(at);
    sqlite3_stmt *st = store_stmt(
        s, STMT_CLOSED_PUT,
        "INSERT INTO unit_closed (unit, year, actor, source, at) VALUES (?1, ?2, ?3, ?4, ?5)", e);
    if (!st)
        return -1;
    const char *const texts[] = {s->actor ? s->actor : "unknown", source, at};
    int rc = store_bind_text(st, 1, unit);
    rc = rc ? rc : sqlite3_bind_int(st, 2, year);
    rc = rc ? rc : store_bind_texts(st, 3, texts, 3);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    struct store_audit_row w = {"unit.close", unit, NULL, NULL, NULL, NULL, source, NULL, year,
                                NULL};
    return store_audit_add(s, &w, e);
}

/* The stored value of the row's round (or explanation): 1 with points, text and source
 * copied, 0 when none, -1 on error. */
static int get_appraisal(struct store *s, const struct appraisal_row *a, double *points,
                         char *text, size_t ntext, char *source, size_t nsource,
                         struct px_err *e)
{
    static const char *const step = "read an appraisal";
    sqlite3_stmt *st =
        a->round ? store_stmt(s, STMT_APPRAISAL_GET,
                              "SELECT reason, source, points FROM appraisal WHERE unit = ?1 AND "
                              "year = ?2 AND node = ?3 AND round = ?4", e)
                 : store_stmt(s, STMT_EXPLANATION_GET,
                              "SELECT text, source, 0 FROM appraisal_explanation WHERE unit = ?1 "
                              "AND year = ?2 AND node = ?3 AND ?4 = 0", e);
    if (!st)
        return -1;
    int rc = store_bind_text(st, 1, a->unit);
    rc = rc ? rc : sqlite3_bind_int(st, 2, a->year);
    rc = rc ? rc : store_bind_text(st, 3, a->node);
    rc = rc ? rc : sqlite3_bind_int(st, 4, a->round);
    if (store_bound(s, st, rc, step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 1) {
        snprintf(text, ntext, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(source, nsource, "%s", (const char *)sqlite3_column_text(st, 1));
        *points = sqlite3_column_double(st, 2);
    }
    store_release(st);
    return found;
}

static int put_row(struct store *s, const struct appraisal_row *a, struct px_err *e)
{
    static const char *const step = "store an appraisal";
    char at[20];
    store_now(at);
    sqlite3_stmt *st =
        a->round ? store_stmt(s, STMT_APPRAISAL_PUT,
                              "INSERT OR REPLACE INTO appraisal (unit, year, node, round, reason, "
                              "actor, source, at, points) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", e)
                 : store_stmt(s, STMT_EXPLANATION_PUT,
                              "INSERT OR REPLACE INTO appraisal_explanation (unit, year, node, "
                              "text, actor, source, at) "
                              "SELECT ?1, ?2, ?3, ?5, ?6, ?7, ?8 WHERE ?4 = 0 AND ?9 = 0", e);
    if (!st)
        return -1;
    const char *const texts[] = {a->text, s->actor ? s->actor : "unknown", a->source, at};
    int rc = store_bind_text(st, 1, a->unit);
    rc = rc ? rc : sqlite3_bind_int(st, 2, a->year);
    rc = rc ? rc : store_bind_text(st, 3, a->node);
    rc = rc ? rc : sqlite3_bind_int(st, 4, a->round);
    rc = rc ? rc : store_bind_texts(st, 5, texts, 4);
    rc = rc ? rc : sqlite3_bind_double(st, 9, a->round ? a->points : 0);
    if (store_bound(s, st, rc, step, e))
        return -1;
    return store_step_done(s, st, step, e);
}

int store_put_appraisal(struct store *s, const struct appraisal_row *a, char closed_at[20],
                        struct px_err *e)
{
    static const char *const ACTIONS[][2] = {{"appraisal.explanation", "appraisal.explanation.forced"},
                                             {"appraisal.round1", "appraisal.round1.forced"},
                                             {"appraisal.round2", "appraisal.round2.forced"}};
    int closed = store_unit_closed(s, a->unit, a->year, closed_at, e);
    if (closed < 0 || (closed && !a->force))
        return closed;
    double old_points = 0;
    char old_text[1024], old_source[512];
    int found = get_appraisal(s, a, &old_points, old_text, sizeof old_text, old_source,
                              sizeof old_source, e);
    if (found < 0)
        return -1;
    if (found && old_points == a->points && !strcmp(old_text, a->text))
        return 0; /* the same again */
    char subject[300], shown_old[40] = "", shown_new[40] = "";
    snprintf(subject, sizeof subject, "%s/%s", a->unit, a->node);
    if (a->round && found)
        num_format_vn(old_points, 6, shown_old, sizeof shown_old);
    if (a->round)
        num_format_vn(a->points, 6, shown_new, sizeof shown_new);
    struct store_audit_row w = {ACTIONS[a->round][closed],
                            subject,
                            a->round ? (found ? shown_old : NULL) : (found ? old_text : NULL),
                            a->round ? shown_new : a->text,
                            a->round && found ? old_text : NULL,
                            a->round ? a->text : NULL,
                            a->source,
                            found ? old_source : NULL,
                            a->year,
                            NULL};
    if (put_row(s, a, e) != 0 || store_audit_add(s, &w, e) != 0)
        return -1;
    s->changes++;
    return 0;
}
