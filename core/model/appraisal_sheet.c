/* appraisal_sheet.c — self score, rounds, explanation and final points per unit and
 * sub-criterion (see appraisal_sheet.h).
 * Provides appraisal_sheet_*().  Uses: results.h, libc. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "appraisal_sheet.h"

#include <stdlib.h>
#include <string.h>

int appraisal_sheet_init(struct appraisal_sheet *s, const struct results *self)
{
    size_t nnodes = self->model->nnodes;
    s->self = self;
    s->entries = calloc(self->nunits * nnodes + 1, sizeof *s->entries);
    s->codes = calloc(self->nunits + 1, sizeof *s->codes);
    int failed = !s->entries || !s->codes;
    for (size_t u = 0; !failed && u < self->nunits; u++) {
        failed = !(s->codes[u] = strdup(self->units[u].code));
        for (size_t i = 0; i < nnodes; i++)
            s->entries[u * nnodes + i].self = self->units[u].points[i];
    }
    if (failed)
        appraisal_sheet_free(s);
    return failed ? -1 : 0;
}

long appraisal_sheet_unit(const struct appraisal_sheet *s, const char *code)
{
    for (size_t u = 0; s->codes && u < s->self->nunits; u++)
        if (!strcmp(s->codes[u], code))
            return (long)u;
    return -1;
}

struct sheet_entry *appraisal_sheet_at(const struct appraisal_sheet *s, size_t u, size_t i)
{
    return &s->entries[u * s->self->model->nnodes + i];
}

double appraisal_sheet_final(const struct appraisal_sheet *s, size_t u, size_t i)
{
    const struct sheet_entry *e = appraisal_sheet_at(s, u, i);
    return e->has[2] ? e->points[2] : e->has[1] ? e->points[1] : e->self;
}

void appraisal_sheet_free(struct appraisal_sheet *s)
{
    for (size_t k = 0; s->entries && k < s->self->nunits * s->self->model->nnodes; k++) {
        for (int r = 0; r < 3; r++)
            free(s->entries[k].reason[r]);
        free(s->entries[k].explanation);
    }
    for (size_t u = 0; s->codes && u < s->self->nunits; u++)
        free(s->codes[u]);
    free(s->codes);
    free(s->entries);
    memset(s, 0, sizeof *s);
}
