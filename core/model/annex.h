/* annex.h — the rows of the score report (`paridx report`): for each unit, one row per node
 * that applies to it, with its maximum, the unit's self-assessed points, the appraisal
 * council's two rounds, the final points, whether the points come from the sociological
 * survey or the self-assessment, the evidence and a note.  One struct for every writer
 * (xlsx, html, md, csv, json); a column nothing has filled yet is ANNEX_NONE, shown "—"
 * (null in JSON).  The evidence column comes from the unit's evidence register; the annex
 * also holds the deadlines' statuses and the survey's coverage (annex_plan.h).
 * Provides struct annex_row, struct annex_unit, struct annex, struct annex_data, ANNEX_NONE,
 * annex_build(), annex_is_none(), annex_free().
 * Uses: results.h, docnum.h (struct evidence_row), annex_evidence.h, annex_plan.h,
 * deadline_status.h, survey.h. */
#ifndef PARIDX_ANNEX_H
#define PARIDX_ANNEX_H

#include <math.h>
#include <stddef.h>

#include "diag.h"
#include "deadline_status.h"
#include "docnum.h"
#include "results.h"
#include "survey.h"

/* A points column with no value (no appraisal yet, a unit not scored). */
#define ANNEX_NONE NAN

struct annex_row {
    int node;  /* index into the model's nodes */
    double max, self, appraisal1, appraisal2, final; /* points, or ANNEX_NONE */
    int survey;     /* 1 when the points come from the sociological survey */
    char *evidence; /* a leaf's registered documents and their state, or what is missing,
                       else what the rule file requires (malloc'd, or NULL) */
    char *note;     /* the scale's own words for a leaf (malloc'd, or NULL) */
    long survey_answers; /* a survey-assessed leaf's valid answers for the unit; -1 when no
                            question feeds the node */
    int survey_few;      /* one of its questions has fewer answers than its min_answers */
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
    char as_of[11];           /* the day the deadlines are judged on, yyyy-mm-dd */
    struct deadline_status *deadlines; /* most urgent first */
    size_t ndeadlines;
    char deadlines_why[1024]; /* why there are no statuses, or "" */
    int survey_answered;      /* 1 when the database holds survey answers for the year */
    long *group_answers;      /* per survey group of the model: the most answers it gave to
                                 one question, over every unit (NULL when none answered) */
};

/* What the report reads from the database besides the results (borrowed). */
struct annex_data {
    int year;                          /* the assessment year of the register */
    const struct evidence_row *evidence; /* every unit's register of year, by unit */
    size_t nevidence;
    const char *as_of;                   /* the day to judge the deadlines on, yyyy-mm-dd */
    long within;                         /* due within this many working days: due soon */
    const struct receipt *receipts;      /* the submissions of the plan's deadlines */
    size_t nreceipts;
    const struct survey_tallies *tallies; /* the survey's answers, or NULL */
};

/* The annex of r's units: self and final are the scored points (ANNEX_NONE for a unit not
 * scored), appraisals ANNEX_NONE, evidence from d's register (see annex_evidence.h), the
 * deadlines and the survey's coverage from d (see annex_plan.h).  0, or
 * -1 with e set (out of memory, an evidence pattern's match limit); a is then empty. */
int annex_build(struct annex *a, const struct results *r, const struct annex_data *d,
                struct px_err *e);

/* 1 when x is ANNEX_NONE (a NaN; penalty points may be negative). */
int annex_is_none(double x);

void annex_free(struct annex *a);

#endif
