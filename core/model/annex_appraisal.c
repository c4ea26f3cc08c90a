/* annex_appraisal.c — the rounds in the score report's rows (see annex_appraisal.h).
 * Provides annex_appraisals().  Uses: annex.h, appraisal_sheet.h, model.h, results.h (exact
 * sums in pico-points). */
#include "annex_appraisal.h"

#include <stdint.h>

/* Row j of a parent: self is the sum of its children's self (rows after it in tree order,
 * already summed when walked backwards); a row without a self score is left so. */
static void parent_self(const struct model *m, const struct annex_unit *au, size_t j)
{
    struct annex_row *row = &au->rows[j];
    if (!m->nodes[row->node].nchildren || annex_is_none(row->self))
        return;
    int64_t sum = 0;
    for (size_t k = j + 1; k < au->nrows; k++)
        if (m->nodes[au->rows[k].node].parent == row->node && !annex_is_none(au->rows[k].self))
            sum += results_pico(au->rows[k].self);
    row->self = (double)sum / RESULTS_PER_POINT;
}

void annex_appraisals(struct annex *a, const struct appraisal_sheet *s)
{
    if (!s->entries)
        return;
    for (size_t k = 0; k < a->nunits; k++) {
        const struct annex_unit *au = &a->units[k];
        long u = au->u && au->u->code ? appraisal_sheet_unit(s, au->u->code) : -1;
        for (size_t j = 0; u >= 0 && j < au->nrows; j++) {
            struct annex_row *row = &au->rows[j];
            if (a->r->model->nodes[row->node].nchildren || annex_is_none(row->self))
                continue;
            const struct sheet_entry *e = appraisal_sheet_at(s, (size_t)u, (size_t)row->node);
            row->self = e->self;
            row->appraisal1 = e->has[1] ? e->points[1] : ANNEX_NONE;
            row->appraisal2 = e->has[2] ? e->points[2] : ANNEX_NONE;
        }
        for (size_t j = au->nrows; u >= 0 && j-- > 0;) /* parents: their children's self */
            parent_self(a->r->model, au, j);
    }
}
