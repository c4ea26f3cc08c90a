/* annex.h — the rows of the score report (`paridx report`): for each unit, one row per node
 * that applies to it, with its maximum, the unit's self-assessed points, the appraisal
 * council's two rounds, the final points, whether the points come from the sociological
 * survey or the self-assessment, the evidence and a note.  One struct for every writer
 * (xlsx, html, md, csv, json); a column nothing has filled yet is ANNEX_NONE, shown "—"
 * (null in JSON).
 * Provides struct annex_row, struct annex_unit, struct annex, ANNEX_NONE, annex_build(),
 * annex_is_none(), annex_free().  Uses: results.h. */
#ifndef PARIDX_ANNEX_H
#define PARIDX_ANNEX_H

#include <math.h>
#include <stddef.h>

#include "results.h"

/* A points column with no value (no appraisal yet, a unit not scored). */
#define ANNEX_NONE NAN

struct annex_row {
    int node;  /* index into the model's nodes */
    double max, self, appraisal1, appraisal2, final; /* points, or ANNEX_NONE */
    int survey;     /* 1 when the points come from the sociological survey */
    char *evidence; /* the evidence: what the rule file requires (malloc'd, or NULL) */
    char *note;     /* the scale's own words for a leaf (malloc'd, or NULL) */
};

struct annex_unit {
    const struct unit_result *u;
    struct annex_row *rows; /* tree order */
    size_t nrows;
};

struct annex {
    const struct results *r;
    struct annex_unit *units; /* in r's order: by kind, ranked units in rank order */
    size_t nunits;
};

/* The annex of r's units: self and final are the scored points (ANNEX_NONE for a unit not
 * scored), appraisals ANNEX_NONE.  0, or -1 when out of memory (a is then empty). */
int annex_build(struct annex *a, const struct results *r);

/* 1 when x is ANNEX_NONE (a NaN; penalty points may be negative). */
int annex_is_none(double x);

void annex_free(struct annex *a);

#endif
