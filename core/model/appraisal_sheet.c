/* appraisal_sheet.c — self score, rounds, explanation and final points per unit and
 * sub-criterion (see appraisal_sheet.h).
 * Provides appraisal_sheet_*().  Uses: results.h, vec.h, libc. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "appraisal_sheet.h"

#include <stdlib.h>
#include <string.h>

#include "vec.h"

int appraisal_sheet_add(struct appraisal_sheet *s, const struct model *m,
                        const struct unit_result *u)
{
    size_t nnodes = m->nnodes;
    char *code = strdup(u->code ? u->code : "");
    if (!code || vec_reserve(s->codes, s->cap, s->nunits + 1) != 0 ||
        vec_reserve(s->entries, s->entries_cap, (s->nunits + 1) * nnodes + 1) != 0) {
        free(code);
        return -1;
    }
    s->model = m;
    if (s->nunits && strcmp(s->codes[s->nunits - 1], code) >= 0)
        s->unordered = 1;
    s->codes[s->nunits] = code;
    struct sheet_entry *e = &s->entries[s->nunits * nnodes];
    memset(e, 0, nnodes * sizeof *e);
    for (size_t i = 0; i < nnodes; i++)
        e[i].self = u->points[i];
    s->nunits++;
    return 0;
}

long appraisal_sheet_unit(const struct appraisal_sheet *s, const char *code)
{
    if (s->unordered) {
        for (size_t u = 0; u < s->nunits; u++)
            if (!strcmp(s->codes[u], code))
                return (long)u;
        return -1;
    }
    size_t lo = 0, hi = s->nunits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(s->codes[mid], code);
        if (!c)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

struct sheet_entry *appraisal_sheet_at(const struct appraisal_sheet *s, size_t u, size_t i)
{
    return &s->entries[u * s->model->nnodes + i];
}

double appraisal_sheet_final(const struct appraisal_sheet *s, size_t u, size_t i)
{
    const struct sheet_entry *e = appraisal_sheet_at(s, u, i);
    return e->has[2] ? e->points[2] : e->has[1] ? e->points[1] : e->self;
}

void appraisal_sheet_free(struct appraisal_sheet *s)
{
    size_t nnodes = s->model ? s->model->nnodes : 0;
    for (size_t k = 0; s->entries && k < s->nunits * nnodes; k++) {
        for (int r = 0; r < 3; r++)
            free(s->entries[k].reason[r]);
        free(s->entries[k].explanation);
    }
    for (size_t u = 0; u < s->nunits; u++)
        free(s->codes[u]);
    free(s->codes);
    free(s->entries);
    memset(s, 0, sizeof *s);
}
