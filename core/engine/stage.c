/* stage.c — the appraisal sheet from the database and the final stage of scoring (see
 * stage.h).
 * Provides stage_parse(), stage_name(), stage_sheet(), stage_final().  Uses: store_appraisal.h,
 * appraisal_sheet.h, results.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "stage.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
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

static long unit_of(const struct results *r, const char *code)
{
    for (size_t i = 0; i < r->nunits; i++)
        if (!strcmp(r->units[i].code, code))
            return (long)i;
    return -1;
}

static char *dup_or_null(const char *s, int *failed)
{
    char *copy = s ? strdup(s) : NULL;
    *failed |= s && !copy;
    return copy;
}

int stage_sheet(struct store *s, int year, const struct results *self,
                struct appraisal_sheet *out, struct px_err *e)
{
    struct appraisal_info *a;
    size_t n;
    if (appraisal_sheet_init(out, self) != 0) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    if (store_appraisals(s, year, NULL, &a, &n, e) != 0) {
        appraisal_sheet_free(out);
        return -1;
    }
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        long u = unit_of(self, a[i].unit);
        int node = model_find(self->model, a[i].node);
        if (u < 0 || self->units[u].status != UNIT_SCORED || node < 0 ||
            self->model->nodes[node].nchildren || !self->units[u].applicable[node])
            continue; /* a unit or node these rules do not score */
        struct sheet_entry *to = appraisal_sheet_at(out, (size_t)u, (size_t)node);
        for (int r = 1; r < 3; r++) {
            to->has[r] = a[i].has[r];
            to->points[r] = a[i].points[r];
            to->reason[r] = dup_or_null(a[i].reason[r], &failed);
        }
        to->explanation = dup_or_null(a[i].explanation, &failed);
    }
    store_free_appraisals(a, n);
    if (!failed)
        return 0;
    appraisal_sheet_free(out);
    px_err_set(e, PX_SYSTEM, _("out of memory"));
    return -1;
}

int stage_final(struct store *s, int year, struct results *r, struct appraisal_sheet *keep,
                struct px_err *e)
{
    struct appraisal_sheet sheet;
    if (stage_sheet(s, year, r, &sheet, e) != 0)
        return -1;
    for (size_t u = 0; u < r->nunits; u++)
        for (size_t i = 0; i < r->model->nnodes; i++) {
            if (r->model->nodes[i].nchildren || !r->units[u].applicable[i])
                continue;
            double points = appraisal_sheet_final(&sheet, u, i);
            r->units[u].points[i] = points < r->units[u].max[i] ? points : r->units[u].max[i];
        }
    results_finish(r);
    if (keep)
        *keep = sheet;
    else
        appraisal_sheet_free(&sheet);
    return 0;
}
