/* run_save.c — a scored run stored with every node's points and explanation (see
 * run_save.h): the run's node codes once (the tree's, then the bonus and penalty items), then
 * one row per unit, its leaves' explanations built in one buffer.
 * Uses: store.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* stpcpy */
#include "run_save.h"

#include "i18n.h"

#include <stdlib.h>
#include <string.h>

/* The bytes of a leaf's stored explanation with its NUL (see put_why). */
static size_t why_size(const struct leaf_why *w)
{
    size_t n = (w->note ? strlen(w->note) : 0) + sizeof " | read: ";
    for (size_t i = 0; i < w->nfacts_read; i++)
        n += strlen(w->facts_read[i]) + 2;
    return n;
}

/* Writes a leaf's stored explanation at p, "why | read: a, b" (either part alone when the
 * other is empty); returns the byte after its NUL. */
static char *put_why(char *p, const struct leaf_why *w)
{
    char *start = p;
    if (w->note)
        p = stpcpy(p, w->note);
    for (size_t i = 0; i < w->nfacts_read; i++)
        p = stpcpy(stpcpy(p, i ? ", " : p > start ? " | read: " : "read: "), w->facts_read[i]);
    *p = '\0';
    return p + 1;
}

int run_save_begin(struct store *s, const struct rules *rl, const char *as_of, const char *stage,
                   struct import_seen *seen, int64_t *run, struct px_err *e)
{
    const struct model *m = &rl->model;
    size_t n = m->nnodes + m->nadjustments;
    const char **nodes = malloc((n ? n : 1) * sizeof *nodes);
    if (!nodes) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    for (size_t i = 0; i < m->nnodes; i++)
        nodes[i] = m->nodes[i].code;
    for (size_t k = 0; k < m->nadjustments; k++)
        nodes[m->nnodes + k] = m->adjustments[k].code;
    struct run_row row = {m->file, m->sha256, as_of, m->year, stage, nodes, n};
    int rc = store_begin(s, e) != 0 || store_last_import(s, seen, e) != 0 ? -1 : 0;
    if (rc == 0 && (*run = store_add_run(s, &row, e)) < 0) {
        store_rollback(s);
        rc = -1;
    }
    free(nodes);
    return rc;
}

int run_save_unit(struct store *s, const struct model *m, int64_t run,
                  const struct unit_result *u, struct px_err *e)
{
    if (u->status != UNIT_SCORED)
        return 0; /* no points to keep: a data error, or no data yet */
    size_t n = m->nnodes + m->nadjustments, room = 1;
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren)
            room += why_size(&u->why[i]);
    struct score_entry *v = malloc((n ? n : 1) * sizeof *v);
    char *texts = malloc(room), *p = texts;
    int rc = -1;
    if (v && texts) {
        for (size_t i = 0; i < m->nnodes; i++) {
            v[i] = (struct score_entry){u->points[i], u->max[i], u->applicable[i], NULL};
            if (!m->nodes[i].nchildren) {
                v[i].explanation = p;
                p = put_why(p, &u->why[i]);
            }
        }
        for (size_t k = 0; k < m->nadjustments; k++) /* no explanation */
            v[m->nnodes + k] = (struct score_entry){u->adjust[k], m->adjustments[k].max, 1, NULL};
        rc = store_put_unit_scores(s, run, u->code, v, n, e);
    } else {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
    }
    free(texts);
    free(v);
    return rc;
}

int run_save_end(struct store *s, int ok, struct px_err *e)
{
    if (ok && store_commit(s, e) == 0)
        return 0;
    store_rollback(s);
    return -1;
}
