/* lapi_re.c — the paridx.re module: PCRE2 for rule authors, in place of Lua patterns.
 *   re.test(pattern, s)  → true / false
 *   re.match(pattern, s) → whole match, captures…  or nil
 * Compiled patterns are cached per state; matching has PCRE2 match and depth limits, so a
 * catastrophic pattern raises "the pattern took too long" instead of running away.
 * Uses: re.h, lua5.4. */
#include <lauxlib.h>

#include "lapi.h"
#include "re.h"

static const char CACHE_KEY[] = "paridx.re.cache";
static const char RE_MT[] = "paridx.re.compiled";

#define MAX_PAIRS 32

static int compiled_gc(lua_State *L)
{
    struct re **box = luaL_checkudata(L, 1, RE_MT);
    re_free(*box);
    *box = NULL;
    return 0;
}

/* The compiled form of the pattern at argument 1, from the cache or compiled now. */
static const struct re *compiled(lua_State *L)
{
    const char *pattern = luaL_checkstring(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    if (lua_getfield(L, -1, pattern) == LUA_TUSERDATA) {
        struct re **box = lua_touserdata(L, -1);
        lua_pop(L, 2);
        return *box;
    }
    lua_pop(L, 1);
    struct re **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    luaL_setmetatable(L, RE_MT);
    struct px_err e;
    if (!(*box = re_compile(pattern, &e)))
        luaL_error(L, "%s", e.msg);
    lua_setfield(L, -2, pattern);
    lua_pop(L, 1);
    return *box;
}

/* Runs the match; returns the number of pairs set (0 = no match). */
static int run(lua_State *L, size_t *ovec)
{
    const struct re *r = compiled(L);
    size_t len;
    const char *s = luaL_checklstring(L, 2, &len);
    struct px_err e;
    int n = re_find(r, s, len, 0, ovec, MAX_PAIRS, &e);
    if (n < 0)
        luaL_error(L, "%s", e.msg);
    return n;
}

static int re_test_lua(lua_State *L)
{
    size_t ovec[2 * MAX_PAIRS];
    lua_pushboolean(L, run(L, ovec) > 0);
    return 1;
}

static int re_match_lua(lua_State *L)
{
    size_t ovec[2 * MAX_PAIRS];
    int n = run(L, ovec);
    if (n == 0) {
        luaL_pushfail(L);
        return 1;
    }
    const char *s = lua_tostring(L, 2);
    int groups = re_groups(compiled(L)) + 1;
    if (groups > MAX_PAIRS)
        groups = MAX_PAIRS;
    luaL_checkstack(L, groups, "too many captures");
    for (int i = 0; i < groups; i++) {
        if (i >= n || ovec[2 * i] == (size_t)-1)
            lua_pushboolean(L, 0);
        else
            lua_pushlstring(L, s + ovec[2 * i], ovec[2 * i + 1] - ovec[2 * i]);
    }
    return groups;
}

int lapi_open_re(lua_State *L)
{
    luaL_newmetatable(L, RE_MT);
    lua_pushcfunction(L, compiled_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    static const luaL_Reg FUNCS[] = {{"test", re_test_lua}, {"match", re_match_lua}, {NULL, NULL}};
    luaL_newlib(L, FUNCS);
    return 1;
}
