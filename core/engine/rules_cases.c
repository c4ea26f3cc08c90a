/* rules_cases.c — running a rule file's test cases (see rules_cases.h and rules/README.md):
 *   cases "2.1.1" {
 *     { facts = { ratio = "80%" }, expect = 0.5 },
 *     { facts = { ratio = "không áp dụng" }, expect = paridx.NA },
 *     { facts = { ratio = "nhiều" }, expect = "data error", note = "…", tol = 1e-9, kind = "…" },
 *   }
 * String facts are read as a CSV cell would be (fact_parse), so cases speak the users' words.
 * Uses: rules.h, engine.h, results.h, fact.h, lapi.h (NA), sandbox.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules_cases.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "lapi.h"
#include "sandbox.h"

static const char CASES_KEY[] = "paridx.cases";

/* cases "CODE" → a function taking the list; both calls remember the line. */
static int cases_list(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_getfield(L, LUA_REGISTRYINDEX, CASES_KEY);
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_setfield(L, -2, "code");
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_setfield(L, -2, "line");
    lua_pushvalue(L, 1);
    lua_setfield(L, -2, "list");
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    return 0;
}

static int cases_code(lua_State *L)
{
    luaL_checkstring(L, 1);
    lua_Debug ar;
    int line = lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) ? ar.currentline : 0;
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, cases_list, 2);
    return 1;
}

/* ---- one case ---- */

struct one_case {
    struct fact_info *facts;
    size_t nfacts;
    char shown[512]; /* "{a = 0,8, b = có}" */
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct fact_info *)a)->name, ((const struct fact_info *)b)->name);
}

static void free_case(struct one_case *c)
{
    for (size_t i = 0; i < c->nfacts; i++) {
        free(c->facts[i].name);
        free(c->facts[i].source);
    }
    free(c->facts);
}

/* Reads the facts table at idx into c; on a value that cannot be read writes why. */
static int read_facts(lua_State *L, int idx, const char *source, struct one_case *c, char *why,
                      size_t n)
{
    memset(c, 0, sizeof *c);
    if (lua_isnil(L, idx))
        return snprintf(c->shown, sizeof c->shown, "{}"), 0;
    if (!lua_istable(L, idx))
        return snprintf(why, n, "facts must be a table"), -1;
    size_t count = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        count++;
    c->facts = calloc(count ? count : 1, sizeof *c->facts);
    if (!c->facts)
        return snprintf(why, n, "out of memory"), -1;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            lua_pop(L, 2);
            return snprintf(why, n, "fact names must be strings"), -1;
        }
        struct fact_info *f = &c->facts[c->nfacts++];
        f->name = strdup(lua_tostring(L, -2));
        f->source = strdup(source);
        f->at = "";
        struct fact_value *v = &f->value;
        int t = lua_type(L, -1);
        if (lapi_is_na(L, -1)) {
            v->type = FACT_NA;
        } else if (t == LUA_TBOOLEAN) {
            v->type = FACT_BOOL;
            v->num = lua_toboolean(L, -1);
        } else if (t == LUA_TNUMBER) {
            v->type = FACT_NUMBER;
            v->num = lua_tonumber(L, -1);
        } else if (t != LUA_TSTRING) {
            snprintf(why, n, "fact %s: expected a string, number, boolean or paridx.NA", f->name);
            lua_pop(L, 2);
            return -1;
        } else {
            struct px_err e;
            if (fact_parse(lua_tostring(L, -1), v, &e) != 0) {
                snprintf(why, n, "fact %s: %.400s", f->name, e.msg);
                lua_pop(L, 2);
                return -1;
            }
        }
    }
    qsort(c->facts, c->nfacts, sizeof *c->facts, by_name);
    size_t used = (size_t)snprintf(c->shown, sizeof c->shown, "{");
    for (size_t i = 0; i < c->nfacts && used < sizeof c->shown; i++) {
        char value[300];
        fact_show(&c->facts[i].value, value, sizeof value);
        used += (size_t)snprintf(c->shown + used, sizeof c->shown - used, "%s%s = %s",
                                 i ? ", " : "", c->facts[i].name, value);
    }
    if (used < sizeof c->shown)
        snprintf(c->shown + used, sizeof c->shown - used, "}");
    return 0;
}

/* The unit kind a case is scored as: its own, else the node's first, else the index's first. */
static const char *case_kind(lua_State *L, int entry, const struct model *m, size_t node)
{
    if (lua_getfield(L, entry, "kind") == LUA_TSTRING)
        return lua_tostring(L, -1); /* stays on the stack until the entry is done */
    lua_pop(L, 1);
    if (m->nodes[node].nkinds)
        return m->nodes[node].kinds[0];
    return m->nkinds ? m->kinds[0].code : "unit";
}

/* Describes what the scale gave, for a failure line. */
static void describe(const struct results *r, size_t node, int rc, const struct px_err *e,
                     char *out, size_t n)
{
    const struct unit_result *u = &r->units[0];
    if (rc != 0)
        snprintf(out, n, "%s: %.600s", e->code == PX_DATA ? "data error" : "rule error", e->msg);
    else if (!u->applicable[node])
        snprintf(out, n, "không áp dụng");
    else
        snprintf(out, n, "%.10g", u->points[node]);
}

/* Runs the entry at the top of the stack; 1 passed, 0 failed, -1 abort (limit). */
static int run_entry(struct rules *rl, size_t node, const char *source, int index, FILE *out,
                     struct px_err *abort_err)
{
    lua_State *L = sandbox_lua(rl->sb);
    int entry = lua_gettop(L);
    const struct model *m = &rl->model;
    const char *code = m->nodes[node].code;
    char why[512], got[700], expected[64];
    struct one_case c;
    int expect_type = lua_getfield(L, entry, "expect");
    int want_data_error = expect_type == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "data error");
    lua_getfield(L, entry, "facts");
    if (read_facts(L, lua_gettop(L), source, &c, why, sizeof why) != 0) {
        /* a value the import itself would refuse is a data error too */
        if (!want_data_error)
            fprintf(out, "%s: %s, case %d: %s\n", source, code, index, why);
        free_case(&c);
        lua_settop(L, entry);
        return want_data_error;
    }
    double tol = (lua_getfield(L, entry, "tol"), luaL_optnumber(L, -1, 1e-9));
    lua_pushvalue(L, entry + 1);
    int want_na = lapi_is_na(L, -1);
    double want = lua_tonumber(L, -1);
    if (want_na)
        snprintf(expected, sizeof expected, "không áp dụng");
    else if (want_data_error)
        snprintf(expected, sizeof expected, "a data error");
    else
        snprintf(expected, sizeof expected, "%.10g", want);

    struct results r;
    memset(&r, 0, sizeof r);
    r.model = m;
    lua_getfield(L, entry, "unit");
    const char *unit = luaL_optstring(L, -1, "TEST");
    struct px_err e = {0};
    int rc = results_add_unit(&r, unit, unit, case_kind(L, entry, m, node)) != 0
                 ? (px_err_set(&e, PX_SYSTEM, "out of memory"), -1)
                 : engine_score_leaf(rl, node, c.facts, c.nfacts, NULL, &r, &e);
    int ok;
    if (rc != 0 && (e.code == PX_LIMIT || e.code == PX_SYSTEM)) {
        *abort_err = e;
        ok = -1;
    } else if (expect_type != LUA_TNUMBER && !want_na && !want_data_error) {
        snprintf(why, sizeof why, "expect must be points, paridx.NA or \"data error\"");
        fprintf(out, "%s: %s, case %d: %s\n", source, code, index, why);
        ok = 0;
    } else {
        const struct unit_result *u = &r.units[0];
        ok = want_data_error ? rc != 0 && e.code == PX_DATA
             : want_na      ? rc == 0 && !u->applicable[node]
                            : rc == 0 && u->applicable[node] && fabs(u->points[node] - want) <= tol;
        if (!ok) {
            describe(&r, node, rc, &e, got, sizeof got);
            lua_getfield(L, entry, "note");
            const char *note = lua_tostring(L, -1);
            fprintf(out, "%s: %s, case %d: facts %s: expected %s, got %s%s%s%s\n", source, code, index,
                    c.shown, expected, got, note ? " (" : "", note ? note : "", note ? ")" : "");
        }
    }
    results_free(&r);
    free_case(&c);
    lua_settop(L, entry);
    return ok;
}

/* Runs one `cases "CODE" { … }` group at the top of the stack. */
static int run_group(struct rules *rl, const char *test_path, unsigned char *covered, FILE *out,
                     struct case_tally *t, struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    int group = lua_gettop(L);
    lua_getfield(L, group, "line");
    int line = (int)lua_tointeger(L, -1);
    lua_getfield(L, group, "code");
    const char *code = lua_tostring(L, -1);
    int node = model_find(&rl->model, code);
    if (node < 0 || rl->model.nodes[node].nchildren) {
        fprintf(out, "%s:%d: %s: %s\n", test_path, line, code,
                node < 0 ? "no node has this code in the rule file" : "not a leaf: only leaves have scales to test");
        t->failed++;
        lua_settop(L, group);
        return 0;
    }
    covered[node] = 1;
    lua_getfield(L, group, "list");
    char source[300];
    snprintf(source, sizeof source, "%s:%d", test_path, line);
    size_t n = lua_rawlen(L, -1);
    for (size_t k = 1; k <= n; k++) {
        lua_rawgeti(L, group + 3, (lua_Integer)k);
        int ok = lua_istable(L, -1) ? run_entry(rl, (size_t)node, source, (int)k, out, e) : 0;
        lua_pop(L, 1);
        if (ok < 0)
            return -1;
        if (ok)
            t->passed++;
        else
            t->failed++;
    }
    lua_settop(L, group);
    return 0;
}

int cases_run(struct rules *rl, const char *test_path, FILE *out, struct case_tally *tally,
              struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    memset(tally, 0, sizeof *tally);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CASES_KEY);
    sandbox_push_base(rl->sb);
    lua_pushcfunction(L, cases_code);
    lua_setfield(L, -2, "cases");
    lua_pop(L, 1);
    if (sandbox_load(rl->sb, test_path, e) != 0 || sandbox_call(rl->sb, 0, 0, e) != 0)
        return -1;
    const struct model *m = &rl->model;
    unsigned char *covered = calloc(m->nnodes + 1, 1);
    if (!covered) {
        px_err_set(e, PX_SYSTEM, "out of memory");
        return -1;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, CASES_KEY);
    int list = lua_gettop(L), rc = 0;
    for (size_t g = 1; g <= lua_rawlen(L, list) && rc == 0; g++) {
        lua_rawgeti(L, list, (lua_Integer)g);
        rc = run_group(rl, test_path, covered, out, tally, e);
        lua_settop(L, list);
    }
    lua_pop(L, 1);
    for (size_t i = 0; i < m->nnodes && rc == 0; i++)
        if (!m->nodes[i].nchildren && !covered[i]) {
            fprintf(out, "%s:%d: %s has no test case in %s\n", m->file, m->nodes[i].line,
                    m->nodes[i].code, test_path);
            tally->failed++;
        }
    free(covered);
    return rc;
}
