/* annex.c — the rows of the score report built from a run's results (see annex.h).
 * Uses: results.h, model.h, annex_evidence.h, annex_plan.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "annex.h"

#include <stdlib.h>
#include <string.h>

#include "annex_evidence.h"
#include "annex_plan.h"
#include "i18n.h"

int annex_is_none(double x)
{
    return isnan(x);
}

/* strdup of s, NULL for NULL; *failed set when out of memory. */
static char *copy(const char *s, int *failed)
{
    char *c = s ? strdup(s) : NULL;
    *failed |= s && !c;
    return c;
}

/* The unit's rows of the register (sorted by unit): *first and how many. */
static size_t unit_register(const struct annex_data *d, const char *unit,
                            const struct evidence_row **first)
{
    size_t k = 0, n = 0;
    while (k < d->nevidence && strcmp(d->evidence[k].unit, unit))
        k++;
    while (k + n < d->nevidence && !strcmp(d->evidence[k + n].unit, unit))
        n++;
    *first = d->evidence + k;
    return n;
}

static int fill_unit(struct annex_unit *au, const struct model *m, const struct unit_result *u,
                     const struct annex_data *d, struct px_err *e)
{
    au->u = u;
    au->rows = calloc(m->nnodes ? m->nnodes : 1, sizeof *au->rows);
    if (!au->rows) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    const struct evidence_row *reg;
    size_t nreg = unit_register(d, u->code, &reg);
    int scored = u->status == UNIT_SCORED, failed = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (!u->applicable[i])
            continue;
        const struct node *n = &m->nodes[i];
        struct annex_row *row = &au->rows[au->nrows++];
        double points = scored ? u->points[i] : ANNEX_NONE;
        *row = (struct annex_row){.node = (int)i, .max = u->max[i], .self = points,
                                  .appraisal1 = ANNEX_NONE, .appraisal2 = ANNEX_NONE,
                                  .final = points, .survey = n->survey,
                                  .survey_answers = -1};
        if (n->nchildren == 0) {
            if (annex_evidence(m, i, d->year, reg, nreg, &row->evidence, e) != 0)
                return -1;
        } else
            row->evidence = copy(n->evidence, &failed);
        row->note = copy(n->nchildren == 0 && scored ? u->why[i].note : NULL, &failed);
    }
    if (failed)
        px_err_set(e, PX_SYSTEM, _("out of memory"));
    return failed ? -1 : 0;
}

int annex_build(struct annex *a, const struct results *r, const struct annex_data *d,
                struct px_err *e)
{
    *a = (struct annex){.r = r};
    a->units = calloc(r->nunits ? r->nunits : 1, sizeof *a->units);
    if (!a->units) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    for (size_t i = 0; i < r->nunits; i++) {
        a->nunits++;
        if (fill_unit(&a->units[i], r->model, &r->units[i], d, e) != 0) {
            annex_free(a);
            return -1;
        }
    }
    if (annex_plan_deadlines(a, d, e) != 0 || annex_plan_survey(a, d, e) != 0) {
        annex_free(a);
        return -1;
    }
    return 0;
}

void annex_free(struct annex *a)
{
    for (size_t i = 0; i < a->nunits; i++) {
        for (size_t k = 0; k < a->units[i].nrows; k++) {
            free(a->units[i].rows[k].evidence);
            free(a->units[i].rows[k].note);
        }
        free(a->units[i].rows);
    }
    free(a->units);
    free(a->deadlines);
    free(a->group_answers);
    *a = (struct annex){0};
}
