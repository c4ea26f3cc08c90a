/* run_save.c — a scored run stored with every node's points and explanation (see
 * run_save.h). */
#include "run_save.h"

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

static int save_scores(struct store *s, const struct model *m, const struct results *r,
                       int64_t run, struct px_err *e)
{
    for (size_t u = 0; u < r->nunits; u++) {
        const struct unit_result *ur = &r->units[u];
        if (ur->status != UNIT_SCORED)
            continue; /* no points to keep: a data error, or no data yet */
        for (size_t i = 0; i < m->nnodes; i++) {
            char *why = m->nodes[i].nchildren ? NULL : leaf_explanation(&ur->why[i]);
            struct score_row row = {run, ur->code, m->nodes[i].code, ur->points[i], ur->max[i],
                                    ur->applicable[i], why};
            int rc = store_put_score(s, &row, e);
            free(why);
            if (rc != 0)
                return -1;
        }
        for (size_t k = 0; k < m->nadjustments; k++) { /* bonus and penalty items, by code */
            struct score_row row = {run, ur->code, m->adjustments[k].code, ur->adjust[k],
                                    m->adjustments[k].max, 1, NULL};
            if (store_put_score(s, &row, e) != 0)
                return -1;
        }
    }
    return 0;
}

int run_save(struct store *s, const struct rules *rl, const struct results *r,
             const char *as_of, const char *stage, struct px_err *e)
{
    const struct model *m = &rl->model;
    struct run_row run = {m->file, m->sha256, as_of, m->year, stage};
    if (store_begin(s, e) != 0)
        return -1;
    int64_t id = store_add_run(s, &run, e);
    if (id < 0 || save_scores(s, m, r, id, e) != 0 || store_commit(s, e) != 0) {
        store_rollback(s);
        return -1;
    }
    return 0;
}

