/* engine_submissions.c — the submissions a scale may read (see engine_submissions.h).
 * ctx.submission(code) returns nil when nothing (or not everything) was delivered, else a new
 * table { status = "đúng hạn" | "trễ hạn", received = "yyyy-mm-dd" (the last receipt),
 * due = "yyyy-mm-dd", late_days = N (the most working days late) }; an unknown code raises.
 * The submissions are read on the first call (of any unit), once per scoring.
 * Uses: engine_submissions.h, deadline_status.h, submissions.h, sandbox.h (data errors),
 * lua5.4, i18n.h (messages). */
#include "engine_submissions.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "i18n.h"


void engine_receipts_init(struct engine_receipts *r, struct store *s, const struct model *m,
                          int year, const char *as_of)
{
    memset(r, 0, sizeof *r);
    *r = (struct engine_receipts){.m = m, .store = s, .year = year, .as_of = as_of};
    for (size_t i = 0; i < m->ndeadlines; i++)
        r->offered |= m->deadlines[i].code != NULL;
    r->offered &= m->calendar != NULL && s != NULL;
}

/* Reads the submissions and judges every deadline on the as-of day, or on the last day that
 * matters (the latest due date or receipt) when that comes first: past it nothing changes
 * for a scale, and the count of days stays inside the calendar.  0, or -1 with e. */
static int load(struct engine_receipts *r, struct px_err *e)
{
    if (store_submissions(r->store, r->year, &r->rows, &r->nrows, e) != 0)
        return -1;
    struct receipt *got = calloc(r->nrows ? r->nrows : 1, sizeof *got);
    if (!got) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    char last[11] = "0000-00-00";
    for (size_t i = 0; i < r->nrows; i++) {
        got[i] = (struct receipt){r->rows[i].deadline, r->rows[i].agency, r->rows[i].received,
                                  r->rows[i].doc};
        if (strcmp(r->rows[i].received, last) > 0)
            memcpy(last, r->rows[i].received, 11);
    }
    for (size_t i = 0; i < r->m->ndeadlines; i++)
        if (r->m->deadlines[i].due && strcmp(r->m->deadlines[i].due, last) > 0)
            memcpy(last, r->m->deadlines[i].due, 11);
    const char *day = r->as_of && strcmp(r->as_of, last) < 0 ? r->as_of : last;
    int rc = deadline_statuses(r->m, got, r->nrows, day, 0, NULL, &r->st, &r->n, e);
    free(got);
    if (rc == 0)
        r->loaded = 1;
    return rc;
}

void engine_receipts_free(struct engine_receipts *r)
{
    free(r->st);
    store_free_submissions(r->rows, r->nrows);
    r->st = NULL;
    r->rows = NULL;
    r->n = r->nrows = 0;
    r->loaded = 0;
}

/* Folds one agency's status into the verdict: state 0 on time, 1 late, 2 missing. */
static void fold(const struct deadline_status *s, int *state, long *late, const char **received)
{
    if (s->state != DL_ON_TIME && s->state != DL_LATE) {
        *state = 2;
        return;
    }
    if (s->state == DL_LATE && *state < 1)
        *state = 1;
    if (s->days > *late && s->state == DL_LATE)
        *late = s->days;
    if (!*received || strcmp(s->received, *received) > 0)
        *received = s->received;
}

/* upvalue 1: the receipts (light userdata), 2: the unit's code. */
static int submission(lua_State *L)
{
    struct engine_receipts *r = lua_touserdata(L, lua_upvalueindex(1));
    const char *unit = lua_tostring(L, lua_upvalueindex(2));
    const char *code = luaL_checkstring(L, 1);
    struct px_err e;
    if (!r->loaded && load(r, &e) != 0) {
        char msg[sizeof e.msg + 160];
        engine_receipts_free(r); /* the next unit tries again and says why again */
        snprintf(msg, sizeof msg, _("ctx.submission: the submissions of %d could not be read: %s"),
                 r->year, e.msg);
        if (e.code == PX_DATA || e.code == PX_RULE)
            return sandbox_data_error(L, msg);
        return luaL_error(L, "%s", msg);
    }
    int d = model_deadline(r->m, code);
    if (d < 0)
        return luaL_error(L, _("ctx.submission: %s has no deadline with code = \"%s\""), r->m->file,
                          code);
    const struct deadline *dl = &r->m->deadlines[d];
    int own = 0;
    for (size_t k = 0; k < dl->nby; k++)
        own |= !strcmp(dl->by[k], unit);
    int state = 0;
    long late = 0;
    const char *received = NULL, *due = NULL;
    for (size_t i = 0; i < r->n; i++) {
        const struct deadline_status *s = &r->st[i];
        if (s->deadline != (size_t)d || (own && strcmp(s->agency, unit)))
            continue;
        fold(s, &state, &late, &received);
        due = s->due;
    }
    if (state == 2 || !received) {
        lua_pushnil(L);
        return 1;
    }
    lua_createtable(L, 0, 4);
    lua_pushstring(L, state ? "trễ hạn" : "đúng hạn");
    lua_setfield(L, -2, "status");
    lua_pushstring(L, received);
    lua_setfield(L, -2, "received");
    lua_pushstring(L, due);
    lua_setfield(L, -2, "due");
    lua_pushinteger(L, late);
    lua_setfield(L, -2, "late_days");
    return 1;
}

void engine_push_submission(lua_State *L, struct engine_receipts *r, const char *unit)
{
    if (!r || !r->offered) {
        lua_pushnil(L);
        return;
    }
    lua_pushlightuserdata(L, r);
    lua_pushstring(L, unit);
    lua_pushcclosure(L, submission, 2);
}
