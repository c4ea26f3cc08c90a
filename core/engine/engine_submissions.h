/* engine_submissions.h — what scales learn about the plan's submissions: ctx.submission(code)
 * in a scale gives, for the unit being scored, whether the deadline's task was delivered on
 * time or late (the unit's own submission when the unit is one of the deadline's agencies,
 * else those of all its agencies: on time when all were, late when all delivered but one was
 * late, nothing while one is missing).
 * Provides struct engine_receipts, engine_receipts_load(), engine_receipts_free(),
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
    struct deadline_status *st; /* every coded deadline for every agency */
    size_t n;
    struct submission_row *rows; /* what st borrows from */
    size_t nrows;
    int loaded; /* 0 when the model has no calendar or coded deadline: no ctx.submission */
};

/* Reads the submissions of `year` and judges every deadline on as_of (yyyy-mm-dd; NULL: with
 * every receipt).  0, or -1 with e. */
int engine_receipts_load(struct store *s, const struct model *m, int year, const char *as_of,
                         struct engine_receipts *out, struct px_err *e);
void engine_receipts_free(struct engine_receipts *r);

/* Pushes the function ctx.submission for `unit` (r must outlive it), or nil when r is NULL
 * or not loaded. */
void engine_push_submission(lua_State *L, const struct engine_receipts *r, const char *unit);

#endif
