/* lapi_date.c — the paridx.date module: paridx.date.parse(s) (also callable as paridx.date(s))
 * reads a date as users write it ("25/12/2019", "2019-12-25") and returns "2019-12-25", or nil
 * and the reason; paridx.date.format(s) writes such a date as users read it, "25/12/2019".
 * Provides lapi_open_date().  Uses: calendar.h. */
#include <lauxlib.h>

#include "calendar.h"
#include "lapi.h"

static int date_parse_lua(lua_State *L)
{
    const char *s = luaL_checkstring(L, 1);
    struct px_date d;
    struct px_err e;
    char iso[11];
    if (date_parse(s, &d, &e) != 0) {
        luaL_pushfail(L);
        lua_pushstring(L, e.msg);
        return 2;
    }
    date_iso(d, iso);
    lua_pushstring(L, iso);
    return 1;
}

/* A date that does not parse is the caller's mistake: it raises, naming why. */
static int date_format_lua(lua_State *L)
{
    const char *s = luaL_checkstring(L, 1);
    struct px_date d;
    struct px_err e;
    char vn[11];
    if (date_parse(s, &d, &e) != 0)
        return luaL_argerror(L, 1, e.msg);
    date_vn(d, vn);
    lua_pushstring(L, vn);
    return 1;
}

/* __call(module, s): the module table itself is the first argument. */
static int date_call(lua_State *L)
{
    lua_remove(L, 1);
    return date_parse_lua(L);
}

int lapi_open_date(lua_State *L)
{
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, date_parse_lua);
    lua_setfield(L, -2, "parse");
    lua_pushcfunction(L, date_format_lua);
    lua_setfield(L, -2, "format");
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, date_call);
    lua_setfield(L, -2, "__call");
    lua_setmetatable(L, -2);
    return 1;
}
