/* engine_submissions.h — what scales learn about the plan's submissions: ctx.submission(code)
 * in a scale gives, for the unit being scored, whether the deadline's task was delivered on
 * time or late (the unit's own submission when the unit is one of the deadline's agencies,
 * else those of all its agencies: on time when all were, late when all delivered but one was
 * late, nothing while one is missing).
 * Provides struct engine_receipts, engine_receipts_init(), engine_receipts_free(),
 * engine_push_submission().  Uses: model.h, store.h, submissions.h, deadline_status.h, lua. */
#ifndef PARIDX_ENGINE_SUBMISSIONS_H
#define PARIDX_ENGINE_SUBMISSIONS_H

#include <lua.h>

#include "deadline_status.h"
#include "model.h"
#include "store.h"
#include "submissions.h"

struct engine_receipts {
    const struct model *m;
    struct store *store;
    int year;
    const char *as_of;  /* yyyy-mm-dd or NULL */
    int offered;        /* the model has a calendar and a coded deadline: ctx.submission */
    int loaded;         /* read and judged (on the first call of ctx.submission) */
    struct deadline_status *st; /* every coded deadline for every agency */
    size_t n;
    struct submission_row *rows; /* what st borrows from */
    size_t nrows;
};

/* Prepares the submissions of `year` as of as_of (yyyy-mm-dd; NULL: every receipt) for the
 * scales; nothing is read until a scale asks (a rule file that reads no submission costs
 * nothing, and a receipt outside the calendar troubles only the scales that read it). */
void engine_receipts_init(struct engine_receipts *r, struct store *s, const struct model *m,
                          int year, const char *as_of);
void engine_receipts_free(struct engine_receipts *r);

/* Pushes the function ctx.submission for `unit` (r must outlive it; the first call reads into
 * it), or nil when r is NULL
 * or the model offers none.  Reading the submissions may fail: a data error (the unit's),
 * naming why. */
void engine_push_submission(lua_State *L, struct engine_receipts *r, const char *unit);

#endif
