/* appraisal_sheet.h — the appraisal sheet: for each scored unit and sub-criterion, the self
 * score (what the facts give), appraisal round 1 (points and reason), the unit's explanation
 * (giải trình), round 2 (points and reason) and the final points (the latest round set, else
 * the self score).  Plain C, filled unit by unit while a run is scored (engine/stage.h:
 * stage_unit() adds each unit before its final points replace the self scores), and read by
 * the writers (report_appraisal.h, the score report's rows).
 * Provides struct sheet_entry, struct appraisal_sheet, appraisal_sheet_*().  Uses: results.h,
 * vec.h. */
#ifndef PARIDX_APPRAISAL_SHEET_H
#define PARIDX_APPRAISAL_SHEET_H

#include <stddef.h>

#include "results.h"

/* What the council and the unit said about one sub-criterion; index 1 and 2: the rounds. */
struct sheet_entry {
    double self;       /* the self score, as the facts gave it */
    int has[3];        /* has[r]: round r was set */
    double points[3];  /* at full precision */
    char *reason[3];   /* NULL when the round was not set */
    char *explanation; /* NULL when none */
};

/* Zeroed, it is an empty sheet. */
struct appraisal_sheet {
    const struct model *model;
    char **codes;                /* the units' codes in the order they were added */
    struct sheet_entry *entries; /* nunits × model->nnodes, unit by unit */
    size_t nunits, cap, entries_cap; /* caps: the room allocated (vec.h) */
    int unordered;               /* a code was added that does not sort after the one before */
};

/* Adds unit u of model m (every sheet holds one model's units) with its points as its self
 * scores and no round; its entries are then those of appraisal_sheet_unit(s, u->code).  0, or
 * -1 when out of memory (the sheet as before). */
int appraisal_sheet_add(struct appraisal_sheet *s, const struct model *m,
                        const struct unit_result *u);

/* The index of the unit with this code in the sheet, or -1: by bisection while the units were
 * added in code order (as engine_score() hands them on), else by looking at each. */
long appraisal_sheet_unit(const struct appraisal_sheet *s, const char *code);

/* The entry of the sheet's unit u (appraisal_sheet_unit) and node i. */
struct sheet_entry *appraisal_sheet_at(const struct appraisal_sheet *s, size_t u, size_t i);

/* The points that count for unit u's node i: round 2, else round 1, else the self score. */
double appraisal_sheet_final(const struct appraisal_sheet *s, size_t u, size_t i);

/* Frees what the sheet holds and leaves it empty. */
void appraisal_sheet_free(struct appraisal_sheet *s);

#endif
