/* store_appraisal.h — the appraisal council's rounds beside the self-assessment, for each
 * unit, assessment year and sub-criterion: round 1 (points and reason), the unit's explanation
 * (giải trình), round 2 (points and reason); a unit's results of a year closed after the final
 * round; and the audit log read back.  Every write is audited (who, when, old → new, from
 * which file or command); a closed unit is changed only when the caller forces it, and the
 * audit row says it was forced.
 *
 * store_appraisals() gives every stored appraisal of a year; stage_unit() (engine/stage.h)
 * puts them beside the self scores for the layers above (model/appraisal_sheet.h).
 *
 * Provides struct appraisal_row, struct appraisal_info, struct audit_info, store_put_appraisal(),
 * store_close_unit(), store_unit_closed(), store_appraisals(),
 * store_audit(), store_set_actor() and their free functions.  Uses: store.h, diag.h. */
#ifndef PARIDX_STORE_APPRAISAL_H
#define PARIDX_STORE_APPRAISAL_H

#include <stddef.h>

#include "diag.h"
#include "store.h"

/* One value to write.  round 1 or 2: points and reason; round 0: the unit's explanation. */
struct appraisal_row {
    const char *unit, *node;
    int year;
    int round;
    double points;     /* rounds 1 and 2, at full precision */
    const char *text;  /* the reason (rounds) or the explanation (round 0); not empty */
    const char *source; /* "appraisals.csv:4", "paridx appraise" */
    int force;          /* write into a closed unit, the audit row saying so */
};

/* Writes (inside store_begin/commit) and audits a change: actions appraisal.round1,
 * appraisal.round2, appraisal.explanation (…forced past a closed unit); the same value again
 * changes nothing.  Returns 0, 1 when refused because the unit's results of the year were
 * closed (closed_at gets when) and force is 0, or -1 with e set. */
int store_put_appraisal(struct store *s, const struct appraisal_row *a, char closed_at[20],
                        struct px_err *e);

/* Closes the unit's results of the year (audited as unit.close).  0, 1 when they were closed
 * already (at gets when), -1 on error. */
int store_close_unit(struct store *s, const char *unit, int year, const char *source,
                     char at[20], struct px_err *e);

/* 1 when the unit's results of the year are closed (at gets when), 0 when not, -1 on error. */
int store_unit_closed(struct store *s, const char *unit, int year, char at[20],
                      struct px_err *e);

/* Everything stored about one unit's sub-criterion in a year.  Index 1 and 2: the rounds. */
struct appraisal_info {
    char *unit, *node;
    int has[3];        /* has[r]: round r was set */
    double points[3];
    char *reason[3];
    char *explanation; /* NULL when none */
};

/* Every unit and node of the year that has an appraisal or an explanation, by unit then node
 * (code order); unit NULL for every unit.  *out malloc'd; free with store_free_appraisals. */
int store_appraisals(struct store *s, int year, const char *unit, struct appraisal_info **out,
                     size_t *n, struct px_err *e);
void store_free_appraisals(struct appraisal_info *a, size_t n);

/* Who the audit rows of this connection name (`--by`, else $USER); NULL: "import" for facts
 * and "unknown" otherwise.  The text must outlive the store. */
void store_set_actor(struct store *s, const char *who);

/* One row of the audit log as stored. */
struct audit_info {
    char *at, *actor, *action, *subject, *old, *new, *old_note, *new_note, *source;
    int year; /* 0 when the change is of no year */
};

/* The audit log in time order (then id); unit: only changes of that unit (subject "UNIT/…" or
 * "UNIT"); since (yyyy-mm-dd): only changes on or after that day.  Free with
 * store_free_audit. */
int store_audit(struct store *s, const char *unit, const char *since, struct audit_info **out,
                size_t *n, struct px_err *e);
void store_free_audit(struct audit_info *a, size_t n);

#endif
