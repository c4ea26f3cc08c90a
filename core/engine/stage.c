/* stage.c — the final stage of scoring: appraisals in place of self-assessed points (see
 * stage.h). */
#include "stage.h"

#include <string.h>

#include "store_appraisal.h"

static const char *const NAMES[] = {[STAGE_FINAL] = "final", [STAGE_SELF] = "self"};

int stage_parse(const char *name, enum stage *out)
{
    for (int i = 0; i < 2; i++)
        if (!strcmp(name, NAMES[i])) {
            *out = (enum stage)i;
            return 0;
        }
    return -1;
}

const char *stage_name(enum stage s)
{
    return NAMES[s];
}

static struct unit_result *unit_of(struct results *r, const char *code)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (!strcmp(r->units[i].code, code))
            return &r->units[i];
    return NULL;
}

int stage_final(struct store *s, int year, struct results *r, struct px_err *e)
{
    struct appraisal_info *a;
    size_t n;
    if (store_appraisals(s, year, NULL, &a, &n, e) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        struct unit_result *u = unit_of(r, a[i].unit);
        int node = model_find(r->model, a[i].node);
        if (!u || u->status != UNIT_SCORED || node < 0 || r->model->nodes[node].nchildren ||
            !u->applicable[node])
            continue; /* a unit or node these rules do not score */
        double points = appraisal_final(&a[i], u->points[node]);
        u->points[node] = points < u->max[node] ? points : u->max[node];
    }
    store_free_appraisals(a, n);
    results_finish(r);
    return 0;
}
