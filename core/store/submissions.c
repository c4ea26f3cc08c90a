/* submissions.c — storing and reading submissions (see submissions.h).  Storing keeps its
 * statements prepared (an import records one per row, the example's dozens), reading the
 * list prepares its one per call; every SQLite call checked and named.
 * Uses: store_impl.h (errors, binding, the statement cache, the audit log, the clock),
 * submissions.h, calendar.h (dates as users read them, in the audit), vec.h, i18n.h
 * (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "submissions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "store_impl.h"
#include "vec.h"
#include "i18n.h"

static sqlite3_stmt *prepare(struct store *s, const char *sql, const char *step, struct px_err *e)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        store_fail(s, e, step, rc, sql);
        return NULL;
    }
    return st;
}

/* "25/12/2019 (125/BC-STP)" as the audit shows a receipt (received is yyyy-mm-dd). */
static void shown(const char *received, const char *doc, char *buf, size_t n)
{
    struct px_date d;
    char vn[11] = "?";
    if (date_parse(received, &d, NULL) == 0)
        date_vn(d, vn);
    snprintf(buf, n, "%s%s%.200s%s", vn, doc ? " (" : "", doc ? doc : "", doc ? ")" : "");
}

static int audit(struct store *s, const struct submission_row *r, const char *actor,
                 const char *old, const char *old_source, struct px_err *e)
{
    char subject[300], now[300];
    snprintf(subject, sizeof subject, "%s/%s", r->deadline, r->agency);
    shown(r->received, r->doc, now, sizeof now);
    struct store_audit_row w = {old ? "submission.change" : "submission.add", subject, old, now,
                                NULL, NULL, r->source, old_source, r->year, actor};
    return store_audit_add(s, &w, e);
}

static int same(const unsigned char *a, const char *b)
{
    return a ? b && !strcmp((const char *)a, b) : !b;
}

/* The stored receipt of r's key as the audit shows it into old: 1 when it differs from r, 2
 * when it is the same (nothing to write), 0 when there is none; -1 with e. */
static int old_receipt(struct store *s, const struct submission_row *r, char *old, size_t n,
                       char *old_source, size_t m, struct px_err *e)
{
    static const char *const step = "read a submission";
    static const char *const sql = "SELECT received, doc, source, doc_date, note FROM submission "
                                   "WHERE year = ?1 AND deadline = ?2 AND agency = ?3";
    sqlite3_stmt *st = store_stmt(s, STMT_SUBMISSION_GET, sql, e);
    if (!st)
        return -1;
    const char *const key[] = {r->deadline, r->agency};
    int rc = sqlite3_bind_int(st, 1, r->year);
    rc = rc ? rc : store_bind_texts(st, 2, key, 2);
    if (store_bound(s, st, rc, step, e))
        return -1;
    rc = sqlite3_step(st);
    int found = rc == SQLITE_ROW;
    if (found) {
        shown((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
              old, n);
        snprintf(old_source, m, "%s", (const char *)sqlite3_column_text(st, 2));
        if (same(sqlite3_column_text(st, 0), r->received) &&
            same(sqlite3_column_text(st, 1), r->doc) &&
            same(sqlite3_column_text(st, 3), r->doc_date) &&
            same(sqlite3_column_text(st, 4), r->note))
            found = 2;
    } else if (rc != SQLITE_DONE) {
        store_fail(s, e, step, rc, sql);
        found = -1;
    }
    store_release(st);
    return found;
}

int store_put_submission(struct store *s, const struct submission_row *r, const char *actor,
                         struct px_err *e)
{
    static const char *const step = "store a submission";
    static const char *const sql =
        "INSERT INTO submission (year, deadline, agency, received, doc, doc_date, note, source, "
        "import_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (year, deadline, agency) DO UPDATE SET received = excluded.received, "
        "doc = excluded.doc, doc_date = excluded.doc_date, note = excluded.note, "
        "source = excluded.source, import_id = excluded.import_id, at = excluded.at";
    char old[300], old_source[300], at[20];
    int found = old_receipt(s, r, old, sizeof old, old_source, sizeof old_source, e);
    if (found == 2)
        return 0; /* recorded already, as it is */
    if (found < 0 || audit(s, r, actor, found ? old : NULL, found ? old_source : NULL, e) != 0)
        return -1;
    sqlite3_stmt *st = store_stmt(s, STMT_SUBMISSION_PUT, sql, e);
    if (!st)
        return -1;
    store_now(at);
    const char *const texts[] = {r->deadline, r->agency, r->received, r->doc, r->doc_date,
                                 r->note, r->source};
    int rc = sqlite3_bind_int(st, 1, r->year);
    rc = rc ? rc : store_bind_texts(st, 2, texts, 7);
    rc = rc ? rc : s->import_id ? sqlite3_bind_int64(st, 9, s->import_id) : sqlite3_bind_null(st, 9);
    rc = rc ? rc : store_bind_text(st, 10, at);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    s->changes++;
    return 0;
}

static void free_row(struct submission_row *r)
{
    free(r->deadline);
    free(r->agency);
    free(r->received);
    free(r->doc);
    free(r->doc_date);
    free(r->note);
    free(r->source);
}

static char *column_dup(sqlite3_stmt *st, int i, int *oom)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    if (!t)
        return NULL;
    char *d = strdup((const char *)t);
    *oom |= !d;
    return d;
}

int store_submissions(struct store *s, int year, struct submission_row **out, size_t *n,
                      struct px_err *e)
{
    static const char *const step = "read the submissions";
    static const char *const sql = "SELECT deadline, agency, received, doc, doc_date, note, source "
                                   "FROM submission WHERE year = ?1 ORDER BY deadline, agency";
    struct submission_row *v = NULL;
    size_t count = 0, cap = 0;
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = prepare(s, sql, step, e);
    if (!st)
        return -1;
    int rc = sqlite3_bind_int(st, 1, year), oom = 0;
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW && !oom) {
        struct submission_row r = {.year = year};
        r.deadline = column_dup(st, 0, &oom);
        r.agency = column_dup(st, 1, &oom);
        r.received = column_dup(st, 2, &oom);
        r.doc = column_dup(st, 3, &oom);
        r.doc_date = column_dup(st, 4, &oom);
        r.note = column_dup(st, 5, &oom);
        r.source = column_dup(st, 6, &oom);
        if (oom || VEC_PUSH(v, count, cap, r) != 0) {
            free_row(&r);
            store_free_submissions(v, count);
            px_err_set(e, PX_SYSTEM, _("out of memory reading the submissions"));
            sqlite3_finalize(st);
            return -1;
        }
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) {
        store_fail(s, e, step, rc, sql);
        sqlite3_finalize(st);
        store_free_submissions(v, count);
        return -1;
    }
    sqlite3_finalize(st);
    *out = v;
    *n = count;
    return 0;
}

void store_free_submissions(struct submission_row *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free_row(&v[i]);
    free(v);
}
