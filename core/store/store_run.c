/* store_run.c — a run stored (see store.h): its row and its nodes once, then one row per
 * scored unit holding every node's points, maximum, applicable flag and explanation as one
 * JSON array (store_run_json.c writes it; the view `score` reads it back as one row per
 * node).  The run's defaults for each node, the maximum and explanation of the first unit
 * where it is applicable, are kept here while the run is stored and once in run_node; a
 * node that has them, and is applicable, is written as its bare points.
 * Provides store_add_run(), store_put_unit_scores(), store_run_forget().
 * Uses: libsqlite3, store_impl.h, store_run_json.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "store_impl.h"
#include "store_run_json.h"
#include "i18n.h"

/* The defaults of the run store_add_run recorded last (struct store's defaults). */
struct run_defaults {
    int64_t run;
    size_t n;
    struct node_default node[];
};

void store_run_forget(struct store *s)
{
    if (!s->defaults)
        return;
    for (size_t i = 0; i < s->defaults->n; i++)
        free(s->defaults->node[i].explanation);
    free(s->defaults);
    s->defaults = NULL;
}

int64_t store_add_run(struct store *s, const struct run_row *r, struct px_err *e)
{
    static const char *const step = N_("record the run");
    store_run_forget(s); /* a run rolled back may have had the id this one gets */
    char at[20];
    store_now(at);
    sqlite3_stmt *st = store_stmt(
        s, STMT_RUN_ADD,
        "INSERT INTO run (rules_file, rules_sha256, as_of, at, year, data_as_of_import, stage) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, 'final'))",
        e);
    if (!st)
        return -1;
    const char *const texts[] = {r->rules_file, r->rules_sha256, r->as_of, at};
    int rc = store_bind_texts(st, 1, texts, 4);
    rc = rc ? rc : sqlite3_bind_int(st, 5, r->year);
    rc = rc ? rc
            : s->seen_import ? sqlite3_bind_int64(st, 6, s->seen_import) : sqlite3_bind_null(st, 6);
    rc = rc ? rc : store_bind_text(st, 7, r->stage);
    if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e))
        return -1;
    int64_t run = sqlite3_last_insert_rowid(s->db);
    static const char *const node_step = N_("record the nodes of the run");
    for (size_t i = 0; i < r->nnodes; i++) {
        if (!(st = store_stmt(s, STMT_RUN_NODE_ADD,
                              "INSERT INTO run_node (run, seq, node) VALUES (?1, ?2, ?3)", e)))
            return -1;
        rc = sqlite3_bind_int64(st, 1, run);
        rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        rc = rc ? rc : store_bind_text(st, 3, r->nodes[i]);
        if (store_bound(s, st, rc, node_step, e) || store_step_done(s, st, node_step, e))
            return -1;
    }
    if (!(s->defaults = calloc(1, sizeof *s->defaults + r->nnodes * sizeof *s->defaults->node))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    s->defaults->run = run;
    s->defaults->n = r->nnodes;
    return run;
}

/* Makes each node of v applicable here and without a default yet take v's maximum and
 * explanation as its default, in d and in run_node.  0, or -1 with e set and d forgotten (a
 * run whose defaults are not all written writes no more bare nodes). */
static int set_defaults(struct store *s, const struct score_entry *v, struct px_err *e)
{
    static const char *const step = N_("record the nodes of the run");
    struct run_defaults *d = s->defaults;
    for (size_t i = 0; i < d->n; i++) {
        if (d->node[i].set || !v[i].applicable)
            continue;
        sqlite3_stmt *st = store_stmt(
            s, STMT_RUN_NODE_DEFAULT,
            "UPDATE run_node SET max = ?3, explanation = ?4 WHERE run = ?1 AND seq = ?2", e);
        char *copy = v[i].explanation ? strdup(v[i].explanation) : NULL;
        if (!st || (v[i].explanation && !copy)) {
            if (st)
                px_err_set(e, PX_SYSTEM, _("out of memory"));
            free(copy);
            store_run_forget(s);
            return -1;
        }
        d->node[i] = (struct node_default){1, v[i].max, copy};
        int rc = sqlite3_bind_int64(st, 1, d->run);
        rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        rc = rc ? rc : sqlite3_bind_double(st, 3, v[i].max);
        rc = rc ? rc : store_bind_text(st, 4, v[i].explanation);
        if (store_bound(s, st, rc, step, e) || store_step_done(s, st, step, e)) {
            store_run_forget(s);
            return -1;
        }
    }
    return 0;
}

int store_put_unit_scores(struct store *s, int64_t run, const char *unit,
                          const struct score_entry *v, size_t n, struct px_err *e)
{
    static const char *const step = N_("store the scores of a unit");
    struct run_defaults *d = s->defaults && s->defaults->run == run && s->defaults->n == n
                                 ? s->defaults : NULL;
    size_t len = 0;
    int finite;
    char *json = store_run_json(v, n, d ? d->node : NULL, &len, &finite);
    if (!json) {
        if (finite)
            px_err_set(e, PX_SYSTEM, _("out of memory"));
        else
            px_err_set(e, PX_DATA, _("%s: cannot store the scores of unit %s: one of its "
                       "points is not a finite number"), s->name, unit);
        return -1;
    }
    int rc = d && set_defaults(s, v, e) != 0 ? -1 : 0;
    sqlite3_stmt *st = rc ? NULL : store_stmt(
        s, STMT_SCORE_UNIT_PUT, "INSERT INTO score_unit (run, unit, nodes) VALUES (?1, ?2, ?3)", e);
    if (st) {
        int bind = sqlite3_bind_int64(st, 1, run);
        bind = bind ? bind : store_bind_text(st, 2, unit);
        bind = bind ? bind : sqlite3_bind_text64(st, 3, json, len, SQLITE_STATIC, SQLITE_UTF8);
        rc = store_bound(s, st, bind, step, e) ? -1 : store_step_done(s, st, step, e);
    } else {
        rc = -1;
    }
    free(json);
    return rc;
}
