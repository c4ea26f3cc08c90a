/* lapi_init.c — builds the `paridx` table from the module list below and the core values
 * (NA, data_error, _ and ngettext).  Adding a module = one line in MODULES.
 * Uses: lapi.h, sandbox.h (data errors, the read-only guard), i18n.h (messages). */
#include "lapi.h"

#include <lauxlib.h>

#include "sandbox.h"
#include "i18n.h"

static const char NA_KEY[] = "paridx.NA";
static const char STORE_KEY[] = "paridx.store";

static const luaL_Reg MODULES[] = {
    {"date", lapi_open_date},
    {"re", lapi_open_re},
    {"db", lapi_open_db},
    {"fact_types", lapi_open_fact_types},
    {"fmt", lapi_open_fmt},
    {NULL, NULL}};

static int na_tostring(lua_State *L)
{
    lua_pushliteral(L, "không áp dụng");
    return 1;
}

static int na_newindex(lua_State *L)
{
    return luaL_error(L, _("cannot change paridx.NA: it is read-only in rules"));
}

static int lapi_data_error(lua_State *L)
{
    return sandbox_data_error(L, luaL_checkstring(L, 1));
}

static void create_na(lua_State *L)
{
    lua_newtable(L);
    lua_createtable(L, 0, 4);
    lua_pushcfunction(L, na_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "NA");
    lua_setfield(L, -2, "__name");
    sandbox_guard(L, na_newindex);
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, NA_KEY);
}

void lapi_push_na(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, NA_KEY);
}

int lapi_is_na(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TTABLE)
        return 0; /* a scale's points, most often: no look into the registry */
    idx = lua_absindex(L, idx);
    lapi_push_na(L);
    int same = lua_rawequal(L, idx, -1);
    lua_pop(L, 1);
    return same;
}

struct store *lapi_store(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, STORE_KEY);
    struct store *s = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return s;
}

void lapi_open(lua_State *L, struct store *db)
{
    lua_pushlightuserdata(L, db);
    lua_setfield(L, LUA_REGISTRYINDEX, STORE_KEY);
    create_na(L);

    lua_newtable(L);
    lapi_push_na(L);
    lua_setfield(L, -2, "NA");
    static const luaL_Reg FUNCS[] = {
        {"data_error", lapi_data_error}, {"_", lapi_gettext}, {"ngettext", lapi_ngettext}, {NULL, NULL}};
    luaL_setfuncs(L, FUNCS, 0);
    for (const luaL_Reg *m = MODULES; m->name; m++) {
        m->func(L);
        lua_setfield(L, -2, m->name);
    }
    lua_setfield(L, -2, "paridx");
}
