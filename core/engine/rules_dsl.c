/* rules_dsl.c — the declaration functions of rule files (see rules_dsl.h):
 *   index { year = …, title = …, basis = …, total = 100, example = "…" }
 *   unit_kind { code = …, name = … }      agency { code = …, name = … }
 *   field "1" { title = …, max = …, lead = …, kinds = {…}, criterion "1.1" { … }, … }
 *   criterion "1.1" { … }   sub "1.1.1" { title = …, max = …, score = <scale>, evidence = …,
 *                                         survey = true }
 *   band { "A", 90 } or band { name = "A", min = 90 }
 *   deadline { code = …, task = …, by = { … }, to = …, due = "25/12/2019" | before = "…" |
 *              after = "CODE", workdays = N | after_received = "CODE", workdays = N
 *              [, stage = "self"] }
 *   calendar(require "calendar_vn")
 *   survey_group { … } and question "Q01" { … } (rules_survey.c)
 *   fact "code" { type = …, label = …, agency = …, values = {…}, min = …, max = …, unit = … }
 *   evidence_rules { … } and a leaf's evidence = { … } (rules_evidence.c)
 *   bonus { code = …, title = …, max = …, fact = … }   penalty { … } (index: bonus_max,
 *   penalty_max)
 * A criterion or sub returns a node descriptor that its parent's table holds: a userdata
 * whose level, line and code rule code cannot read or change.  A field takes its whole subtree
 * into the model, in tree order.  Declaration tables are read raw: no metamethod of theirs
 * runs, so no rule code runs while a declaration is being taken (nor moves the arrays being
 * filled).  Errors name the rule file's line.
 * Uses: lua5.4, model.h, text.h (NFC), calendar.h (dates), workdays.h (day arithmetic),
 * lapi.h (lapi_to_workcal: the calendar), sandbox.h (the read-only guard), vec.h (the
 * declared lists), i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules_dsl.h"
#include "rules_dsl_impl.h"

#include <lauxlib.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "fact_types.h"
#include "lapi.h"
#include "results.h"
#include "sandbox.h"
#include "text.h"
#include "vec.h"
#include "workdays.h"
#include "i18n.h"

static const char NODE_MT[] = "paridx.node";
static const char PENDING_KEY[] = "paridx.pending";

/* A criterion's or sub's declaration; user value 1 is its code, 2 its table. */
struct descriptor {
    enum node_level level;
    int line;
};

struct model *dsl_model(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* Raises "file:line: message". */
int dsl_error(lua_State *L, int line, const char *fmt, ...)
{
    lua_Debug ar;
    const char *src = "?";
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "S", &ar))
        src = ar.short_src;
    va_list ap;
    va_start(ap, fmt);
    lua_pushfstring(L, "%s:%d: ", src, line);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}

int caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
        return ar.currentline;
    return 0;
}

char *dup_or_die(lua_State *L, const char *s)
{
    char *d = strdup(s);
    if (!d)
        luaL_error(L, _("out of memory"));
    return d;
}

/* A copy of the string at idx in NFC; raises when it is not UTF-8. */
char *take_text(lua_State *L, int idx, int line, const char *what)
{
    size_t len, bad;
    const char *s = lua_tolstring(L, idx, &len);
    char *nfc = text_nfc(s, len, &bad);
    if (!nfc)
        dsl_error(L, line, _("%s is not valid UTF-8 (byte %d); save the file as UTF-8"), what,
                  (int)bad + 1);
    return nfc;
}

/* Pushes t[key] read raw and returns its type. */
int raw_field(lua_State *L, int idx, const char *key)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, key);
    return lua_rawget(L, idx);
}

/* Raises for any string key of the table at idx not in `allowed`; integer keys only when
 * allow_list is set. */
void check_keys(lua_State *L, int idx, int line, const char *what,
                       const char *const *allowed, int allow_list)
{
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && allow_list)
            continue;
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            const char *const *a = allowed;
            while (*a && strcmp(*a, k))
                a++;
            if (*a)
                continue;
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            for (a = allowed; *a; a++) {
                luaL_addstring(&b, a == allowed ? "" : ", ");
                luaL_addstring(&b, *a);
            }
            luaL_pushresult(&b);
            dsl_error(L, line, _("unknown key '%s' in %s; expected one of: %s"), k, what,
                      lua_tostring(L, -1));
        }
        dsl_error(L, line, _("unexpected %s key in %s"), luaL_typename(L, -1), what);
    }
}

/* Pushes t[key]; raises when present with a type other than `type` (or absent and required). */
int dsl_get_field(lua_State *L, int idx, const char *key, int type, int required, int line,
                     const char *what)
{
    int t = raw_field(L, idx, key);
    if (t == LUA_TNIL && !required)
        return 0;
    if (t != type)
        dsl_error(L, line, _("%s: '%s' must be a %s, found %s"), what, key, lua_typename(L, type),
                  t == LUA_TNIL ? "nothing" : luaL_typename(L, -1));
    return 1;
}

char *string_field(lua_State *L, int idx, const char *key, int required, int line,
                          const char *what)
{
    char *s = NULL;
    if (dsl_get_field(L, idx, key, LUA_TSTRING, required, line, what))
        s = take_text(L, -1, line, what);
    lua_pop(L, 1);
    return s;
}

double dsl_number_field(lua_State *L, int idx, const char *key, int required, double dflt,
                           int line, const char *what)
{
    double v = dflt;
    if (dsl_get_field(L, idx, key, LUA_TNUMBER, required, line, what)) {
        v = lua_tonumber(L, -1);
        if (!isfinite(v) || v < 0)
            dsl_error(L, line, _("%s: '%s' must be a number ≥ 0, found %s"), what, key,
                      lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    return v;
}

/* Reads t[key] as one string or a list of strings into *out (a malloc'd array that belongs
 * to the model from the start, so an error half-way leaks nothing). */
void string_list_field(lua_State *L, int idx, const char *key, char ***out, size_t *n,
                              int line, const char *what)
{
    int t = raw_field(L, idx, key);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t == LUA_TSTRING) {
        lua_createtable(L, 1, 0);
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
    } else if (t != LUA_TTABLE) {
        dsl_error(L, line, _("%s: '%s' must be a code or a list of codes, found %s"), what, key,
                  luaL_typename(L, -1));
    }
    size_t len = lua_rawlen(L, -1);
    if (!(*out = calloc(len ? len : 1, sizeof **out)))
        luaL_error(L, _("out of memory"));
    for (size_t i = 0; i < len; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TSTRING)
            dsl_error(L, line, _("%s: '%s' must list codes (strings)"), what, key);
        (*out)[i] = dup_or_die(L, lua_tostring(L, -1));
        *n = i + 1;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* ---- scales ---- */

static const char *const SCALE_FACT_KEYS[] = {"name", "type", "values", NULL};

static void take_scale_facts(lua_State *L, int idx, struct scale_info *s, int line,
                             const char *what)
{
    if (raw_field(L, idx, "facts") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (!lua_istable(L, -1))
        dsl_error(L, line, _("%s: the scale's 'facts' must be a list"), what);
    int list = lua_gettop(L);
    size_t len = lua_rawlen(L, list);
    for (size_t i = 1; i <= len; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TTABLE)
            dsl_error(L, line, _("%s: each of the scale's facts must be a table {name=…, type=…}"),
                      what);
        int f = lua_gettop(L);
        check_keys(L, f, line, "a scale's fact", SCALE_FACT_KEYS, 0);
        struct scale_fact *sf = APPEND(L, s->facts, s->nfacts, s->facts_cap);
        sf->name = string_field(L, f, "name", 1, line, what);
        sf->type = string_field(L, f, "type", 1, line, what);
        sf->values = string_field(L, f, "values", 0, line, what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* spec.score at the top of the stack → n->scale; its eval function is kept in the registry
 * (the table itself stays the rule's, which may change it later). */
static void take_scale(lua_State *L, struct node *n, const char *what)
{
    int idx = lua_gettop(L);
    if (lua_isfunction(L, idx))
        dsl_error(L, n->line, _("%s: 'score' must be a scale such as scale.binary(\"fact\"), found "
                                "a function (wrap a function in scale.custom { eval = … })"),
                  what);
    if (!lua_istable(L, idx))
        dsl_error(L, n->line, _("%s: 'score' must be a scale such as scale.binary(\"fact\"), found "
                                "%s"),
                  what, luaL_typename(L, idx));
    if (raw_field(L, idx, "eval") != LUA_TFUNCTION)
        dsl_error(L, n->line, _("%s: the scale has no eval function"), what);
    n->scale.handle = luaL_ref(L, LUA_REGISTRYINDEX);
    n->scale.kind = string_field(L, idx, "kind", 0, n->line, what);
    if (!n->scale.kind)
        n->scale.kind = dup_or_die(L, "custom");
    n->scale.description = string_field(L, idx, "text", 0, n->line, what);
    take_scale_facts(L, idx, &n->scale, n->line, what);
    n->has_scale = 1;
}

/* ---- the tree ---- */

/* __index and __newindex of a descriptor. */
static int descriptor_sealed(lua_State *L)
{
    return luaL_error(L, _("a declaration such as criterion \"1.1\" { … } cannot be read or "
                           "changed; "
                           "place it inside its parent's { … }"));
}

static const char *const NODE_KEYS[] = {"title", "max", "lead", "kinds", "score", "evidence",
                                        "survey", NULL};

/* Takes the node descriptor at desc into m->nodes (then its children), returns its index. */
static int take_node(lua_State *L, struct model *m, int desc, int parent)
{
    desc = lua_absindex(L, desc);
    const struct descriptor *d = lua_touserdata(L, desc);
    int line = d->line;
    enum node_level level = d->level;
    lua_getiuservalue(L, desc, 1); /* code */
    lua_getiuservalue(L, desc, 2); /* spec */
    int spec = lua_gettop(L);
    char what[128];
    model_node_name(level, lua_tostring(L, spec - 1), what, sizeof what);
    check_keys(L, spec, line, what, NODE_KEYS, 1);

    int self = (int)m->nnodes;
    struct node *n = APPEND(L, m->nodes, m->nnodes, m->cap.nodes);
    n->line = line;
    n->level = level;
    n->parent = parent;
    n->scale.handle = LUA_NOREF;
    n->code = dup_or_die(L, lua_tostring(L, spec - 1));
    n->title = string_field(L, spec, "title", 1, line, what);
    n->max = dsl_number_field(L, spec, "max", 1, 0, line, what);
    n->lead = string_field(L, spec, "lead", 0, line, what);
    string_list_field(L, spec, "kinds", &n->kinds, &n->nkinds, line, what);
    dsl_node_evidence(L, n, spec, line, what);
    if (dsl_get_field(L, spec, "survey", LUA_TBOOLEAN, 0, line, what))
        n->survey = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (raw_field(L, spec, "score") != LUA_TNIL)
        take_scale(L, n, what);
    lua_pop(L, 1);
    if (parent >= 0) {
        const struct node *p = &m->nodes[parent];
        if (!n->lead && p->lead)
            n->lead = dup_or_die(L, p->lead);
        if (!n->kinds && p->nkinds) {
            n->kinds = calloc(p->nkinds, sizeof *n->kinds);
            if (!n->kinds)
                luaL_error(L, _("out of memory"));
            for (size_t i = 0; i < p->nkinds; i++, n->nkinds++)
                n->kinds[i] = dup_or_die(L, p->kinds[i]);
        }
    }

    size_t nchildren = lua_rawlen(L, spec);
    for (size_t i = 1; i <= nchildren; i++) /* max = 0,5 reads as max = 0 and a stray 5 */
        if (lua_rawgeti(L, spec, (lua_Integer)i) == LUA_TNUMBER)
            dsl_error(L, line, _("%s: found the number %s among its items; in a rule file decimals "
                      "take a dot (max = 0.5), not a comma"), what, lua_tostring(L, -1));
        else
            lua_pop(L, 1);
    if (nchildren && level == LEVEL_SUB)
        dsl_error(L, line, _("%s: a sub-criterion cannot contain other nodes"), what);
    if (nchildren && m->nodes[self].has_scale)
        dsl_error(L, line, _("%s has both a score and %s; only nodes without children are scored"),
                  what, _(model_level(level + 1)->plural));
    int *children = calloc(nchildren ? nchildren : 1, sizeof *children);
    if (!children)
        luaL_error(L, _("out of memory"));
    m->nodes[self].children = children;
    for (size_t i = 1; i <= nchildren; i++) {
        lua_rawgeti(L, spec, (lua_Integer)i);
        const struct descriptor *c = luaL_testudata(L, -1, NODE_MT);
        if (!c)
            dsl_error(L, line, _("%s: item %d of its list is not a %s declaration"), what, (int)i,
                      model_level(level + 1)->keyword);
        if (c->level != level + 1) {
            lua_getiuservalue(L, -1, 1);
            char name[128];
            dsl_error(L, c->line, _("%s must be inside a %s, found inside %s"),
                      model_node_name(c->level, lua_tostring(L, -1), name, sizeof name),
                      _(model_level(c->level - 1)->singular), what);
        }
        lua_getfield(L, LUA_REGISTRYINDEX, PENDING_KEY);
        lua_pushvalue(L, -2);
        lua_pushnil(L);
        lua_rawset(L, -3);
        lua_pop(L, 1);
        int child = take_node(L, m, -1, self);
        m->nodes[self].children[m->nodes[self].nchildren++] = child;
        lua_pop(L, 1);
    }
    lua_settop(L, desc);
    return self;
}

/* `field "1" { … }` and friends: the second call, with the node's table. */
static int node_spec(lua_State *L)
{
    struct model *m = dsl_model(L);
    lua_Integer level = lua_tointeger(L, lua_upvalueindex(2));
    int line = (int)lua_tointeger(L, lua_upvalueindex(4));
    if (!lua_istable(L, 1)) {
        char name[128];
        return dsl_error(L, line, _("%s: expected a table { title = …, max = … }, found %s"),
                         model_node_name(level, lua_tostring(L, lua_upvalueindex(3)), name,
                                         sizeof name),
                         luaL_typename(L, 1));
    }
    lua_settop(L, 1);
    struct descriptor *d = lua_newuserdatauv(L, sizeof *d, 2);
    d->level = (enum node_level)level;
    d->line = line;
    luaL_setmetatable(L, NODE_MT);
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_setiuservalue(L, -2, 1);
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 2);
    if (level == LEVEL_FIELD) {
        take_node(L, m, 2, -1);
        return 0;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, PENDING_KEY);
    lua_pushvalue(L, 2);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return 1;
}

/* `field "1"`: remembers the code and the line, returns the function that takes the table. */
static int node_code(lua_State *L)
{
    lua_Integer level = lua_tointeger(L, lua_upvalueindex(2));
    int line = caller_line(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return dsl_error(L, line, _("%s: expected a code in quotes such as %s \"%s\", found %s"),
                         model_level(level)->keyword, model_level(level)->keyword,
                         model_level(level)->example, luaL_typename(L, 1));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushinteger(L, level);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, node_spec, 4);
    return 1;
}

/* ---- the other declarations ---- */

static const char *const INDEX_KEYS[] = {"year",    "title",     "basis",       "total",
                                         "example", "bonus_max", "penalty_max", NULL};

static int decl_index(lua_State *L)
{
    struct model *m = dsl_model(L);
    int line = caller_line(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (m->index_line)
        return dsl_error(L, line, _("index { … } is declared twice (first at line %d)"),
                         m->index_line);
    check_keys(L, 1, line, "index", INDEX_KEYS, 0);
    m->index_line = line;
    if (!dsl_get_field(L, 1, "year", LUA_TNUMBER, 1, line, "index") || !lua_isinteger(L, -1))
        return dsl_error(L, line, _("index: 'year' must be a whole number such as 2019"));
    lua_Integer year = lua_tointeger(L, -1);
    if (year < 1900 || year > 9999) { /* the database keeps no other year */
        char found[24];
        snprintf(found, sizeof found, "%lld", (long long)year);
        return dsl_error(L, line, _("index: 'year' must be a year from 1900 to 9999, found %s"),
                         found);
    }
    m->year = (int)year;
    lua_pop(L, 1);
    m->title = string_field(L, 1, "title", 1, line, "index");
    m->basis = string_field(L, 1, "basis", 0, line, "index");
    m->example = string_field(L, 1, "example", 0, line, "index");
    m->total = dsl_number_field(L, 1, "total", 0, 100, line, "index");
    m->bonus_max = dsl_number_field(L, 1, "bonus_max", 0, 0, line, "index");
    m->penalty_max = dsl_number_field(L, 1, "penalty_max", 0, 0, line, "index");
    if (m->bonus_max < 0 || m->penalty_max < 0)
        return dsl_error(L, line, _("index: 'bonus_max' and 'penalty_max' must not be negative"));
    return 0;
}

static const char *const CODE_NAME_KEYS[] = {"code", "name", NULL};

/* The { code = …, name = … } of agency and unit_kind. */
static void take_code_name(lua_State *L, int line, const char *what, char **code, char **name)
{
    check_keys(L, 1, line, what, CODE_NAME_KEYS, 0);
    *code = string_field(L, 1, "code", 1, line, what);
    *name = string_field(L, 1, "name", 1, line, what);
}

static int decl_agency(lua_State *L)
{
    struct model *m = dsl_model(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    struct agency *a = APPEND(L, m->agencies, m->nagencies, m->cap.agencies);
    a->line = caller_line(L);
    take_code_name(L, a->line, "agency", &a->code, &a->name);
    return 0;
}

static int decl_unit_kind(lua_State *L)
{
    struct model *m = dsl_model(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    struct unit_kind *k = APPEND(L, m->kinds, m->nkinds, m->cap.kinds);
    k->line = caller_line(L);
    take_code_name(L, k->line, "unit_kind", &k->code, &k->name);
    return 0;
}

static const char *const BAND_KEYS[] = {"name", "min", NULL};

static int decl_band(lua_State *L)
{
    struct model *m = dsl_model(L);
    int line = caller_line(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    check_keys(L, 1, line, "band", BAND_KEYS, 1);
    if (lua_rawlen(L, 1) == 2) { /* band { "A", 90 } */
        lua_pushliteral(L, "name");
        lua_rawgeti(L, 1, 1);
        lua_rawset(L, 1);
        lua_pushliteral(L, "min");
        lua_rawgeti(L, 1, 2);
        lua_rawset(L, 1);
    }
    struct band *b = APPEND(L, m->bands, m->nbands, m->cap.bands);
    b->line = line;
    b->name = string_field(L, 1, "name", 1, line, "band");
    b->min = dsl_number_field(L, 1, "min", 1, 0, line, "band");
    return 0;
}

static const char *const DEADLINE_KEYS[] = {"code", "task", "by", "due", "before", "after",
                                            "after_received", "workdays", "to", "stage", NULL};

/* t[key] as a date into a new "yyyy-mm-dd", moved by `shift` days; NULL when absent. */
static char *date_field(lua_State *L, const char *key, long shift, int line, const char *what)
{
    char *text = string_field(L, 1, key, 0, line, what);
    if (!text)
        return NULL;
    struct px_date date;
    struct px_err e;
    int bad = date_parse(text, &date, &e);
    free(text);
    if (bad)
        dsl_error(L, line, _("%s: '%s': %s"), what, key, e.msg);
    char *iso = malloc(11);
    if (!iso)
        luaL_error(L, _("out of memory"));
    date_iso(date_from_days(date_days(date) + shift), iso);
    return iso;
}

/* deadline { code, task, by, to, and one of: due = "19/01/2020" | before = "25/12/2019" (the
 * day before) | after = "CODE", workdays = N | after_received = "CODE", workdays = N }. */
static int decl_deadline(lua_State *L)
{
    struct model *m = dsl_model(L);
    int line = caller_line(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    check_keys(L, 1, line, "deadline", DEADLINE_KEYS, 0);
    struct deadline *d = APPEND(L, m->deadlines, m->ndeadlines, m->cap.deadlines);
    d->line = line;
    d->task = string_field(L, 1, "task", 1, line, "deadline");
    char what[200];
    snprintf(what, sizeof what, _("deadline '%.150s'"), d->task);
    d->code = string_field(L, 1, "code", 0, line, what);
    if (d->code && model_deadline(m, d->code) != (int)(m->ndeadlines - 1))
        return dsl_error(L, line, _("%s: code %s is used twice (first at line %d)"), what, d->code,
                         m->deadlines[model_deadline(m, d->code)].line);
    string_list_field(L, 1, "by", &d->by, &d->nby, line, what);
    d->to = string_field(L, 1, "to", 0, line, what);
    char *due = date_field(L, "due", 0, line, what), *before = date_field(L, "before", -1, line, what);
    d->due = due ? due : before;
    char *after = string_field(L, 1, "after", 0, line, what);
    char *received = string_field(L, 1, "after_received", 0, line, what);
    d->after = after ? after : received;
    d->after_received = received != NULL;
    int ways = (due != NULL) + (before != NULL) + (after != NULL) + (received != NULL);
    if (ways != 1) {
        if (due && before)
            free(before);
        if (after && received)
            free(received);
        return dsl_error(L, line, _("%s: give exactly one of due = \"dd/mm/yyyy\", before = "
                         "\"dd/mm/yyyy\" (the day before), after = \"CODE\" or after_received "
                         "= \"CODE\" (with workdays = N)"), what);
    }
    double n = dsl_number_field(L, 1, "workdays", 0, -1, line, what);
    if (d->after && (n < 0 || n != (double)(int)n || n > 10000))
        return dsl_error(L, line, _("%s: counted from %s, it needs workdays = N, a whole number "
                         "of working days from 0 to 10000"), what, d->after);
    if (!d->after && n >= 0)
        return dsl_error(L, line, _("%s: workdays = N goes with after = \"CODE\" or after_received "
                         "= \"CODE\""), what);
    d->workdays = d->after ? (int)n : 0;
    char *stage = string_field(L, 1, "stage", 0, line, what);
    d->self_assessment = stage && !strcmp(stage, "self");
    int bad_stage = stage && !d->self_assessment;
    free(stage);
    if (bad_stage)
        return dsl_error(L, line, _("deadline '%s': stage: expected \"self\" (the "
                         "self-assessment deadline, after which self scores are locked)"), d->task);
    return 0;
}

/* calendar(require "calendar_vn"): the working-day calendar that relative deadlines, reports
 * and scales count with. */
static int decl_calendar(lua_State *L)
{
    struct model *m = dsl_model(L);
    int line = caller_line(L);
    if (m->calendar)
        return dsl_error(L, line, _("calendar is named twice (first at line %d)"), m->calendar_line);
    if (!(m->calendar = calloc(1, sizeof *m->calendar)))
        return luaL_error(L, _("out of memory"));
    m->calendar_line = line;
    struct px_err e;
    if (lapi_to_workcal(L, 1, m->calendar, &e) != 0)
        return dsl_error(L, line, _("calendar: %s"), e.msg);
    return 0;
}

static const char *const ADJUSTMENT_KEYS[] = {"code", "title", "max", "fact", NULL};

/* bonus { … } and penalty { … } (upvalue 2: 1 for a penalty). */
static int decl_adjustment(lua_State *L)
{
    struct model *m = dsl_model(L);
    int penalty = (int)lua_tointeger(L, lua_upvalueindex(2)), line = caller_line(L);
    const char *what = penalty ? "penalty" : "bonus";
    luaL_checktype(L, 1, LUA_TTABLE);
    check_keys(L, 1, line, what, ADJUSTMENT_KEYS, 0);
    struct adjustment *a = APPEND(L, m->adjustments, m->nadjustments, m->cap.adjustments);
    a->line = line;
    a->penalty = penalty;
    a->code = string_field(L, 1, "code", 1, line, what);
    a->title = string_field(L, 1, "title", 1, line, what);
    a->fact = string_field(L, 1, "fact", 1, line, what);
    a->max = dsl_number_field(L, 1, "max", 1, 0, line, what);
    if (!(a->max > 0) || a->max > RESULTS_MAX_TOTAL)
        return dsl_error(L, line, _("%s %s: 'max' must be above 0 and at most %f"), what, a->code,
                         (lua_Number)RESULTS_MAX_TOTAL);
    for (size_t i = 0; i + 1 < m->nadjustments; i++)
        if (!strcmp(m->adjustments[i].code, a->code))
            return dsl_error(L, line, _("%s %s is declared twice (first at line %d)"), what, a->code,
                             m->adjustments[i].line);
    return 0;
}

/* What `question "Q01"` and `fact "code"` return: spec, called with the { … } that follows,
 * with the model (this function's upvalue), the code (argument 1) and its line as upvalues. */
int dsl_code_spec(lua_State *L, int line, lua_CFunction spec)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, spec, 3);
    return 1;
}

const char *dsl_spec_code(lua_State *L, const char *named, char *what, size_t n, int *line)
{
    const char *code = lua_tostring(L, lua_upvalueindex(2));
    *line = (int)lua_tointeger(L, lua_upvalueindex(3));
    snprintf(what, n, named, code);
    return code;
}

/* ---- the fact dictionary: fact "code" { type = …, label = …, … } ---- */

static const char *const FACT_KEYS[] = {"type", "label", "agency", "values", "min", "max",
                                        "unit", NULL};

/* t.values as "a|b|c": given as that string or as a list of words. */
static char *values_field(lua_State *L, int idx, int line, const char *what)
{
    int t = raw_field(L, idx, "values");
    if (t == LUA_TNIL || t == LUA_TSTRING) {
        lua_pop(L, 1);
        return string_field(L, idx, "values", 0, line, what);
    }
    if (t != LUA_TTABLE)
        dsl_error(L, line, _("%s: 'values' must be a list of words, found %s"), what,
                  luaL_typename(L, -1));
    int list = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    size_t len = lua_rawlen(L, list);
    for (size_t i = 1; i <= len; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) != LUA_TSTRING)
            dsl_error(L, line, _("%s: 'values' must list words (strings)"), what);
        if (i > 1)
            luaL_addchar(&b, '|');
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    char *joined = take_text(L, -1, line, what);
    lua_pop(L, 2); /* the words joined, the list */
    return joined;
}

/* t[key] as any finite number into *out; 1 when given. */
static int bound_field(lua_State *L, int idx, const char *key, double *out, int line,
                       const char *what)
{
    if (!dsl_get_field(L, idx, key, LUA_TNUMBER, 0, line, what))
        return 0;
    *out = lua_tonumber(L, -1);
    if (!isfinite(*out))
        dsl_error(L, line, _("%s: '%s' must be a finite number"), what, key);
    lua_pop(L, 1);
    return 1;
}

static int fact_spec(lua_State *L)
{
    struct model *m = dsl_model(L);
    char what[160];
    int line;
    const char *code = dsl_spec_code(L, _("fact %s"), what, sizeof what, &line);
    if (!lua_istable(L, 1))
        return dsl_error(L, line, _("%s: expected a table { type = …, label = … }, found %s"), what,
                         luaL_typename(L, 1));
    const struct fact_def *first = model_fact(m, code);
    if (first)
        return dsl_error(L, line, _("%s is declared twice (first at line %d)"), what, first->line);
    check_keys(L, 1, line, what, FACT_KEYS, 0);
    struct fact_def *f = APPEND(L, m->facts, m->nfacts, m->cap.facts);
    f->line = line;
    f->code = dup_or_die(L, code);
    f->type = string_field(L, 1, "type", 1, line, what);
    if (declared_type_of(f->type) < 0) {
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        for (int t = 0; t < DECLARED_NTYPES; t++) {
            luaL_addstring(&b, t ? ", " : "");
            luaL_addstring(&b, declared_type_name(t));
        }
        luaL_pushresult(&b);
        return dsl_error(L, line, _("%s: unknown type '%s'; expected one of: %s"), what, f->type,
                         lua_tostring(L, -1));
    }
    f->label = string_field(L, 1, "label", 0, line, what);
    f->agency = string_field(L, 1, "agency", 0, line, what);
    f->unit = string_field(L, 1, "unit", 0, line, what);
    f->values = values_field(L, 1, line, what);
    f->has_min = bound_field(L, 1, "min", &f->min, line, what);
    f->has_max = bound_field(L, 1, "max", &f->max, line, what);
    if (f->has_min && f->has_max && f->min > f->max) {
        char lo[32], hi[32];
        snprintf(lo, sizeof lo, "%.15g", f->min);
        snprintf(hi, sizeof hi, "%.15g", f->max);
        return dsl_error(L, line, _("%s: 'min' %s is above 'max' %s"), what, lo, hi);
    }
    return 0;
}

static int fact_code(lua_State *L)
{
    int line = caller_line(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return dsl_error(L, line, _("fact: expected a code in quotes such as fact "
                         "\"par_plan_issued_date\" { … }, found %s"), luaL_typename(L, 1));
    return dsl_code_spec(L, line, fact_spec);
}

void dsl_open(lua_State *L, struct model *m)
{
    luaL_newmetatable(L, NODE_MT);
    lua_pushcfunction(L, descriptor_sealed);
    lua_setfield(L, -2, "__index");
    sandbox_guard(L, descriptor_sealed);
    lua_pop(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, PENDING_KEY);

    static const luaL_Reg DECLS[] = {
        {"index", decl_index}, {"agency", decl_agency}, {"unit_kind", decl_unit_kind},
        {"band", decl_band}, {"deadline", decl_deadline}, {"survey_group", dsl_survey_group},
        {"calendar", decl_calendar}, {"evidence_rules", dsl_evidence_rules},
        {NULL, NULL}};
    lua_pushlightuserdata(L, m);
    luaL_setfuncs(L, DECLS, 1);
    for (int level = LEVEL_FIELD; level <= LEVEL_SUB; level++) {
        lua_pushlightuserdata(L, m);
        lua_pushinteger(L, level);
        lua_pushcclosure(L, node_code, 2);
        lua_setfield(L, -2, model_level(level)->keyword);
    }
    lua_pushlightuserdata(L, m);
    lua_pushcclosure(L, fact_code, 1);
    lua_setfield(L, -2, "fact");
    for (int penalty = 0; penalty < 2; penalty++) {
        lua_pushlightuserdata(L, m);
        lua_pushinteger(L, penalty);
        lua_pushcclosure(L, decl_adjustment, 2);
        lua_setfield(L, -2, penalty ? "penalty" : "bonus");
    }
    lua_pushlightuserdata(L, m);
    lua_pushcclosure(L, dsl_question, 1);
    lua_setfield(L, -2, "question");
}

int dsl_unplaced(lua_State *L, char *msg, size_t n)
{
    int first_line = 0;
    lua_getfield(L, LUA_REGISTRYINDEX, PENDING_KEY);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        const struct descriptor *d = lua_touserdata(L, -1);
        lua_getiuservalue(L, -1, 1);
        if (!first_line || d->line < first_line) {
            first_line = d->line;
            char name[128];
            snprintf(msg, n, _("%s is not inside any %s"),
                     model_node_name(d->level, lua_tostring(L, -1), name, sizeof name),
                     _(model_level(d->level - 1)->singular));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return first_line;
}
