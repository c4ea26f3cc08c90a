/* engine.c — scores units with a loaded rule file (see engine.h).
 * For each unit: its facts become a read-only Lua view that records which facts each scale
 * reads; each applicable leaf's scale.eval(f, max, ctx) runs in the sandbox; its result is
 * checked (a finite number in [0, max], or paridx.NA); then results_finish() sums the tree in
 * tree order, so the same rules and data always give the same bits.
 * Uses: rules.h, sandbox.h, lapi.h (NA), results.h, store.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "engine.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lapi.h"
#include "sandbox.h"
#include "store.h"

/* A scale may land a hair above its max through binary fractions (0.1 * 3); within this
 * relative tolerance the result is taken as the max itself. */
#define MAX_TOLERANCE 1e-9

/* __index of the facts view: upvalue 1 the facts, upvalue 2 the list of names read. */
static int facts_read(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TSTRING) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, lua_upvalueindex(2));
        lua_pushvalue(L, 2);
        lua_rawseti(L, lua_upvalueindex(2), n + 1);
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    return 1;
}

static int facts_write(lua_State *L)
{
    return luaL_error(L, "facts are read-only in a scale (tried to set '%s')",
                      luaL_optstring(L, 2, "?"));
}

static void push_fact(lua_State *L, const struct fact_value *v)
{
    switch (v->type) {
    case FACT_NUMBER:
        lua_pushnumber(L, v->num);
        break;
    case FACT_BOOL:
        lua_pushboolean(L, v->num != 0);
        break;
    case FACT_NA:
        lapi_push_na(L);
        break;
    default: /* FACT_DATE (yyyy-mm-dd) and FACT_TEXT */
        lua_pushstring(L, v->text);
    }
}

/* Pushes the view of one unit's facts and leaves its __index function at `reader`. */
static void push_facts_view(lua_State *L, const struct fact_info *facts, size_t n,
                            const char *as_of)
{
    lua_createtable(L, 0, (int)n); /* the facts */
    for (size_t i = 0; i < n; i++) {
        const struct fact_value *v = &facts[i].value;
        if (v->type == FACT_DATE && as_of && strcmp(v->text, as_of) > 0)
            continue; /* not yet happened on the as-of date */
        push_fact(L, v);
        lua_setfield(L, -2, facts[i].name);
    }
    lua_newtable(L);                /* the view */
    lua_createtable(L, 0, 3);       /* its metatable */
    lua_pushvalue(L, -3);
    lua_newtable(L);                /* names read */
    lua_pushcclosure(L, facts_read, 2);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, facts_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
}

/* Pushes the unit's facts behind the view at idx, then the list of names read so far, which
 * the view starts afresh. */
static void take_reads(lua_State *L, int view)
{
    lua_getmetatable(L, view);
    lua_getfield(L, -1, "__index");
    lua_getupvalue(L, -1, 1);
    lua_getupvalue(L, -2, 2);
    lua_newtable(L);
    lua_setupvalue(L, -4, 2); /* metatable, reader, facts, reads */
    lua_copy(L, -2, -4);
    lua_copy(L, -1, -3);
    lua_pop(L, 2);            /* facts, reads */
}

/* Copies the names read (list at -1, the unit's facts at -2) into why, each once, marking
 * those the unit has no value for. */
static int copy_reads(lua_State *L, struct leaf_why *why)
{
    size_t n = lua_rawlen(L, -1);
    why->facts_read = calloc(n ? n : 1, sizeof *why->facts_read);
    why->read_missing = calloc(n ? n : 1, 1);
    if (!why->facts_read || !why->read_missing)
        return -1;
    for (size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        const char *name = lua_tostring(L, -1);
        int seen = 0;
        for (size_t k = 0; k < why->nfacts_read && !seen; k++)
            seen = !strcmp(why->facts_read[k], name);
        if (!seen) {
            if (!(why->facts_read[why->nfacts_read] = strdup(name))) {
                lua_pop(L, 1);
                return -1;
            }
            why->read_missing[why->nfacts_read++] = lua_rawget(L, -3) == LUA_TNIL;
        }
        lua_pop(L, 1);
    }
    return 0;
}

/* Checks the scale's result at -2 (points) and -1 (why) and stores it. */
static int take_result(lua_State *L, const struct model *m, size_t i, struct unit_result *u,
                       struct px_err *e)
{
    const struct node *n = &m->nodes[i];
    struct leaf_why *why = &u->why[i];
    if (lua_type(L, -1) == LUA_TSTRING && !(why->note = strdup(lua_tostring(L, -1))))
        goto oom;
    if (lapi_is_na(L, -2)) {
        u->applicable[i] = 0;
        return 0;
    }
    if (lua_type(L, -2) != LUA_TNUMBER) {
        px_err_set(e, PX_RULE, "%s:%d: %s %s, unit %s: the scale returned %s; expected a number "
                   "of points from 0 to %g (or paridx.NA)", m->file, n->line,
                   model_level(n->level)->keyword, n->code, u->code, luaL_typename(L, -2), n->max);
        return -1;
    }
    double p = lua_tonumber(L, -2);
    char problem[64] = "";
    if (isnan(p))
        snprintf(problem, sizeof problem, "which is not a number");
    else if (p < 0)
        snprintf(problem, sizeof problem, "below zero");
    else if (p > n->max * (1 + MAX_TOLERANCE) + MAX_TOLERANCE)
        snprintf(problem, sizeof problem, "above its maximum %g", n->max);
    if (*problem) {
        px_err_set(e, PX_RULE, "%s:%d: %s %s, unit %s: the scale returned %s, %s", m->file,
                   n->line, model_level(n->level)->keyword, n->code, u->code,
                   isnan(p) ? "NaN" : lua_tostring(L, -2), problem);
        return -1;
    }
    u->points[i] = fmin(p, n->max);
    u->max[i] = n->max;
    u->applicable[i] = 1;
    return 0;
oom:
    px_err_set(e, PX_SYSTEM, "out of memory");
    return -1;
}

static void push_context(lua_State *L, const struct unit_result *u, const char *as_of)
{
    lua_createtable(L, 0, 4);
    lua_pushstring(L, u->code);
    lua_setfield(L, -2, "unit");
    lua_pushstring(L, u->kind);
    lua_setfield(L, -2, "kind");
    if (as_of) {
        lua_pushstring(L, as_of);
        lua_setfield(L, -2, "as_of");
    }
}

/* Rewords the error of a scale that failed: where (the node's line, once), which node and
 * unit, and for a data error the facts it had read with where each came from. */
static void scale_failed(lua_State *L, const struct model *m, const struct node *n,
                         const struct unit_result *u, int view, const struct fact_info *facts,
                         size_t nfacts, struct px_err *e)
{
    char where[300], inner[sizeof e->msg], sources[400] = "";
    snprintf(where, sizeof where, "%s:%d: ", m->file, n->line);
    const char *msg = e->msg;
    if (!strncmp(msg, where, strlen(where)))
        msg += strlen(where);
    snprintf(inner, sizeof inner, "%s", msg);
    if (e->code == PX_DATA) {
        take_reads(L, view);
        lua_remove(L, -2);
        size_t used = 0;
        for (size_t k = 1; k <= lua_rawlen(L, -1) && used < sizeof sources; k++) {
            lua_rawgeti(L, -1, (lua_Integer)k);
            for (size_t j = 0; j < nfacts; j++)
                if (!strcmp(facts[j].name, lua_tostring(L, -1)))
                    used += (size_t)snprintf(sources + used, sizeof sources - used, "%s%s from %s",
                                             used ? "; " : " (", facts[j].name, facts[j].source);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (used && used < sizeof sources - 1)
            strcat(sources, ")");
    }
    px_err_set(e, e->code, "%s%s %s, unit %s: %.600s%s", where, model_level(n->level)->keyword,
               n->code, u->code, inner, sources);
}

/* Scores leaf i of unit u; the facts view is at `view`, the context at `ctx`. */
static int eval_leaf(struct rules *rl, size_t i, struct unit_result *u,
                     const struct fact_info *facts, size_t nfacts, int view, int ctx,
                     struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    const struct model *m = &rl->model;
    const struct node *n = &m->nodes[i];
    lua_pushstring(L, n->code);
    lua_setfield(L, ctx, "node");
    lua_rawgeti(L, LUA_REGISTRYINDEX, n->scale.handle);
    lua_getfield(L, -1, "eval");
    lua_remove(L, -2);
    lua_pushvalue(L, view);
    lua_pushnumber(L, n->max);
    lua_pushvalue(L, ctx);
    if (sandbox_call(rl->sb, 3, 2, e) != 0) {
        scale_failed(L, m, n, u, view, facts, nfacts, e);
        return -1;
    }
    int bad = take_result(L, m, i, u, e);
    lua_pop(L, 2);
    if (bad)
        return -1;
    take_reads(L, view);
    bad = copy_reads(L, &u->why[i]);
    lua_pop(L, 2);
    if (bad) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        return -1;
    }
    return 0;
}

/* Scores the applicable leaves of unit u (see eval_leaf). */
static int score_leaves(struct rules *rl, struct unit_result *u, const struct fact_info *facts,
                        size_t nfacts, int view, int ctx, struct px_err *e)
{
    const struct model *m = &rl->model;
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && model_applies(m, i, u->kind) &&
            eval_leaf(rl, i, u, facts, nfacts, view, ctx, e) != 0)
            return -1;
    return 0;
}

int engine_score_leaf(struct rules *rl, size_t node, const struct fact_info *facts,
                      size_t nfacts, const char *as_of, struct results *r, struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    struct unit_result *u = &r->units[r->nunits - 1];
    int top = lua_gettop(L);
    push_facts_view(L, facts, nfacts, as_of);
    push_context(L, u, as_of);
    int rc = eval_leaf(rl, node, u, facts, nfacts, top + 1, top + 2, e);
    lua_settop(L, top);
    char unit_part[300];
    snprintf(unit_part, sizeof unit_part, "unit %s: ", u->code);
    const char *own = rc != 0 ? strstr(e->msg, unit_part) : NULL;
    if (own) /* the caller names the case or probe itself: keep only the scale's words */
        memmove(e->msg, own + strlen(unit_part), strlen(own + strlen(unit_part)) + 1);
    return rc;
}

/* Scores one unit whose facts are given; the unit is added to out. */
static int score_unit(struct rules *rl, const struct unit_info *info, const struct fact_info *facts,
                      size_t nfacts, const char *as_of, struct results *out, struct px_err *e)
{
    if (results_add_unit(out, info->code, info->name, info->kind) != 0) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        return -1;
    }
    lua_State *L = sandbox_lua(rl->sb);
    struct unit_result *u = &out->units[out->nunits - 1];
    int top = lua_gettop(L);
    push_facts_view(L, facts, nfacts, as_of);
    push_context(L, u, as_of);
    int rc = score_leaves(rl, u, facts, nfacts, top + 1, top + 2, e);
    lua_settop(L, top);
    return rc;
}

int engine_score(struct rules *rl, struct store *s, const char *as_of, struct results *out,
                 struct px_err *e)
{
    memset(out, 0, sizeof *out);
    out->model = &rl->model;
    if (as_of && !(out->as_of = strdup(as_of))) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        return -1;
    }
    struct unit_info *units;
    size_t nunits;
    if (store_units(s, &units, &nunits, e) != 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < nunits && rc == 0; i++) {
        if (rl->model.nkinds && !model_kind(&rl->model, units[i].kind))
            continue; /* a kind of unit this index does not assess */
        struct fact_info *facts;
        size_t nfacts;
        rc = store_facts(s, units[i].code, &facts, &nfacts, e);
        if (rc != 0)
            break;
        if (nfacts) /* a unit with no facts has nothing to score */
            rc = score_unit(rl, &units[i], facts, nfacts, as_of, out, e);
        store_free_facts(facts, nfacts);
    }
    store_free_units(units, nunits);
    if (rc == 0)
        results_finish(out);
    return rc;
}
