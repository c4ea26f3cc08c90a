/* appraisal_sheet.h — the appraisal sheet: for each scored unit and sub-criterion, the self
 * score (what the facts give), appraisal round 1 (points and reason), the unit's explanation
 * (giải trình), round 2 (points and reason) and the final points (the latest round set, else
 * the self score).  Plain C over a self-assessment's results; stage_sheet() (engine/stage.h)
 * fills it from the database, and the writers read it (report_appraisal.h, the reports).
 * Provides struct sheet_entry, struct appraisal_sheet, appraisal_sheet_*().  Uses: results.h. */
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

struct appraisal_sheet {
    const struct results *self; /* the self-assessment, borrowed (units in its order) */
    struct sheet_entry *entries; /* self->nunits × self->model->nnodes, unit by unit */
    char **codes;                /* the units' codes in that order (self's units may be
                                    ranked again later: find a unit with appraisal_sheet_unit) */
};

/* An entry for every unit and node of self, with its self score and no round; 0, or -1 when
 * out of memory. */
int appraisal_sheet_init(struct appraisal_sheet *s, const struct results *self);

/* The index of the unit with this code in the sheet, or -1. */
long appraisal_sheet_unit(const struct appraisal_sheet *s, const char *code);

/* The entry of unit u (index into self->units) and node i. */
struct sheet_entry *appraisal_sheet_at(const struct appraisal_sheet *s, size_t u, size_t i);

/* The points that count for unit u's node i: round 2, else round 1, else the self score. */
double appraisal_sheet_final(const struct appraisal_sheet *s, size_t u, size_t i);

void appraisal_sheet_free(struct appraisal_sheet *s);

#endif
