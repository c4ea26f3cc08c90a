/* repl_lua.c — REPL lines in the rule's sandbox, and the `whatif` table (see repl_lua.h).
 * Uses: repl_lua.h, sandbox.h (lines compiled in the shared environment, protected calls),
 * text.h (controls in printed values made visible). */
#include "repl_lua.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "text.h"
#include "i18n.h"

#define MAX_WORDS 8

/* whatif.<command>(...): upvalue 1 the host, 2 the command's name; the arguments as the
 * words typed after it (numbers as Lua writes them).  true when the command did its work. */
static int whatif_command(lua_State *L)
{
    const struct repl_lua_host *h = lua_touserdata(L, lua_upvalueindex(1));
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    int n = lua_gettop(L);
    if (n > MAX_WORDS)
        return luaL_error(L, _("whatif.%s: at most %d arguments"), name, MAX_WORDS);
    char *words[MAX_WORDS];
    for (int i = 0; i < n; i++)
        words[i] = (char *)luaL_checkstring(L, i + 1);
    lua_pushboolean(L, h->command(h->ud, name, words, n) == 0);
    return 1;
}

/* whatif.total(): the current unit's total, percentage, rank (nil: not ranked) and band. */
static int whatif_total(lua_State *L)
{
    const struct repl_lua_host *h = lua_touserdata(L, lua_upvalueindex(1));
    double total, percent;
    int rank;
    const char *band;
    if (h->total(h->ud, &total, &percent, &rank, &band) != 0)
        return luaL_error(L, "%s", _("whatif.total: no unit chosen (.unit CODE)"));
    lua_pushnumber(L, total);
    lua_pushnumber(L, percent);
    if (rank)
        lua_pushinteger(L, rank);
    else
        lua_pushnil(L);
    if (band)
        lua_pushstring(L, band);
    else
        lua_pushnil(L);
    return 4;
}

/* whatif.score(node): the current unit's points and maximum of a node (nil when the node
 * does not apply to it). */
static int whatif_score(lua_State *L)
{
    const struct repl_lua_host *h = lua_touserdata(L, lua_upvalueindex(1));
    double points, max;
    char why[300];
    int rc = h->score(h->ud, luaL_checkstring(L, 1), &points, &max, why, sizeof why);
    if (rc < 0)
        return luaL_error(L, "whatif.score: %s", why);
    if (rc == 0) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushnumber(L, points);
    lua_pushnumber(L, max);
    return 2;
}

/* Protected: the environment of the function on top gets `whatif` (ud: the host). */
static int put_whatif(lua_State *L)
{
    const struct repl_lua_host *h = lua_touserdata(L, 1);
    lua_getupvalue(L, 2, 1); /* the environment shared by every REPL line */
    lua_newtable(L);
    for (const char *const *n = h->names; *n; n++) {
        lua_pushlightuserdata(L, (void *)h);
        lua_pushstring(L, *n);
        lua_pushcclosure(L, whatif_command, 2);
        lua_setfield(L, -2, *n);
    }
    lua_pushlightuserdata(L, (void *)h);
    lua_pushcclosure(L, whatif_total, 1);
    lua_setfield(L, -2, "total");
    lua_pushlightuserdata(L, (void *)h);
    lua_pushcclosure(L, whatif_score, 1);
    lua_setfield(L, -2, "score");
    lua_setfield(L, -2, "whatif");
    return 0;
}

int repl_lua_open(struct rules *rl, const struct repl_lua_host *host, struct px_err *e)
{
    int incomplete;
    if (sandbox_load_line(rl->sb, "=whatif", "", 0, &incomplete, e) != 0)
        return -1;
    return sandbox_protect(rl->sb, put_whatif, (void *)host, 1, e);
}

/* Protected: f(out, env, values...) writes the values (tostring of the line's environment)
 * on one line. */
static int print_values(lua_State *L)
{
    FILE *out = lua_touserdata(L, 1);
    int n = lua_gettop(L) - 2;
    for (int i = 0; i < n; i++) {
        lua_getfield(L, 2, "tostring");
        lua_pushvalue(L, 3 + i);
        lua_call(L, 1, 1);
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        if (i)
            fputc('\t', out);
        text_put(out, s ? s : "", s ? len : 0, TEXT_KEEP_NEWLINE);
        lua_pop(L, 1);
    }
    fputc('\n', out);
    return 0;
}

int repl_lua_eval(struct rules *rl, const char *name, const char *text, FILE *out,
                  struct px_err *e)
{
    lua_State *L = sandbox_lua(rl->sb);
    int incomplete, top = lua_gettop(L);
    if (sandbox_load_line(rl->sb, name, text, 1, &incomplete, e) != 0 &&
        sandbox_load_line(rl->sb, name, text, 0, &incomplete, e) != 0)
        return incomplete ? 1 : -1;
    lua_getupvalue(L, -1, 1); /* its environment, for tostring */
    lua_insert(L, -2);
    int rc = sandbox_call(rl->sb, 0, LUA_MULTRET, e);
    int n = lua_gettop(L) - top - 1; /* the values above the environment */
    if (rc == 0 && n > 0)
        rc = sandbox_protect(rl->sb, print_values, out, n + 1, e);
    lua_settop(L, top);
    return rc;
}
