/* lapi_db.c — the paridx.db module: read-only access to the paridx database for rules and
 * scripts.  db.query(sql, ...) runs one SELECT with the extra arguments bound to its ?
 * parameters and returns an array of rows, each a table keyed by column name.  Writing is
 * refused by the store's authorizer; long queries stop when the step budget is spent.
 * Uses: store.h, sandbox.h, lua5.4. */
#include <lauxlib.h>

#include "lapi.h"
#include "sandbox.h"
#include "store.h"

#define MAX_PARAMS 32

struct collect {
    lua_State *L;
    lua_Integer n;
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

static int collect_row(void *ud, int ncols, const char *const *names, const struct sql_value *row)
{
    struct collect *c = ud;
    lua_createtable(c->L, 0, ncols);
    for (int i = 0; i < ncols; i++) {
        push_value(c->L, &row[i]);
        lua_setfield(c->L, -2, names[i]);
    }
    lua_rawseti(c->L, -2, ++c->n);
    return 0;
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
        return luaL_error(L, "paridx.db.query: no database is open");
    int nparams = lua_gettop(L) - 1;
    if (nparams > MAX_PARAMS)
        return luaL_error(L, "paridx.db.query: at most %d parameters, found %d", MAX_PARAMS, nparams);
    struct sql_value params[MAX_PARAMS];
    for (int i = 0; i < nparams; i++)
        to_param(L, i + 2, &params[i]);
    lua_newtable(L);
    struct collect c = {L, 0};
    struct px_err e;
    if (store_query(s, sql, params, nparams, collect_row, &c, sandbox_interrupt, sandbox_of(L), &e) != 0)
        return luaL_error(L, "paridx.db.query: %s", e.msg);
    return 1;
}

int lapi_open_db(lua_State *L)
{
    static const luaL_Reg FUNCS[] = {{"query", db_query}, {NULL, NULL}};
    luaL_newlib(L, FUNCS);
    return 1;
}
