/* store_evidence.c — the evidence register of each year (see store.h): documents keyed by
 * unit, year and number, explanations, the nodes each supports, an audit row for every
 * addition and change, and reading a year's register back.
 * Uses: libsqlite3, store_impl.h, docnum.h (struct evidence_row), vec.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_impl.h"
#include "vec.h"
#include "i18n.h"

/* The row's details as one line, for the audit log: "KH | UBND | 2019-11-28 | title | place |
 * 1.1.1 1.2"; malloc'd, NULL when out of memory. */
static char *summary(const char *type, const char *issuer, const char *issued, const char *title,
                     const char *location, const char *explanation, const char *nodes)
{
    const char *parts[] = {type, issuer, issued, title, location, explanation, nodes};
    size_t len = 1;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        len += (parts[i] ? strlen(parts[i]) : 0) + 3;
    char *out = malloc(len);
    if (!out)
        return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (i)
            strcat(out, " | ");
        strcat(out, parts[i] ? parts[i] : "");
    }
    return out;
}

/* The row's nodes joined by spaces (they are sorted); malloc'd, NULL when out of memory. */
static char *joined_nodes(const struct evidence_row *r)
{
    size_t len = 1;
    for (size_t i = 0; i < r->nnodes; i++)
        len += strlen(r->nodes[i]) + 1;
    char *out = malloc(len);
    if (!out)
        return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < r->nnodes; i++) {
        if (i)
            strcat(out, " ");
        strcat(out, r->nodes[i]);
    }
    return out;
}

/* The change's audit row; who is the command's --by or $USER when the command named one
 * (store_set_actor), else actor ("import", "attach"). */
static int audit(struct store *s, const char *actor, const char *action, const char *subject,
                 const char *old, const char *new, const char *source, const char *old_source,
                 int year, struct px_err *e)
{
    struct store_audit_row w = {action, subject, old,        new, NULL, NULL, source,
                                old_source, year, s->actor ? s->actor : actor};
    return store_audit_add(s, &w, e);
}

/* The stored document (unit, year, number): 1 with its id, summary and source (malloc'd),
 * 0 when there is none, -1 on error. */
static int find_document(struct store *s, const struct evidence_row *r, long long *id,
                         char **old, char **old_source, struct px_err *e)
{
    static const char *const step = "look up an evidence document";
    sqlite3_stmt *st = store_stmt(
        s, STMT_EVIDENCE_FIND,
        "SELECT id, type, issuer, issued, title, location, explanation, source, "
        "(SELECT group_concat(node, ' ') FROM (SELECT node FROM evidence_node "
        "WHERE evidence = evidence.id ORDER BY node)) "
        "FROM evidence WHERE unit = ?1 AND year = ?2 AND number = ?3", e);
    if (!st)
        return -1;
    int rc = store_bind_text(st, 1, r->unit);
    rc = rc ? rc : sqlite3_bind_int(st, 2, r->year);
    rc = rc ? rc : store_bind_text(st, 3, r->number);
    if (store_bound(s, st, rc, step, e))
        return -1;
    int found = store_step_row(s, st, step, e);
    if (found == 0)
        store_release(st);
    if (found == 1) {
        const char *c[8];
        for (int i = 0; i < 8; i++)
            c[i] = (const char *)sqlite3_column_text(st, i + 1);
        *id = sqlite3_column_int64(st, 0);
        *old = summary(c[0], c[1], c[2], c[3], c[4], c[5], c[7]);
        *old_source = c[6] ? strdup(c[6]) : NULL;
        store_release(st);
        if (!*old || !*old_source) {
            free(*old);
            free(*old_source);
            px_err_set(e, PX_SYSTEM, _("out of memory"));
            return -1;
        }
    }
    return found;
}

/* Inserts (id 0) or updates the row's columns; returns its id, or -1. */
static long long write_row(struct store *s, const struct evidence_row *r, long long id,
                           struct px_err *e)
{
    static const char *const step = "store an evidence document";
    char at[20];
    store_now(at);
    sqlite3_stmt *st =
        id ? store_stmt(s, STMT_EVIDENCE_UPDATE,
                        "UPDATE evidence SET type = ?4, issuer = ?5, issued = ?6, title = ?7, "
                        "location = ?8, explanation = ?9, source = ?10, at = ?11, "
                        "import_id = ?12 WHERE id = ?13", e)
           : store_stmt(s, STMT_EVIDENCE_ADD,
                        "INSERT INTO evidence (unit, year, number, type, issuer, issued, title, "
                        "location, explanation, source, at, import_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", e);
    if (!st)
        return -1;
    int rc = SQLITE_OK;
    if (!id) {
        rc = store_bind_text(st, 1, r->unit);
        rc = rc ? rc : sqlite3_bind_int(st, 2, r->year);
        rc = rc ? rc : store_bind_text(st, 3, r->number);
    }
    const char *const texts[] = {r->type, r->issuer, r->issued, r->title, r->location,
                                 r->explanation, r->source, at};
    rc = rc ? rc : store_bind_texts(st, 4, texts, 8);
    rc = rc ? rc
            : s->import_id ? sqlite3_bind_int64(st, 12, s->import_id) : sqlite3_bind_null(st, 12);
    if (id)
        rc = rc ? rc : sqlite3_bind_int64(st, 13, id);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    return id ? id : sqlite3_last_insert_rowid(s->db);
}

static int write_nodes(struct store *s, long long id, const struct evidence_row *r,
                       struct px_err *e)
{
    static const char *const drop = "replace the nodes of an evidence document";
    static const char *const add = "store a node of an evidence document";
    sqlite3_stmt *st = store_stmt(s, STMT_EVIDENCE_NODES_DROP,
                                  "DELETE FROM evidence_node WHERE evidence = ?1", e);
    if (!st || store_bound(s, st, sqlite3_bind_int64(st, 1, id), drop, e) ||
        store_step_done(s, st, drop, e))
        return -1;
    for (size_t i = 0; i < r->nnodes; i++) {
        st = store_stmt(s, STMT_EVIDENCE_NODE_ADD,
                        "INSERT OR IGNORE INTO evidence_node (evidence, node) VALUES (?1, ?2)", e);
        if (!st)
            return -1;
        int rc = sqlite3_bind_int64(st, 1, id);
        rc = rc ? rc : store_bind_text(st, 2, r->nodes[i]);
        if (store_bound(s, st, rc, add, e) || store_step_done(s, st, add, e))
            return -1;
    }
    return 0;
}

int store_put_evidence(struct store *s, const struct evidence_row *r, const char *actor,
                       struct px_err *e)
{
    long long id = 0;
    char *old = NULL, *old_source = NULL, *new = NULL, *nodes = joined_nodes(r);
    if (!nodes) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    int rc = r->number && find_document(s, r, &id, &old, &old_source, e) < 0 ? -1 : 0;
    if (rc == 0 && !(new = summary(r->type, r->issuer, r->issued, r->title, r->location,
                                   r->explanation, nodes))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        rc = -1;
    }
    int changed = rc == 0 && (!old || strcmp(old, new) != 0);
    if (changed) {
        char subject[600];
        snprintf(subject, sizeof subject, "%s/evidence/%s", r->unit,
                 r->number ? r->number : nodes);
        const char *action = !r->number ? "evidence.explain" : id ? "evidence.change"
                                                                  : "evidence.add";
        if ((id = write_row(s, r, id, e)) < 0 || write_nodes(s, id, r, e) ||
            audit(s, actor, action, subject, old, new, r->source, old_source, r->year, e))
            rc = -1;
        else
            s->changes++;
    }
    free(old);
    free(old_source);
    free(new);
    free(nodes);
    return rc;
}

/* Reads the node codes of document id into r. */
static int read_nodes(struct store *s, struct evidence_row *r, struct px_err *e)
{
    static const char *const step = "list the nodes of an evidence document";
    sqlite3_stmt *st = store_stmt(
        s, STMT_EVIDENCE_NODES, "SELECT node FROM evidence_node WHERE evidence = ?1 ORDER BY node",
        e);
    if (!st || store_bound(s, st, sqlite3_bind_int64(st, 1, r->id), step, e))
        return -1;
    size_t cap = 0;
    int rc = SQLITE_DONE, failed = 0;
    while (!failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (vec_reserve(r->nodes, cap, r->nnodes + 1)) {
            failed = 1;
            break;
        }
        r->nodes[r->nnodes] = store_column_dup(st, 0, &failed);
        r->nnodes += !failed;
    }
    return store_finish_listing(s, st, rc, failed, step, e);
}

int store_evidence(struct store *s, int year, const char *unit, struct evidence_row **out,
                   size_t *n, struct px_err *e)
{
    static const char *const step = "list the evidence register";
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_stmt(
        s, STMT_EVIDENCE_LIST,
        "SELECT id, unit, number, type, issuer, issued, title, location, explanation, source "
        "FROM evidence WHERE year = ?1 AND (?2 IS NULL OR unit = ?2) "
        "ORDER BY unit, number IS NULL, number, id", e);
    if (!st)
        return -1;
    int rc = sqlite3_bind_int(st, 1, year);
    if (store_bound(s, st, rc ? rc : store_bind_text(st, 2, unit), step, e))
        return -1;
    size_t cap = 0;
    int failed = 0;
    while (!failed && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (vec_reserve(*out, cap, *n + 1)) {
            failed = 1;
            break;
        }
        struct evidence_row *r = &(*out)[(*n)++];
        memset(r, 0, sizeof *r);
        r->id = sqlite3_column_int64(st, 0);
        r->year = year;
        char **cols[] = {&r->unit,  &r->number,   &r->type,        &r->issuer, &r->issued,
                         &r->title, &r->location, &r->explanation, &r->source};
        for (int i = 0; i < 9; i++)
            *cols[i] = store_column_dup(st, i + 1, &failed);
    }
    int bad = store_finish_listing(s, st, rc, failed, step, e);
    for (size_t i = 0; i < *n && !bad; i++)
        bad = read_nodes(s, &(*out)[i], e);
    if (!bad)
        return 0;
    evidence_rows_free(*out, *n);
    *out = NULL;
    *n = 0;
    return -1;
}
