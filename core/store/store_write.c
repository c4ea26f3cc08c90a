/* store_write.c — writing units, agencies, facts of a year (with an audit row when a value or
 * note changes) and imports (see store.h; runs and their scores in store_run.c), counting the
 * values a transaction changes.  New facts are inserted FACTS_PER_STATEMENT to a statement;
 * one stored already is looked up once, for both the repeat check and the audit.  A fact
 * from a line of an import keeps that line and no time (the import's row has the file and
 * the time; store_bind_origin), any other its source and time as text; a fact is read back
 * with them from the view fact_origin.  Every value is bound (texts as a list,
 * store_bind_texts); statements are cached.
 * Uses: libsqlite3, store_impl.h, fact.h, i18n.h (messages). */
#include "store.h"

#include <stdio.h>
#include <string.h>

#include "store_impl.h"
#include "i18n.h"

/* Runs the cached statement id with texts bound to ?1…?n. */
static int write_texts(struct store *s, enum store_stmt_id id, const char *sql, const char *step,
                       const char *const *texts, int n, struct px_err *e)
{
    sqlite3_stmt *st = store_stmt(s, id, sql, e);
    if (!st || store_bound(s, st, store_bind_texts(st, 1, texts, n), step, e))
        return -1;
    return store_step_done(s, st, step, e);
}

/* Counts the rows the statement just run changed (see store_changes); passes rc on. */
static int counted(struct store *s, int rc)
{
    if (rc == 0)
        s->changes += sqlite3_changes(s->db);
    return rc;
}

/* A unit or agency whose stored values are the same is left as it is (with the source and
 * time it had), so that importing the same file again changes nothing. */
int store_put_unit(struct store *s, const struct unit_row *u, struct px_err *e)
{
    char at[20];
    store_now(at);
    const char *const texts[] = {u->code, u->name, u->kind, u->parent, u->source, at};
    return counted(s, write_texts(
        s, STMT_UNIT_PUT,
        "INSERT INTO unit (code, name, kind, parent, source, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "parent = excluded.parent, source = excluded.source, at = excluded.at "
        "WHERE (name, kind, parent) IS NOT (excluded.name, excluded.kind, excluded.parent)",
        N_("store a unit"), texts, 6, e));
}

int store_put_agency(struct store *s, const struct agency_row *a, struct px_err *e)
{
    char at[20];
    store_now(at);
    const char *const texts[] = {a->code, a->name, a->source, at};
    return counted(s, write_texts(s, STMT_AGENCY_PUT,
                       "INSERT INTO agency (code, name, source, at) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                       "source = excluded.source, at = excluded.at WHERE name IS NOT excluded.name",
                       N_("store an agency"), texts, 4, e));
}

/* ---- facts ----------------------------------------------------------------------- */

/* Binds text that outlives the statement's step (SQLITE_STATIC: not copied), or NULL. */
static int bind_kept(sqlite3_stmt *st, int index, const char *text)
{
    return text ? sqlite3_bind_text(st, index, text, -1, SQLITE_STATIC)
                : sqlite3_bind_null(st, index);
}

/* The time a fact is stored at, as its row keeps it: NULL for its import's (one moment for
 * the whole file, import.at), else now. */
static const char *fact_time(struct store *s, char now[20])
{
    if (s->import_id && s->import_at[0])
        return NULL;
    store_now(now);
    return now;
}

/* Looks up the fact f as stored (value, note, source, import) into s->before, unless it holds
 * that fact already: 0, or -1 and e set. */
static int look_up_fact(struct store *s, const struct fact_row *f, struct px_err *e)
{
    static const char *const step = N_("read a fact");
    struct fact_before *b = &s->before;
    char key[sizeof b->key];
    int fits = (size_t)snprintf(key, sizeof key, "%s\x1f%s", f->unit, f->name) < sizeof key;
    if (fits && b->valid && b->year == f->year && !strcmp(b->key, key))
        return 0;
    b->valid = 0;
    sqlite3_stmt *st = store_stmt(s, STMT_FACT_GET,
                                  "SELECT type, num, text, source, note, import_id "
                                  "FROM fact_origin WHERE unit = ?1 AND name = ?2 AND year = ?3",
                                  e);
    if (!st)
        return -1;
    const char *const k[] = {f->unit, f->name};
    int rc = store_bind_texts(st, 1, k, 2);
    if (store_bound(s, st, rc ? rc : sqlite3_bind_int(st, 3, f->year), step, e))
        return -1;
    rc = sqlite3_step(st);
    b->found = rc == SQLITE_ROW;
    b->import_id = 0;
    b->note[0] = b->source[0] = '\0';
    if (b->found && store_column_fact(st, 0, &b->v) != 0) {
        px_err_set(e, PX_DATA, _("%s: the fact %s/%s has an unknown type '%s'"), s->name, f->unit,
                   f->name, (const char *)sqlite3_column_text(st, 0));
        rc = -1;
    } else if (b->found) {
        const char *old_note = (const char *)sqlite3_column_text(st, 4);
        snprintf(b->source, sizeof b->source, "%s", (const char *)sqlite3_column_text(st, 3));
        snprintf(b->note, sizeof b->note, "%s", old_note ? old_note : "");
        b->import_id = sqlite3_column_int64(st, 5);
        rc = 0;
    } else if (rc != SQLITE_DONE) {
        rc = store_fail(s, e, step, rc, sqlite3_sql(st));
    } else {
        rc = 0;
    }
    store_release(st);
    if (rc == 0 && fits) {
        snprintf(b->key, sizeof b->key, "%s", key);
        b->year = f->year;
        b->valid = 1;
    }
    return rc;
}

int store_fact_imported(struct store *s, const struct fact_row *f, char *source, size_t n,
                        struct px_err *e)
{
    if (!s->import_id)
        return 0;
    if (look_up_fact(s, f, e) != 0)
        return -1;
    int again = s->before.found && s->before.import_id == s->import_id;
    if (again)
        snprintf(source, n, "%s", s->before.source);
    return again;
}

int store_fact_stored_by(struct store *s, const struct fact_row *f, struct px_err *e)
{
    static const char *const step = N_("read a fact");
    sqlite3_stmt *st = store_stmt(s, STMT_FACT_BY,
                                  "SELECT 1 FROM fact WHERE unit = ?1 AND name = ?2 AND year = ?3 "
                                  "AND import_id = ?4 AND line IS ?5 AND source IS ?6", e);
    if (!st)
        return -1;
    int rc = bind_kept(st, 1, f->unit);
    rc = rc ? rc : bind_kept(st, 2, f->name);
    rc = rc ? rc : sqlite3_bind_int(st, 3, f->year);
    rc = rc ? rc : sqlite3_bind_int64(st, 4, s->import_id);
    rc = rc ? rc : store_bind_origin(s, st, 5, f->line, f->source);
    if (store_bound(s, st, rc, step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    store_release(st);
    return found;
}

static int same_value(const struct fact_value *a, const struct fact_value *b)
{
    if (a->type != b->type)
        return 0;
    switch (a->type) {
    case FACT_NUMBER:
    case FACT_BOOL:
        return a->num == b->num;
    case FACT_DATE:
    case FACT_TEXT:
        return strcmp(a->text, b->text) == 0;
    case FACT_NA:
        return 1;
    }
    return 0;
}

int store_audit_add(struct store *s, const struct store_audit_row *w, struct px_err *e)
{
    static const char *const step = "record a change in the audit log";
    char at[20];
    store_now(at);
    const char *actor = w->actor ? w->actor : s->actor ? s->actor : "unknown";
    const char *const texts[] = {at,        actor,     w->action, w->subject,    w->old,
                                 w->new,    w->source, w->old_source, w->old_note, w->new_note};
    sqlite3_stmt *st = store_stmt(
        s, STMT_AUDIT_ADD,
        "INSERT INTO audit (at, actor, action, subject, old, new, source, old_source, old_note, "
        "new_note, year) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        e);
    if (!st)
        return -1;
    int rc = store_bind_texts(st, 1, texts, 10);
    rc = rc ? rc : w->year ? sqlite3_bind_int(st, 11, w->year) : sqlite3_bind_null(st, 11);
    if (store_bound(s, st, rc, step, e))
        return -1;
    return store_step_done(s, st, step, e);
}

/* Audits a fact replaced with a different value or note (old NULL: a new fact written past
 * a lock with --force); the actor is "import" unless the command named one. */
static int audit_change(struct store *s, const struct fact_row *f, const struct fact_value *old,
                        const char *old_note, const char *old_source, const struct fact_value *v,
                        struct px_err *e)
{
    char subject[512], shown_old[300], shown_new[300];
    snprintf(subject, sizeof subject, "%s/%s", f->unit, f->name);
    if (old)
        fact_show(old, shown_old, sizeof shown_old);
    fact_show(v, shown_new, sizeof shown_new);
    struct store_audit_row w = {f->forced ? "fact.change.forced" : "fact.change",
                                subject,
                                old ? shown_old : NULL,
                                shown_new,
                                old && old_note[0] ? old_note : NULL,
                                f->note,
                                f->source,
                                old ? old_source : NULL,
                                f->year,
                                s->actor ? s->actor : "import"};
    return store_audit_add(s, &w, e);
}

int store_fact_changes(struct store *s, const struct fact_row *f, const struct fact_value *v,
                       struct px_err *e)
{
    if (look_up_fact(s, f, e) != 0)
        return -1;
    const struct fact_before *b = &s->before;
    if (!b->found)
        return 1;
    return !same_value(&b->v, v) || strcmp(b->note, f->note ? f->note : "") ? 2 : 0;
}

int store_put_fact(struct store *s, const struct fact_row *f, const struct fact_value *v,
                   struct px_err *e)
{
    static const char *const step = N_("store a fact");
    if (look_up_fact(s, f, e) != 0)
        return -1;
    const struct fact_before *b = &s->before;
    int changed = !b->found || !same_value(&b->v, v) || strcmp(b->note, f->note ? f->note : "");
    if (changed && (b->found || f->forced) &&
        audit_change(s, f, b->found ? &b->v : NULL, b->note, b->source, v, e) != 0)
        return -1;
    char now[20];
    const char *at = fact_time(s, now);
    sqlite3_stmt *st = store_stmt(
        s, STMT_FACT_PUT,
        "INSERT INTO fact (unit, name, type, num, text, line, source, at, import_id, year, "
        "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (unit, year, name) DO UPDATE SET type = excluded.type, "
        "num = excluded.num, text = excluded.text, note = excluded.note, "
        "line = excluded.line, source = excluded.source, import_id = excluded.import_id, "
        "at = excluded.at",
        e);
    if (!st)
        return -1;
    const char *const key[] = {f->unit, f->name};
    int rc = store_bind_texts(st, 1, key, 2);
    rc = rc ? rc : store_bind_fact(st, 3, v);
    rc = rc ? rc : store_bind_origin(s, st, 6, f->line, f->source);
    rc = rc ? rc : store_bind_text(st, 8, at);
    rc = rc ? rc
            : s->import_id ? sqlite3_bind_int64(st, 9, s->import_id) : sqlite3_bind_null(st, 9);
    rc = rc ? rc : sqlite3_bind_int(st, 10, f->year);
    rc = rc ? rc : store_bind_text(st, 11, f->note);
    s->before.valid = 0; /* the row changes now, whatever comes of it */
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    s->changes += changed;
    return 0;
}

/* The INSERT of n new facts (1 or FACTS_PER_STATEMENT), prepared once: ?1 the time (NULL
 * in an import), ?2 the import, ?3 the year, shared; then each fact's unit, name, type, num,
 * text, line, source (store_bind_origin: one of the two), note. */
static sqlite3_stmt *facts_stmt(struct store *s, int n, struct px_err *e)
{
    return store_rows_stmt(s, n == 1 ? STMT_FACT_ADD : STMT_FACT_ADD_MANY,
                           "INSERT INTO fact (unit, name, type, num, text, line, source, note, "
                           "at, import_id, year) VALUES ",
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?1, ?2, ?3)", n, 4,
                           " ON CONFLICT (unit, year, name) DO NOTHING", e);
}

/* Binds the n facts *f (values *v) to the statement of facts_stmt(n), at the time at (NULL:
 * the import's). */
static int bind_facts(struct store *s, sqlite3_stmt *st, const struct fact_row *const *f,
                      const struct fact_value *const *v, int n, const char *at)
{
    int rc = bind_kept(st, 1, at);
    rc = rc ? rc
            : s->import_id ? sqlite3_bind_int64(st, 2, s->import_id) : sqlite3_bind_null(st, 2);
    rc = rc ? rc : sqlite3_bind_int(st, 3, f[0]->year);
    for (int i = 0, p = 4; i < n && rc == SQLITE_OK; i++, p += 8) {
        rc = bind_kept(st, p, f[i]->unit);
        rc = rc ? rc : bind_kept(st, p + 1, f[i]->name);
        rc = rc ? rc : store_bind_fact(st, p + 2, v[i]);
        rc = rc ? rc : store_bind_origin(s, st, p + 5, f[i]->line, f[i]->source);
        rc = rc ? rc : bind_kept(st, p + 7, f[i]->note);
    }
    return rc;
}

long store_add_facts(struct store *s, const struct fact_row *const *f,
                     const struct fact_value *const *v, size_t n, struct px_err *e)
{
    static const char *const step = N_("store a fact");
    char now[20];
    const char *at = fact_time(s, now);
    long added = 0;
    s->before.valid = 0; /* a fact looked up as missing may be there now */
    for (size_t done = 0, batch; done < n; done += batch) {
        batch = n - done >= FACTS_PER_STATEMENT ? FACTS_PER_STATEMENT : 1;
        sqlite3_stmt *st = facts_stmt(s, (int)batch, e);
        if (!st || store_bound(s, st, bind_facts(s, st, f + done, v + done, (int)batch, at), step,
                               e) ||
            store_step_rows(s, st, step, e))
            return -1;
        added += sqlite3_changes(s->db);
    }
    s->changes += added;
    return added;
}

/* ---- imports --------------------------------------------------------------------- */

int store_find_import(struct store *s, const char *kind, const char *sha256, char at[20],
                      struct px_err *e)
{
    static const char *const step = N_("look for an earlier import of the file");
    sqlite3_stmt *st = store_stmt(
        s, STMT_IMPORT_FIND,
        "SELECT at FROM import WHERE kind = ?1 AND sha256 = ?2 ORDER BY id DESC LIMIT 1", e);
    const char *const key[] = {kind, sha256};
    if (!st || store_bound(s, st, store_bind_texts(st, 1, key, 2), step, e))
        return -1;
    return store_step_at(s, st, step, at, e);
}

int64_t store_add_import(struct store *s, const char *kind, const char *file,
                         const char *sha256, long rows, struct px_err *e)
{
    static const char *const step = N_("record the import");
    char at[20];
    store_now(at);
    sqlite3_stmt *st = store_stmt(
        s, STMT_IMPORT_ADD,
        "INSERT INTO import (kind, file, sha256, at, rows) VALUES (?1, ?2, ?3, ?4, ?5)", e);
    if (!st)
        return -1;
    const char *const texts[] = {kind, file, sha256, at};
    int rc = store_bind_texts(st, 1, texts, 4);
    rc = rc ? rc : sqlite3_bind_int64(st, 5, rows);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    s->import_id = sqlite3_last_insert_rowid(s->db);
    memcpy(s->import_at, at, sizeof s->import_at);
    return s->import_id;
}

int store_set_import_rows(struct store *s, int64_t import, long rows, struct px_err *e)
{
    return store_finish_import(s, import, rows, NULL, e);
}

int store_finish_import(struct store *s, int64_t import, long rows, const char *sha256,
                        struct px_err *e)
{
    static const char *const step = N_("count the imported rows");
    sqlite3_stmt *st = store_stmt(
        s, STMT_IMPORT_ROWS,
        "UPDATE import SET rows = ?2, sha256 = coalesce(?3, sha256) WHERE id = ?1", e);
    if (!st)
        return -1;
    int rc = sqlite3_bind_int64(st, 1, import);
    rc = rc ? rc : sqlite3_bind_int64(st, 2, rows);
    rc = rc ? rc : store_bind_text(st, 3, sha256);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    if (sqlite3_changes(s->db) != 1) {
        px_err_set(e, PX_SYSTEM, _("%s: cannot %s: there is no import %lld"), s->name, _(step),
                   (long long)import);
        return -1;
    }
    return 0;
}
