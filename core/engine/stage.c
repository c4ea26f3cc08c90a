/* stage.c — the final stage of scoring, unit by unit, from the appraisals of the year read
 * once (see stage.h).
 * Provides stage_parse(), stage_name(), stage_begin(), stage_unit(), stage_end().
 * Uses: store_appraisal.h, sorted.h, appraisal_sheet.h, results.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "stage.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "sorted.h"
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

int stage_begin(struct stage_rounds *b, struct store *s, int year, const char *unit,
                enum stage stage, struct appraisal_sheet *sheet, struct px_err *e)
{
    memset(b, 0, sizeof *b);
    b->apply = stage == STAGE_FINAL;
    b->sheet = sheet;
    return store_appraisals(s, year, unit, &b->a, &b->n, e);
}

/* The first appraisal of unit `code` (they are in code order, as SQLite's binary collation
 * and strcmp agree on UTF-8), or b->n when it has none. */
static size_t first_of(const struct stage_rounds *b, const char *code)
{
    size_t lo =
        sorted_first(b->a, b->n, sizeof *b->a, offsetof(struct appraisal_info, unit), code);
    return lo < b->n && !strcmp(b->a[lo].unit, code) ? lo : b->n;
}

static char *dup_or_null(const char *s, int *failed)
{
    char *copy = s ? strdup(s) : NULL;
    *failed |= s && !copy;
    return copy;
}

/* The rounds and explanation of a onto the sheet's entry; 0, or -1 when out of memory. */
static int copy_rounds(struct sheet_entry *to, const struct appraisal_info *a)
{
    int failed = 0;
    for (int r = 1; r < 3; r++) {
        to->has[r] = a->has[r];
        to->points[r] = a->points[r];
        to->reason[r] = dup_or_null(a->reason[r], &failed);
    }
    to->explanation = dup_or_null(a->explanation, &failed);
    return failed ? -1 : 0;
}

int stage_unit(struct stage_rounds *b, const struct model *m, struct unit_result *u,
               struct px_err *e)
{
    if (u->status != UNIT_SCORED)
        return 0; /* no self score to appraise: a data error, or no data yet */
    long row = -1;
    if (b->sheet) {
        if (appraisal_sheet_add(b->sheet, m, u) != 0)
            goto out_of_memory;
        row = (long)b->sheet->nunits - 1;
    }
    int changed = 0;
    for (size_t k = first_of(b, u->code); k < b->n && !strcmp(b->a[k].unit, u->code); k++) {
        const struct appraisal_info *a = &b->a[k];
        int node = model_find(m, a->node);
        if (node < 0 || m->nodes[node].nchildren || !u->applicable[node])
            continue; /* a node these rules do not score for this unit */
        if (row >= 0 &&
            copy_rounds(appraisal_sheet_at(b->sheet, (size_t)row, (size_t)node), a) != 0)
            goto out_of_memory;
        if (!b->apply || (!a->has[1] && !a->has[2]))
            continue; /* the self score counts: no round yet (an explanation alone) */
        double points = a->has[2] ? a->points[2] : a->points[1];
        u->points[node] = points < u->max[node] ? points : u->max[node];
        changed = 1;
    }
    if (changed)
        results_finish_unit(m, u, NULL, 0); /* the tree, total and band from the final leaves */
    return 0;
out_of_memory:
    px_err_set(e, PX_SYSTEM, _("out of memory"));
    return -1;
}

void stage_end(struct stage_rounds *b)
{
    if (!b)
        return;
    store_free_appraisals(b->a, b->n);
    b->a = NULL;
    b->n = 0;
}
