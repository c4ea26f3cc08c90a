/* sandbox_base.c — what rule code may call (see sandbox.h): a few safe standard functions and
 * libraries, copied into a base table that every file's environment reads through a frozen
 * proxy, and replacements for the standard functions that would open a hole:
 *  - pcall/xpcall (one function) re-raise a spent budget, and an xpcall handler is not called
 *    once a budget is spent (it would run with the step hook off);
 *  - setmetatable refuses __gc (finalizers run with hooks off);
 *  - pairs/next iterate in sorted key order (sandbox_pairs.c), so results never depend on
 *    hash order;
 *  - require loads text files from the library folder only, once;
 *  - rawset is not offered, so a frozen table can only be written through its __newindex,
 *    which raises;
 *  - tostring, print and string.format show a table, function or userdata without
 *    __tostring by its type name, never its address, and string.format refuses %p: no output
 *    depends on where memory was.
 * coroutine, io, os, debug, load*, dofile, collectgarbage, string.dump, Lua patterns and
 * math.random are absent.
 * Uses: lua5.4, sandbox.h, sandbox_impl.h, diag.h (print's output), re.h (library names),
 * i18n.h (messages). */
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

#include "re.h"
#include "sandbox.h"
#include "sandbox_impl.h"
#include "i18n.h"

static const char LOADED_KEY[] = "paridx.loaded";
static const char BASE_KEY[] = "paridx.base";
static const char LOADING[] = "\1loading";

/* ---- functions offered in place of the standard ones ---- */

/* The message handler xpcall installs: the rule's handler (upvalue 1), unless a budget is
 * spent, when the stop goes on unchanged. */
static int budgeted_handler(lua_State *L)
{
    if (sandbox_exhausted(sandbox_of(L)))
        return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* pcall(f, …) and, when upvalue 1 is true, xpcall(f, handler, …): as Lua's, but an error
 * that comes from a spent budget is raised again, so no rule can swallow the stop. */
static int sb_pcall(lua_State *L)
{
    int with_handler = lua_toboolean(L, lua_upvalueindex(1));
    luaL_checkany(L, 1);
    if (with_handler) { /* f, handler, … → handler', f, … */
        luaL_checktype(L, 2, LUA_TFUNCTION);
        lua_pushvalue(L, 2);
        lua_pushcclosure(L, budgeted_handler, 1);
        lua_replace(L, 2);
        lua_pushvalue(L, 1);
        lua_copy(L, 2, 1);
        lua_replace(L, 2);
    } else { /* f, … → nil, f, … */
        lua_pushnil(L);
        lua_insert(L, 1);
    }
    int status = lua_pcall(L, lua_gettop(L) - 2, LUA_MULTRET, with_handler ? 1 : 0);
    if (status != LUA_OK && sandbox_exhausted(sandbox_of(L)))
        return lua_error(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 1);
    return lua_gettop(L);
}

static int sb_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) /* raw, as Lua itself looks it up */
            return luaL_error(L, _("metatables with __gc are not allowed in rules "
                                   "(finalizers would run outside the step budget)"));
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, _("cannot change a protected metatable"));
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

/* Pushes value i as text, as luaL_tolstring does, except that a table, function, userdata
 * or thread without __tostring shows as its __name or type name ("table"), with no address. */
static const char *shown(lua_State *L, int i, size_t *len)
{
    int t = lua_type(L, i);
    int addressed = t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TUSERDATA ||
                    t == LUA_TLIGHTUSERDATA || t == LUA_TTHREAD;
    if (!addressed || luaL_getmetafield(L, i, "__tostring") != LUA_TNIL) {
        if (addressed)
            lua_pop(L, 1); /* the __tostring found: luaL_tolstring calls it */
        return luaL_tolstring(L, i, len);
    }
    int name = luaL_getmetafield(L, i, "__name"); /* pushes nothing when absent */
    if (name != LUA_TSTRING) {
        if (name != LUA_TNIL)
            lua_pop(L, 1);
        lua_pushstring(L, luaL_typename(L, i));
    }
    return lua_tolstring(L, -1, len);
}

static int sb_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    shown(L, 1, NULL);
    return 1;
}

/* string.format (the library's own is upvalue 1) without addresses: %p refused, and the
 * arguments that %s would show with an address shown by their type name instead. */
static int sb_format(lua_State *L)
{
    const char *fmt = luaL_checkstring(L, 1);
    for (const char *c = strchr(fmt, '%'); c; c = strchr(c, '%')) {
        c++;
        if (*c == '%') {
            c++;
            continue;
        }
        c += strspn(c, "-+ #0123456789.");
        if (*c == 'p')
            return luaL_error(L, _("string.format: %%p (a memory address) is not offered in rules; "
                                   "results must depend only on rules and data"));
    }
    int n = lua_gettop(L);
    for (int i = 2; i <= n; i++) {
        int t = lua_type(L, i);
        if (t != LUA_TSTRING && t != LUA_TNUMBER) {
            shown(L, i, NULL);
            lua_replace(L, i);
        }
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, 1);
    return 1;
}

/* print: one line on stderr through px_echo (controls made visible), by sandbox_say. */
static int sb_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer line;
    luaL_buffinit(L, &line);
    for (int i = 1; i <= n; i++) {
        if (i > 1)
            luaL_addchar(&line, '\t');
        shown(L, i, NULL);
        luaL_addvalue(&line);
    }
    luaL_pushresult(&line);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    sandbox_say(sandbox_of(L), s, len);
    return 0;
}

static int sb_require(lua_State *L)
{
    struct sandbox *sb = sandbox_of(L);
    const char *name = luaL_checkstring(L, 1);
    if (!re_shape(SHAPE_FACT_NAME, name))
        return luaL_error(L, _("require: expected a library name such as \"scale\" "
                               "(lower-case letters, digits, _), found \"%s\""), name);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, LOADED_KEY); /* 2 */
    if (lua_getfield(L, 2, name) != LUA_TNIL) {
        if (lua_type(L, -1) == LUA_TSTRING && !strcmp(lua_tostring(L, -1), LOADING))
            return luaL_error(L, _("require: \"%s\" requires itself (a loop between libraries)"),
                              name);
        return 1;
    }
    lua_pop(L, 1);
    lua_pushstring(L, LOADING);
    lua_setfield(L, 2, name);
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.lua", sb->lib_dir, name);
    struct px_err e;
    char why[sizeof e.msg + sizeof e.file + 32];
    int failed = sandbox_load(sb, path, NULL, &e) != 0;
    if (failed)
        lua_pushfstring(L, "require \"%s\": %s", name, px_err_format(&e, why, sizeof why));
    else
        failed = lua_pcall(L, 0, 1, 0) != LUA_OK;
    if (failed) { /* not loaded: the next require tries again and says why again */
        lua_pushnil(L);
        lua_setfield(L, 2, name);
        return lua_error(L);
    }
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);
    return 1;
}

/* ---- freezing ---- */

static int frozen_newindex(lua_State *L)
{
    return luaL_error(L, _("cannot change '%s': the standard libraries and paridx are read-only "
                           "in rules"), lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?");
}

/* __pairs of a read-only proxy: the table behind it, in sorted order. */
static int frozen_pairs(lua_State *L)
{
    luaL_getmetafield(L, 1, "__index");
    sandbox_push_sorted_pairs(L, lua_gettop(L));
    return 3;
}

/* __len of a read-only proxy: the length of the table behind it (#paridx.fact_types). */
static int frozen_len(lua_State *L)
{
    luaL_getmetafield(L, 1, "__index");
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

/* Replaces the table on top by a read-only proxy of it (callable when it was). */
static void freeze(lua_State *L)
{
    lua_newtable(L);               /* proxy */
    lua_createtable(L, 0, 6);      /* its metatable */
    if (luaL_getmetafield(L, -3, "__call") != LUA_TNIL)
        lua_setfield(L, -2, "__call");
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, frozen_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushcfunction(L, frozen_len);
    lua_setfield(L, -2, "__len");
    sandbox_guard(L, frozen_newindex);
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
}

void sandbox_guard(lua_State *L, lua_CFunction on_write)
{
    lua_pushcfunction(L, on_write);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
}

/* Freezes the tables among the values of the table on top whose metatable is not protected
 * (paridx.NA and the proxies themselves are), depth first, each replaced by its proxy. */
static void freeze_members(lua_State *L)
{
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int open = lua_type(L, -1) == LUA_TTABLE;
        if (open && luaL_getmetafield(L, -1, "__metatable") != LUA_TNIL) {
            lua_pop(L, 1);
            open = 0;
        }
        if (!open) {
            lua_pop(L, 1);
            continue;
        }
        freeze_members(L);
        freeze(L);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, t); /* an existing key: the traversal goes on */
    }
}

static int seal_base(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, BASE_KEY);
    freeze_members(L);
    return 0;
}

int sandbox_seal(struct sandbox *sb, struct px_err *e)
{
    return sandbox_protect(sb, seal_base, NULL, 0, e);
}

/* Copies the named fields of global library `lib` into a new table, freezes it and stores it
 * in the table just below the top as `lib`. */
static void offer_library(lua_State *L, const char *lib, const char *const *names)
{
    lua_getglobal(L, lib);
    lua_newtable(L);
    for (const char *const *n = names; *n; n++) {
        lua_getfield(L, -2, *n);
        lua_setfield(L, -2, *n);
    }
    lua_remove(L, -2);
    freeze(L);
    lua_setfield(L, -2, lib);
}

static const char *const BASE_NAMES[] = {
    "assert", "error", "getmetatable", "ipairs", "rawequal", "rawget", "rawlen", "select",
    "tonumber", "type", "_VERSION", NULL};
static const char *const STRING_NAMES[] = {
    "byte", "char", "format", "len", "lower", "rep", "reverse", "sub", "upper", NULL};
static const char *const TABLE_NAMES[] = {
    "concat", "insert", "move", "pack", "remove", "sort", "unpack", NULL};
static const char *const MATH_NAMES[] = {
    "abs", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log", "max", "maxinteger",
    "min", "mininteger", "modf", "pi", "rad", "sin", "sqrt", "tan", "tointeger", "type", "ult",
    NULL};
static const char *const UTF8_NAMES[] = {
    "char", "charpattern", "codepoint", "codes", "len", "offset", NULL};

static const luaL_Reg REPLACED[] = {
    {"setmetatable", sb_setmetatable},
    {"print", sb_print},
    {"tostring", sb_tostring},
    {"require", sb_require},
    {"pairs", sandbox_pairs},
    {"next", sandbox_next},
    {NULL, NULL}};

int sandbox_build_base(lua_State *L)
{
    luaL_openlibs(L);
    lua_newtable(L); /* base */
    for (const char *const *n = BASE_NAMES; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, -2, *n);
    }
    luaL_setfuncs(L, REPLACED, 0);
    lua_pushboolean(L, 0);
    lua_pushcclosure(L, sb_pcall, 1);
    lua_setfield(L, -2, "pcall");
    lua_pushboolean(L, 1);
    lua_pushcclosure(L, sb_pcall, 1);
    lua_setfield(L, -2, "xpcall");
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "format");
    lua_pushcclosure(L, sb_format, 1);
    lua_setfield(L, -2, "format");
    lua_pop(L, 1);
    offer_library(L, "string", STRING_NAMES);
    offer_library(L, "table", TABLE_NAMES);
    offer_library(L, "math", MATH_NAMES);
    offer_library(L, "utf8", UTF8_NAMES);

    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_getfield(L, -3, "string");
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_setfield(L, LUA_REGISTRYINDEX, BASE_KEY);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, LOADED_KEY);
    return 0;
}

void sandbox_push_base(struct sandbox *sb)
{
    lua_getfield(sandbox_lua(sb), LUA_REGISTRYINDEX, BASE_KEY);
}

void sandbox_push_environment(lua_State *L)
{
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, BASE_KEY);
    freeze(L);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
}
