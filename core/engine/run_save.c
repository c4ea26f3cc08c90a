/* run_save.c — a scored run stored with every node's points and explanation (see
 * run_save.h): one row per node of each unit, a unit's rows written together.
 * Uses: store.h, i18n.h (messages). */
#include "run_save.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "why | read: a, b" for the stored explanation of a leaf. */
static char *leaf_explanation(const struct leaf_why *w)
{
    size_t n = (w->note ? strlen(w->note) : 0) + 16;
    for (size_t i = 0; i < w->nfacts_read; i++)
        n += strlen(w->facts_read[i]) + 2;
    char *s = malloc(n);
    if (!s)
        return NULL;
    size_t used = (size_t)snprintf(s, n, "%s", w->note ? w->note : "");
    for (size_t i = 0; i < w->nfacts_read; i++)
        used += (size_t)snprintf(s + used, n - used, "%s%s", i ? ", " : (used ? " | read: " : "read: "),
                                 w->facts_read[i]);
    return s;
}

int run_save_begin(struct store *s, const struct rules *rl, const char *as_of, const char *stage,
                   struct import_seen *seen, int64_t *run, struct px_err *e)
{
    const struct model *m = &rl->model;
    struct run_row row = {m->file, m->sha256, as_of, m->year, stage};
    if (store_begin(s, e) != 0 || store_last_import(s, seen, e) != 0)
        return -1;
    if ((*run = store_add_run(s, &row, e)) < 0) {
        store_rollback(s);
        return -1;
    }
    return 0;
}

int run_save_unit(struct store *s, const struct model *m, int64_t run,
                  const struct unit_result *u, struct px_err *e)
{
    if (u->status != UNIT_SCORED)
        return 0; /* no points to keep: a data error, or no data yet */
    size_t nrows = m->nnodes + m->nadjustments; /* the nodes, then bonus and penalty items */
    struct score_row *rows = calloc(nrows ? nrows : 1, sizeof *rows);
    char **why = calloc(m->nnodes ? m->nnodes : 1, sizeof *why);
    int rc = rows && why ? 0 : -1;
    for (size_t i = 0; i < m->nnodes && rc == 0; i++) {
        if (!m->nodes[i].nchildren && !(why[i] = leaf_explanation(&u->why[i])))
            rc = -1;
        rows[i] = (struct score_row){run, u->code, m->nodes[i].code, u->points[i], u->max[i],
                                     u->applicable[i], why[i]};
    }
    for (size_t k = 0; rc == 0 && k < m->nadjustments; k++) /* by code, no explanation */
        rows[m->nnodes + k] = (struct score_row){run, u->code, m->adjustments[k].code,
                                                 u->adjust[k], m->adjustments[k].max, 1, NULL};
    if (rc != 0)
        px_err_set(e, PX_SYSTEM, _("out of memory"));
    else
        rc = store_put_scores(s, rows, nrows, e);
    for (size_t i = 0; why && i < m->nnodes; i++)
        free(why[i]);
    free(why);
    free(rows);
    return rc;
}

int run_save_end(struct store *s, int ok, struct px_err *e)
{
    if (ok && store_commit(s, e) == 0)
        return 0;
    store_rollback(s);
    return -1;
}
