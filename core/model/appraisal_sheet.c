/* appraisal_sheet.c — self score, rounds, explanation and final points per unit and
 * sub-criterion (see appraisal_sheet.h).
 * Provides appraisal_sheet_*().  Uses: results.h, libc. */
#include "appraisal_sheet.h"

#include <stdlib.h>
#include <string.h>

int appraisal_sheet_init(struct appraisal_sheet *s, const struct results *self)
{
    s->self = self;
    s->entries = calloc(self->nunits * self->model->nnodes + 1, sizeof *s->entries);
    return s->entries ? 0 : -1;
}

struct sheet_entry *appraisal_sheet_at(const struct appraisal_sheet *s, size_t u, size_t i)
{
    return &s->entries[u * s->self->model->nnodes + i];
}

double appraisal_sheet_final(const struct appraisal_sheet *s, size_t u, size_t i)
{
    const struct sheet_entry *e = appraisal_sheet_at(s, u, i);
    return e->has[2] ? e->points[2] : e->has[1] ? e->points[1] : s->self->units[u].points[i];
}

void appraisal_sheet_free(struct appraisal_sheet *s)
{
    if (!s->entries)
        return;
    for (size_t k = 0; k < s->self->nunits * s->self->model->nnodes; k++) {
        for (int r = 0; r < 3; r++)
            free(s->entries[k].reason[r]);
        free(s->entries[k].explanation);
    }
    free(s->entries);
    memset(s, 0, sizeof *s);
}
