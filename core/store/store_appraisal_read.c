/* store_appraisal_read.c — reading the appraisals of a year back, one entry per unit and node
 * with both rounds and the explanation, and the audit log, filtered by unit and day (see
 * store_appraisal.h).
 * Provides store_appraisals(), store_audit() and their free functions.
 * Uses: libsqlite3, store_impl.h, vec.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "store_appraisal.h"

#include <stdlib.h>
#include <string.h>

#include "store_impl.h"
#include "vec.h"

void store_free_appraisals(struct appraisal_info *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(a[i].unit);
        free(a[i].node);
        for (int r = 0; r < 3; r++)
            free(a[i].reason[r]);
        free(a[i].explanation);
    }
    free(a);
}

/* Rounds and explanations together, ordered so that one unit and node come in a row. */
static const char APPRAISALS_SQL[] =
    "SELECT unit, node, round, points, reason FROM appraisal WHERE year = ?1 "
    "AND (?2 IS NULL OR unit = ?2) "
    "UNION ALL SELECT unit, node, 0, NULL, text FROM appraisal_explanation WHERE year = ?1 "
    "AND (?2 IS NULL OR unit = ?2) ORDER BY 1, 2, 3";

int store_appraisals(struct store *s, int year, const char *unit, struct appraisal_info **out,
                     size_t *n, struct px_err *e)
{
    static const char *const step = "list the appraisals";
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, APPRAISALS_SQL, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, step, rc, APPRAISALS_SQL);
    rc = sqlite3_bind_int(st, 1, year);
    rc = rc ? rc : store_bind_text(st, 2, unit);
    size_t cap = 0;
    int failed = 0;
    int bound = rc == SQLITE_OK;
    while (bound && !failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *u = (const char *)sqlite3_column_text(st, 0);
        const char *node = (const char *)sqlite3_column_text(st, 1);
        struct appraisal_info *a = *n ? &(*out)[*n - 1] : NULL;
        if (!a || strcmp(a->unit, u) || strcmp(a->node, node)) {
            if (vec_reserve(*out, cap, *n + 1)) {
                failed = 1;
                break;
            }
            a = memset(&(*out)[(*n)++], 0, sizeof **out);
            a->unit = store_column_dup(st, 0, &failed);
            a->node = store_column_dup(st, 1, &failed);
        }
        int round = sqlite3_column_int(st, 2);
        if (round == 0) {
            a->explanation = store_column_dup(st, 4, &failed);
            continue;
        }
        a->has[round] = 1;
        a->points[round] = sqlite3_column_double(st, 3);
        a->reason[round] = store_column_dup(st, 4, &failed);
    }
    int bad = store_finish_listing(s, st, rc, failed, step, e);
    sqlite3_finalize(st);
    if (bad == 0)
        return 0;
    store_free_appraisals(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}

void store_free_audit(struct audit_info *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char **texts[] = {&a[i].at,      &a[i].actor,    &a[i].action,
                          &a[i].subject, &a[i].old,      &a[i].new,
                          &a[i].old_note, &a[i].new_note, &a[i].source};
        for (size_t k = 0; k < sizeof texts / sizeof *texts; k++)
            free(*texts[k]);
    }
    free(a);
}

static const char AUDIT_SQL[] =
    "SELECT at, actor, action, subject, old, new, old_note, new_note, source, year FROM audit "
    "WHERE (?1 IS NULL OR subject = ?1 OR subject LIKE replace(replace(replace(?1, '\\', "
    "'\\\\'), '%', '\\%'), '_', '\\_') || '/%' ESCAPE '\\') "
    "AND (?2 IS NULL OR at >= ?2) ORDER BY at, id";

int store_audit(struct store *s, const char *unit, const char *since, struct audit_info **out,
                size_t *n, struct px_err *e)
{
    static const char *const step = "read the audit log";
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, AUDIT_SQL, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, step, rc, AUDIT_SQL);
    const char *const params[] = {unit, since};
    rc = store_bind_texts(st, 1, params, 2);
    size_t cap = 0;
    int failed = 0;
    int bound = rc == SQLITE_OK;
    while (bound && !failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (vec_reserve(*out, cap, *n + 1)) {
            failed = 1;
            break;
        }
        struct audit_info *a = memset(&(*out)[(*n)++], 0, sizeof **out);
        char **texts[] = {&a->at,  &a->actor,    &a->action,   &a->subject, &a->old,
                          &a->new, &a->old_note, &a->new_note, &a->source};
        for (int k = 0; k < 9; k++)
            *texts[k] = store_column_dup(st, k, &failed);
        a->year = sqlite3_column_int(st, 9);
    }
    int bad = store_finish_listing(s, st, rc, failed, step, e);
    sqlite3_finalize(st);
    if (bad == 0)
        return 0;
    store_free_audit(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}
