/* lapi_db.c — the paridx.db module: read-only access to the paridx database for rules and
 * scripts.  db.query(sql, ...) runs one SELECT with the extra arguments bound to its ?
 * parameters and returns an array of rows, each a table keyed by column name.  Writing is
 * refused by the store's authorizer; SQLite's steps are charged to the rule's step budget and
 * its memory held to what is left of the rule's memory budget.  Each row is made into Lua
 * under lua_pcall, so that an error there (memory) stops the query, which is finished and
 * freed before the error is raised again: no error ever jumps across SQLite.
 * Uses: store.h, sandbox.h, lua5.4, i18n.h (messages). */
#include <lauxlib.h>

#include "lapi.h"
#include "sandbox.h"
#include "store.h"
#include "i18n.h"

#define MAX_PARAMS 32

struct collect {
    lua_State *L;
    lua_Integer n;
    int failed; /* a row could not be made: its error is on the stack */
    int ncols;
    const char *const *names;
    const struct sql_value *row;
};

static void push_value(lua_State *L, const struct sql_value *v)
{
    switch (v->type) {
    case SQLV_INT:
        lua_pushinteger(L, (lua_Integer)v->i);
        break;
    case SQLV_REAL:
        lua_pushnumber(L, v->r);
        break;
    case SQLV_TEXT:
        lua_pushlstring(L, v->s, v->len);
        break;
    default:
        lua_pushnil(L);
    }
}

/* Under lua_pcall: [rows, collect] → appends the row to rows. */
static int add_row(lua_State *L)
{
    struct collect *c = lua_touserdata(L, 2);
    lua_createtable(L, 0, c->ncols);
    for (int i = 0; i < c->ncols; i++) {
        push_value(L, &c->row[i]);
        lua_setfield(L, -2, c->names[i]);
    }
    lua_rawseti(L, 1, ++c->n);
    return 0;
}

static int collect_row(void *ud, int ncols, const char *const *names, const struct sql_value *row)
{
    struct collect *c = ud;
    c->ncols = ncols;
    c->names = names;
    c->row = row;
    lua_pushcfunction(c->L, add_row);
    lua_pushvalue(c->L, -2);
    lua_pushlightuserdata(c->L, c);
    c->failed = lua_pcall(c->L, 2, 0, 0) != LUA_OK;
    return c->failed;
}

static void to_param(lua_State *L, int idx, struct sql_value *p)
{
    size_t len;
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        p->type = SQLV_NULL;
        break;
    case LUA_TBOOLEAN:
        p->type = SQLV_INT;
        p->i = lua_toboolean(L, idx);
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            p->type = SQLV_INT;
            p->i = lua_tointeger(L, idx);
        } else {
            p->type = SQLV_REAL;
            p->r = lua_tonumber(L, idx);
        }
        break;
    case LUA_TSTRING:
        p->type = SQLV_TEXT;
        p->s = lua_tolstring(L, idx, &len);
        p->len = len;
        break;
    default:
        luaL_argerror(L, idx, "expected nil, boolean, number or string");
    }
}

static int db_query(lua_State *L)
{
    const char *sql = luaL_checkstring(L, 1);
    struct store *s = lapi_store(L);
    if (!s)
        return luaL_error(L, _("paridx.db.query: no database is open"));
    int nparams = lua_gettop(L) - 1;
    if (nparams > MAX_PARAMS)
        return luaL_error(L, _("paridx.db.query: at most %d parameters, found %d"), MAX_PARAMS,
                          nparams);
    struct sql_value params[MAX_PARAMS];
    for (int i = 0; i < nparams; i++)
        to_param(L, i + 2, &params[i]);
    luaL_checkstack(L, 4, "paridx.db.query");
    lua_newtable(L);
    struct sandbox *sb = sandbox_of(L);
    size_t left = sandbox_memory_left(sb);
    struct query_budget b = {sandbox_interrupt, sb, left ? left : 1}; /* 0 would mean no limit */
    struct collect c = {L, 0, 0, 0, NULL, NULL};
    struct px_err e;
    int rc = store_query(s, sql, params, nparams, collect_row, &c, &b, &e);
    if (c.failed)
        return lua_error(L); /* the row's error, now that the query is finished */
    if (rc != 0 && e.code == PX_LIMIT && !sandbox_exhausted(sb))
        return sandbox_memory_error(L); /* SQLite's memory: the rule's budget */
    if (rc != 0)
        return luaL_error(L, _("paridx.db.query: %s"), e.msg);
    return 1;
}

int lapi_open_db(lua_State *L)
{
    static const luaL_Reg FUNCS[] = {{"query", db_query}, {NULL, NULL}};
    luaL_newlib(L, FUNCS);
    return 1;
}
