/* engine_submissions.c — the submissions a scale may read (see engine_submissions.h).
 * ctx.submission(code) returns nil when nothing (or not everything) was delivered, else a new
 * table { status = "đúng hạn" | "trễ hạn", received = "yyyy-mm-dd" (the last receipt),
 * due = "yyyy-mm-dd", late_days = N (the most working days late) }; an unknown code raises.
 * Uses: engine_submissions.h, deadline_status.h, submissions.h, lua5.4. */
#include "engine_submissions.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>


int engine_receipts_load(struct store *s, const struct model *m, int year, const char *as_of,
                         struct engine_receipts *out, struct px_err *e)
{
    memset(out, 0, sizeof *out);
    out->m = m;
    int coded = 0;
    for (size_t i = 0; i < m->ndeadlines; i++)
        coded |= m->deadlines[i].code != NULL;
    if (!m->calendar || !coded)
        return 0;
    if (store_submissions(s, year, &out->rows, &out->nrows, e) != 0)
        return -1;
    struct receipt *r = calloc(out->nrows ? out->nrows : 1, sizeof *r);
    if (!r) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        engine_receipts_free(out);
        return -1;
    }
    char last[11] = "0000-00-00"; /* without as_of: judged after every due date and receipt */
    for (size_t i = 0; i < out->nrows; i++) {
        r[i] = (struct receipt){out->rows[i].deadline, out->rows[i].agency,
                                out->rows[i].received, out->rows[i].doc};
        if (strcmp(out->rows[i].received, last) > 0)
            memcpy(last, out->rows[i].received, 11);
    }
    for (size_t i = 0; i < m->ndeadlines; i++)
        if (m->deadlines[i].due && strcmp(m->deadlines[i].due, last) > 0)
            memcpy(last, m->deadlines[i].due, 11);
    int rc = deadline_statuses(m, r, out->nrows, as_of ? as_of : last, 0, NULL, &out->st,
                               &out->n, e);
    free(r);
    if (rc != 0) {
        engine_receipts_free(out);
        return -1;
    }
    out->loaded = 1;
    return 0;
}

void engine_receipts_free(struct engine_receipts *r)
{
    free(r->st);
    store_free_submissions(r->rows, r->nrows);
    memset(r, 0, sizeof *r);
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
    const struct engine_receipts *r = lua_touserdata(L, lua_upvalueindex(1));
    const char *unit = lua_tostring(L, lua_upvalueindex(2));
    const char *code = luaL_checkstring(L, 1);
    int d = model_deadline(r->m, code);
    if (d < 0)
        return luaL_error(L, "ctx.submission: %s has no deadline with code = \"%s\"", r->m->file,
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

void engine_push_submission(lua_State *L, const struct engine_receipts *r, const char *unit)
{
    if (!r || !r->loaded) {
        lua_pushnil(L);
        return;
    }
    lua_pushlightuserdata(L, (void *)r);
    lua_pushstring(L, unit);
    lua_pushcclosure(L, submission, 2);
}
