/* rules_cases.c — running a rule file's test cases (see rules_cases.h and rules/README.md):
 *   cases "2.1.1" {
 *     { facts = { ratio = "80%" }, expect = 0.5 },
 *     { facts = { ratio = "không áp dụng" }, expect = paridx.NA },
 *     { facts = { ratio = "nhiều" }, expect = "data error", note = "…", tol = 1e-9, kind = "…" },
 *   }
 *   cases "2" { { facts = { … }, expect = 2.5 } }            a parent: the sum of its leaves
 *   cases "index" { { facts = { … }, expect = 79.51, band = "C" } }   the total and the band
 * String facts are read as a CSV cell would be (fact_parse), so cases speak the users' words.
 * Each case's table is read raw into C under a protected call, so a wrong value (tol = "nhỏ")
 * fails that case instead of stopping paridx; then the leaf is scored (engine_score_leaf).
 * A failing case is reported at its own line of the test file (rules_case_lines.c).
 * Lines that show rule text go through text_printf (controls made visible).
 * Uses: rules.h, engine.h, results.h, fact.h, lapi.h (NA), sandbox.h, text.h, i18n.h
 * (messages), fileio.h, rules_case_lines.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules_cases.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "fileio.h"
#include "lapi.h"
#include "rules_case_lines.h"
#include "sandbox.h"
#include "text.h"
#include "i18n.h"

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

/* A case as the test file wrote it, read out of its Lua table into C. */
struct one_case {
    struct fact_info *facts;
    size_t nfacts;
    char shown[512];  /* "{a = 0,8, b = có}" */
    char bad[512];    /* the facts could not be read: why (a data error, if one was expected) */
    char wrong[512];  /* the case itself is wrong: why */
    int expect_type;  /* of `expect` */
    int want_na, want_data_error;
    double want, tol;
    char unit[128], kind[128], note[512];
    char band[128];   /* the band expected (cases "index"), with want_band */
    int want_band;    /* 1: band = "…"; 2: band = false (no band) */
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

/* Pushes t[key] read raw and returns its type. */
static int raw_field(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

/* Reads one fact (name at -2, value at -1) into f; on a value that cannot be read writes why. */
static int read_fact(lua_State *L, const char *source, struct fact_info *f, char *why, size_t n)
{
    if (lua_type(L, -2) != LUA_TSTRING)
        return snprintf(why, n, _("fact names must be strings")), -1;
    f->at = "";
    if (!(f->name = strdup(lua_tostring(L, -2))) || !(f->source = strdup(source)))
        return snprintf(why, n, _("out of memory")), -1;
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
        return snprintf(why, n, "fact %s: expected a string, number, boolean or paridx.NA", f->name), -1;
    } else {
        struct px_err e;
        if (fact_parse(lua_tostring(L, -1), v, &e) != 0)
            return snprintf(why, n, "fact %s: %.400s", f->name, e.msg), -1;
    }
    return 0;
}

/* Reads the facts table at idx into c (c->bad says why when a value cannot be read). */
static void read_facts(lua_State *L, int idx, const char *source, struct one_case *c)
{
    if (lua_isnil(L, idx)) {
        snprintf(c->shown, sizeof c->shown, "{}");
        return;
    }
    if (!lua_istable(L, idx)) {
        snprintf(c->bad, sizeof c->bad, _("facts must be a table"));
        return;
    }
    size_t count = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        count++;
    if (!(c->facts = calloc(count ? count : 1, sizeof *c->facts))) {
        snprintf(c->bad, sizeof c->bad, _("out of memory"));
        return;
    }
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        if (read_fact(L, source, &c->facts[c->nfacts++], c->bad, sizeof c->bad) != 0) {
            lua_pop(L, 2);
            return;
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
}

/* Copies the optional string t[key] into out (empty when absent); a value of another type
 * makes the case wrong. */
static void read_text(lua_State *L, int t, const char *key, char *out, size_t n,
                      struct one_case *c)
{
    int type = raw_field(L, t, key);
    if (type == LUA_TSTRING)
        snprintf(out, n, "%s", lua_tostring(L, -1));
    else if (type != LUA_TNIL && !*c->wrong)
        snprintf(c->wrong, sizeof c->wrong, "%s must be text, found %s", key, luaL_typename(L, -1));
    lua_pop(L, 1);
}

struct case_read {
    struct one_case *c;
    const char *source;
};

/* Protected (sandbox_protect): the case table at 2 into the struct one_case given, whose
 * caller frees it whatever happens. */
static int read_case(lua_State *L)
{
    const struct case_read *r = lua_touserdata(L, 1);
    struct one_case *c = r->c;
    c->expect_type = raw_field(L, 2, "expect");
    c->want_data_error = c->expect_type == LUA_TSTRING && !strcmp(lua_tostring(L, -1), "data error");
    c->want_na = lapi_is_na(L, -1);
    c->want = lua_tonumber(L, -1);
    if (c->expect_type != LUA_TNUMBER && !c->want_na && !c->want_data_error)
        snprintf(c->wrong, sizeof c->wrong,
                 _("expect must be points, paridx.NA or \"data error\""));
    int tol = raw_field(L, 2, "tol");
    c->tol = tol == LUA_TNUMBER ? lua_tonumber(L, -1) : 1e-9;
    if (tol != LUA_TNUMBER && tol != LUA_TNIL)
        snprintf(c->wrong, sizeof c->wrong, _("tol must be a number such as 1e-6, found %s"),
                 luaL_typename(L, -1));
    read_text(L, 2, "unit", c->unit, sizeof c->unit, c);
    read_text(L, 2, "kind", c->kind, sizeof c->kind, c);
    read_text(L, 2, "note", c->note, sizeof c->note, c);
    int band = raw_field(L, 2, "band");
    if (band == LUA_TSTRING)
        snprintf(c->band, sizeof c->band, "%s", lua_tostring(L, -1));
    c->want_band = band == LUA_TSTRING ? 1 : band == LUA_TBOOLEAN && !lua_toboolean(L, -1) ? 2 : 0;
    if (band != LUA_TNIL && !c->want_band)
        snprintf(c->wrong, sizeof c->wrong, "band must be a band's name or false, found %s",
                 luaL_typename(L, -1));
    lua_pop(L, 1);
    raw_field(L, 2, "facts");
    read_facts(L, lua_gettop(L), r->source, c);
    return 0;
}

/* The unit kind a case is scored as: its own, else the node's first, else the index's first. */
static const char *case_kind(const struct one_case *c, const struct model *m, long node)
{
    if (*c->kind)
        return c->kind;
    if (node >= 0 && m->nodes[node].nkinds)
        return m->nodes[node].kinds[0];
    return m->nkinds ? m->kinds[0].code : "unit";
}

/* Describes what the scale gave, for a failure line. */
static void describe(const struct results *r, long node, int rc, const struct px_err *e,
                     char *out, size_t n)
{
    const struct unit_result *u = &r->units[0];
    if (rc != 0)
        snprintf(out, n, "%s: %.600s", e->code == PX_DATA ? _("data error") : _("rule error"),
                 e->msg);
    else if (node >= 0 && !u->applicable[node])
        snprintf(out, n, "không áp dụng");
    else if (node >= 0)
        snprintf(out, n, "%.10g", u->points[node]);
    else
        snprintf(out, n, _("%.10g (%.10g%%, band %s)"), u->total, u->percent,
                 u->band ? u->band->name : _("none"));
}

/* 1 when leaf i is node or below it (node -1: the whole index). */
static int under(const struct model *m, size_t i, long node)
{
    for (long k = (long)i; k >= 0; k = m->nodes[k].parent)
        if (k == node)
            return 1;
    return node < 0;
}

/* Scores node for the one unit of r: a leaf through its scale, a parent (or the whole index,
 * node -1) as the sum of its leaves that apply to the unit's kind.  0, or -1 with e set. */
static int score_node(struct rules *rl, long node, const struct one_case *c, struct results *r,
                      struct px_err *e)
{
    const struct model *m = &rl->model;
    if (node >= 0 && !m->nodes[node].nchildren)
        return engine_score_leaf(rl, (size_t)node, c->facts, c->nfacts, NULL, r, e);
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && under(m, i, node) &&
            model_applies(m, i, r->units[0].kind) &&
            engine_score_leaf(rl, i, c->facts, c->nfacts, NULL, r, e) != 0)
            return -1;
    results_finish(r);
    return 0;
}

/* Whether what was scored is what the case expects. */
static int as_expected(const struct one_case *c, const struct unit_result *u, long node, int rc,
                       const struct px_err *e)
{
    if (c->want_data_error)
        return rc != 0 && e->code == PX_DATA;
    if (rc != 0)
        return 0;
    int applicable = node >= 0 ? u->applicable[node] : u->own_max > 0;
    if (c->want_na)
        return !applicable;
    double got = node >= 0 ? u->points[node] : u->total;
    if (!applicable || fabs(got - c->want) > c->tol)
        return 0;
    if (c->want_band == 1)
        return u->band && !strcmp(u->band->name, c->band);
    return c->want_band == 2 ? !u->band : 1;
}

/* Scores the case c and says whether it passed: 1 passed, 0 failed, -1 abort (limit). */
static int score_case(struct rules *rl, long node, const struct one_case *c, const char *source,
                      int index, FILE *out, struct px_err *abort_err)
{
    const struct model *m = &rl->model;
    const char *code = node >= 0 ? m->nodes[node].code : "index";
    const char *unit = *c->unit ? c->unit : "TEST";
    char expected[200], got[700];
    if (c->want_na)
        snprintf(expected, sizeof expected, "không áp dụng");
    else if (c->want_data_error)
        snprintf(expected, sizeof expected, _("a data error"));
    else if (c->want_band == 1)
        snprintf(expected, sizeof expected, _("%.10g, band %s"), c->want, c->band);
    else if (c->want_band == 2)
        snprintf(expected, sizeof expected, _("%.10g, no band"), c->want);
    else
        snprintf(expected, sizeof expected, "%.10g", c->want);
    struct results r;
    memset(&r, 0, sizeof r);
    r.model = m;
    struct px_err e = {0};
    int rc = results_add_unit(&r, unit, unit, case_kind(c, m, node)) != 0
                 ? (px_err_set(&e, PX_SYSTEM, _("out of memory")), -1)
                 : score_node(rl, node, c, &r, &e);
    int ok;
    if (rc != 0 && (e.code == PX_LIMIT || e.code == PX_SYSTEM)) {
        *abort_err = e;
        ok = -1;
    } else {
        ok = as_expected(c, &r.units[0], node, rc, &e);
        if (!ok) {
            describe(&r, node, rc, &e, got, sizeof got);
            text_printf(out, _("%s: %s, case %d: facts %s: expected %s, got %s%s%s%s\n"), source,
                        code, index, c->shown, expected, got, *c->note ? " (" : "", c->note, *c->note ? ")" : "");
        }
    }
    results_free(&r);
    return ok;
}

/* Runs the entry at the top of the stack (popped); 1 passed, 0 failed, -1 abort (limit). */
static int run_entry(struct rules *rl, long node, const char *source, int index, FILE *out,
                     struct px_err *abort_err)
{
    const char *code = node >= 0 ? rl->model.nodes[node].code : "index";
    struct one_case c;
    memset(&c, 0, sizeof c);
    struct case_read r = {&c, source};
    struct px_err e;
    int ok;
    if (sandbox_protect(rl->sb, read_case, &r, 1, &e) != 0) {
        if (e.code == PX_LIMIT || e.code == PX_SYSTEM)
            *abort_err = e;
        else {
            char shown[sizeof e.file + sizeof e.msg + 32];
            text_printf(out, _("%s: %s, case %d: %s\n"), source, code, index,
                        px_err_format(&e, shown, sizeof shown));
        }
        ok = e.code == PX_LIMIT || e.code == PX_SYSTEM ? -1 : 0;
    } else if (*c.wrong) {
        text_printf(out, _("%s: %s, case %d: %s\n"), source, code, index, c.wrong);
        ok = 0;
    } else if (*c.bad) { /* a value the import itself would refuse is a data error too */
        if (!c.want_data_error)
            text_printf(out, _("%s: %s, case %d: %s\n"), source, code, index, c.bad);
        ok = c.want_data_error;
    } else {
        ok = score_case(rl, node, &c, source, index, out, abort_err);
    }
    free_case(&c);
    return ok;
}

/* The test file's text, for the line of each case. */
struct test_text {
    const char *path, *text;
    size_t len;
};

/* Runs one `cases "CODE" { … }` group at the top of the stack. */
static int run_group(struct rules *rl, const struct test_text *tt, unsigned char *covered,
                     FILE *out, struct case_tally *t, struct px_err *e)
{
    const char *test_path = tt->path;
    lua_State *L = sandbox_lua(rl->sb);
    int group = lua_gettop(L);
    lua_getfield(L, group, "line");
    int line = (int)lua_tointeger(L, -1);
    lua_getfield(L, group, "code");
    const char *code = lua_tostring(L, -1);
    int node = strcmp(code, "index") ? model_find(&rl->model, code) : -1;
    if (node < 0 && strcmp(code, "index")) {
        text_printf(out, _("%s:%d: %s: no node has this code in the rule file (or write \"index\" "
                           "for the total and band)\n"), test_path, line, code);
        t->failed++;
        lua_settop(L, group);
        return 0;
    }
    if (node >= 0)
        covered[node] = 1;
    lua_getfield(L, group, "list");
    char source[300];
    size_t n = lua_rawlen(L, -1);
    int lines[256];
    size_t nlines = case_lines(tt->text, tt->len, line, lines, sizeof lines / sizeof *lines);
    for (size_t k = 1; k <= n; k++) {
        int ok = 0;
        snprintf(source, sizeof source, "%s:%d", test_path, nlines == n ? lines[k - 1] : line);
        if (lua_rawgeti(L, group + 3, (lua_Integer)k) == LUA_TTABLE)
            ok = run_entry(rl, node, source, (int)k, out, e);
        else
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

/* Protected (sandbox_protect): an empty list of groups, and `cases` in the base. */
static int open_cases(lua_State *L)
{
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CASES_KEY);
    sandbox_push_base(sandbox_of(L));
    lua_pushcfunction(L, cases_code);
    lua_setfield(L, -2, "cases");
    return 0;
}

int cases_run(struct rules *rl, const char *test_path, FILE *out, struct case_tally *tally,
              struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    memset(tally, 0, sizeof *tally);
    if (sandbox_protect(rl->sb, open_cases, NULL, 0, e) != 0 ||
        sandbox_load(rl->sb, test_path, NULL, e) != 0 || sandbox_call(rl->sb, 0, 0, e) != 0)
        return -1;
    const struct model *m = &rl->model;
    unsigned char *covered = calloc(m->nnodes + 1, 1);
    if (!covered) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    struct test_text tt = {test_path, NULL, 0};
    char *text = file_read(test_path, &tt.len, e);
    if (!text) {
        free(covered);
        return -1;
    }
    tt.text = text;
    lua_getfield(L, LUA_REGISTRYINDEX, CASES_KEY);
    int list = lua_gettop(L), rc = 0;
    for (size_t g = 1; g <= lua_rawlen(L, list) && rc == 0; g++) {
        lua_rawgeti(L, list, (lua_Integer)g);
        rc = run_group(rl, &tt, covered, out, tally, e);
        lua_settop(L, list);
    }
    lua_pop(L, 1);
    free(text);
    for (size_t i = 0; i < m->nnodes && rc == 0; i++)
        if (!m->nodes[i].nchildren && !covered[i]) {
            text_printf(out, _("%s:%d: %s has no test case in %s\n"), m->file, m->nodes[i].line,
                        m->nodes[i].code, test_path);
            tally->failed++;
        }
    free(covered);
    return rc;
}
