/* sandbox.c — the Lua state that runs rule files (see sandbox.h for the guarantees).
 *
 * How each escape is closed:
 *  - Runaway loops: a count hook every HOOK_EVERY instructions charges the step budget; once
 *    spent, the hook raises on every firing, and the sandbox's pcall/xpcall re-raise, so no rule
 *    can swallow the stop.
 *  - Long single C calls, where the hook never fires: Lua patterns (string.find/match/gmatch/
 *    gsub) are not offered (paridx.re has PCRE2 match limits); SQLite queries are charged
 *    through sandbox_interrupt(); everything else offered is linear in memory, which is budgeted.
 *  - Finalizers (hooks are off inside __gc): setmetatable refuses metatables with __gc.
 *  - Memory: a counting allocator refuses growth past the budget.
 *  - coroutine, io, os, debug, load*, dofile, collectgarbage, string.dump, math.random are absent;
 *    files load as text only.
 * Uses: lua5.4 (lua.h, lauxlib.h, lualib.h), diag.h, re.h (library names). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "sandbox.h"

#include <errno.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "re.h"

#define HOOK_EVERY 1000
#define HOST_HEADROOM ((size_t)4 << 20) /* left to the host after the memory budget trips */

enum limit_hit { HIT_NONE, HIT_STEPS, HIT_MEMORY };

struct sandbox {
    lua_State *L;
    struct sandbox_limits lim;
    long long steps;
    size_t memory;
    enum limit_hit hit;
    char where[256]; /* "rules/x.lua:3" where the step budget ran out */
    char *lib_dir;
};

static const char DATA_ERROR_MT[] = "paridx.data_error";
static const char LOADED_KEY[] = "paridx.loaded";
static const char BASE_KEY[] = "paridx.base";

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->memory -= old;
        return NULL;
    }
    size_t limit = sb->lim.max_memory + (sb->hit == HIT_NONE ? 0 : HOST_HEADROOM);
    if (nsize > old && sb->memory - old + nsize > limit) {
        if (sb->hit == HIT_NONE)
            sb->hit = HIT_MEMORY;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->memory = sb->memory - old + nsize;
    return p;
}

struct sandbox *sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    struct sandbox *sb = sandbox_of(L);
    if (sb->hit == HIT_NONE) {
        sb->steps += HOOK_EVERY;
        if (sb->steps <= sb->lim.max_steps)
            return;
        sb->hit = HIT_STEPS;
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
            snprintf(sb->where, sizeof sb->where, "%s:%d", ar->short_src, ar->currentline);
    }
    lua_pushliteral(L, "stopped: the rule's budget is spent");
    lua_error(L);
}

int sandbox_interrupt(void *ud)
{
    struct sandbox *sb = ud;
    lua_Debug ar;
    if (sb->hit == HIT_NONE && (sb->steps += HOOK_EVERY) > sb->lim.max_steps) {
        sb->hit = HIT_STEPS;
        if (lua_getstack(sb->L, 1, &ar) && lua_getinfo(sb->L, "Sl", &ar) && ar.currentline > 0)
            snprintf(sb->where, sizeof sb->where, "%s:%d", ar.short_src, ar.currentline);
    }
    return sb->hit != HIT_NONE;
}

size_t sandbox_memory_left(const struct sandbox *sb)
{
    return sb->memory < sb->lim.max_memory ? sb->lim.max_memory - sb->memory : 0;
}

int sandbox_memory_error(lua_State *L)
{
    struct sandbox *sb = sandbox_of(L);
    if (sb->hit == HIT_NONE)
        sb->hit = HIT_MEMORY;
    return luaL_error(L, "not enough memory");
}

int sandbox_exhausted(const struct sandbox *sb)
{
    return sb->hit != HIT_NONE;
}

/* ---- functions offered in place of the standard ones ---- */

/* Re-raises the error on top when a budget is spent: a limit can never be swallowed. */
static void rethrow_if_exhausted(lua_State *L)
{
    if (sandbox_of(L)->hit != HIT_NONE)
        lua_error(L);
}

static int sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status != LUA_OK)
        rethrow_if_exhausted(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

static int sb_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1); /* f */
    lua_copy(L, 2, 1);   /* handler at 1 */
    lua_replace(L, 2);   /* f at 2 */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    if (status != LUA_OK)
        rethrow_if_exhausted(L);
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
            return luaL_error(L, "metatables with __gc are not allowed in rules "
                                 "(finalizers would run outside the step budget)");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int sb_print(lua_State *L)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (i > 1)
            fputc('\t', stderr);
        fwrite(s, 1, len, stderr);
        lua_pop(L, 1);
    }
    fputc('\n', stderr);
    return 0;
}

static int sb_require(lua_State *L)
{
    struct sandbox *sb = sandbox_of(L);
    const char *name = luaL_checkstring(L, 1);
    if (!re_shape(SHAPE_FACT_NAME, name))
        return luaL_error(L, "require: expected a library name such as \"scale\" "
                             "(lower-case letters, digits, _), found \"%s\"", name);
    lua_getfield(L, LUA_REGISTRYINDEX, LOADED_KEY);
    if (lua_getfield(L, -1, name) != LUA_TNIL) {
        if (lua_toboolean(L, -1) && lua_isstring(L, -1) && !strcmp(lua_tostring(L, -1), "\1loading"))
            return luaL_error(L, "require: \"%s\" requires itself (a loop between libraries)", name);
        return 1;
    }
    lua_pop(L, 1);
    lua_pushliteral(L, "\1loading");
    lua_setfield(L, -2, name);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.lua", sb->lib_dir, name);
    struct px_err e;
    if (sandbox_load(sb, path, &e) != 0)
        return luaL_error(L, "require \"%s\": %s", name, e.msg);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, name);
    return 1;
}

/* ---- the frozen base ---- */

static int frozen_newindex(lua_State *L)
{
    return luaL_error(L, "cannot change '%s': the standard libraries are read-only in rules",
                      luaL_optstring(L, 2, "?"));
}

/* __pairs of a read-only proxy: iterate the table behind it (upvalue 1 is `next`). */
static int frozen_pairs(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    luaL_getmetafield(L, 1, "__index");
    lua_pushnil(L);
    return 3;
}

/* Replaces the table on top by a read-only proxy of it. */
static void freeze(lua_State *L)
{
    lua_newtable(L);               /* proxy */
    lua_createtable(L, 0, 4);      /* its metatable */
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, frozen_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_getglobal(L, "next");
    lua_pushcclosure(L, frozen_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
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
    "assert", "error", "getmetatable", "ipairs", "next", "pairs", "rawequal", "rawget",
    "rawlen", "rawset", "select", "tonumber", "tostring", "type", "_VERSION", NULL};
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
    {"pcall", sb_pcall},
    {"xpcall", sb_xpcall},
    {"setmetatable", sb_setmetatable},
    {"print", sb_print},
    {"require", sb_require},
    {NULL, NULL}};

/* Builds the base table in the registry (BASE_KEY) and points the string metatable's
 * __index at the offered string library. Runs unprotected before any rule code. */
static int build_base(lua_State *L)
{
    luaL_openlibs(L);
    lua_newtable(L); /* base */
    for (const char *const *n = BASE_NAMES; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, -2, *n);
    }
    luaL_setfuncs(L, REPLACED, 0);
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
    luaL_newmetatable(L, DATA_ERROR_MT);
    lua_pop(L, 1);
    return 0;
}

static int message_handler(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING || luaL_testudata(L, 1, DATA_ERROR_MT))
        return 1;
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
        return 1;
    lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    return 1;
}

struct sandbox *sandbox_new(const struct sandbox_limits *lim, const char *lib_dir,
                            struct px_err *e)
{
    struct sandbox *sb = calloc(1, sizeof *sb);
    if (!sb || !(sb->lib_dir = strdup(lib_dir))) {
        free(sb);
        px_err_set(e, PX_SYSTEM, "out of memory");
        return NULL;
    }
    sb->lim = *lim;
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) {
        sandbox_free(sb);
        px_err_set(e, PX_SYSTEM, "cannot create a Lua state");
        return NULL;
    }
    lua_pushcfunction(sb->L, build_base);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        px_err_set(e, PX_SYSTEM, "cannot prepare the rule sandbox: %s", lua_tostring(sb->L, -1));
        sandbox_free(sb);
        return NULL;
    }
    lua_sethook(sb->L, sandbox_hook, LUA_MASKCOUNT, HOOK_EVERY);
    return sb;
}

void sandbox_free(struct sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb->lib_dir);
    free(sb);
}

lua_State *sandbox_lua(struct sandbox *sb)
{
    return sb->L;
}

void sandbox_push_base(struct sandbox *sb)
{
    lua_getfield(sb->L, LUA_REGISTRYINDEX, BASE_KEY);
}

/* The environment of one file: empty, reading through to the frozen base. */
static void push_environment(lua_State *L)
{
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, BASE_KEY);
    freeze(L);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
}

int sandbox_load(struct sandbox *sb, const char *path, struct px_err *e)
{
    lua_State *L = sb->L;
    FILE *f = fopen(path, "rb");
    if (!f) {
        px_err_set(e, PX_RULE, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    int c = fgetc(f);
    fclose(f);
    if (c == LUA_SIGNATURE[0]) {
        px_err_set(e, PX_RULE, "%s: this is compiled Lua bytecode; rule files are read as text only",
                   path);
        return -1;
    }
    if (luaL_loadfilex(L, path, "t") != LUA_OK) {
        px_err_set(e, PX_RULE, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    push_environment(L);
    lua_setupvalue(L, -2, 1);
    return 0;
}

int sandbox_data_error(lua_State *L, const char *msg)
{
    char *box = lua_newuserdatauv(L, strlen(msg) + 1, 0);
    strcpy(box, msg);
    luaL_setmetatable(L, DATA_ERROR_MT);
    return lua_error(L);
}

int sandbox_call(struct sandbox *sb, int nargs, int nresults, struct px_err *e)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (status == LUA_OK)
        return 0;
    if (sb->hit == HIT_STEPS)
        px_err_set(e, PX_LIMIT, "%s%sstopped after %lld steps (the limit, --max-steps); "
                   "is there an endless loop?", sb->where, *sb->where ? ": " : "", sb->lim.max_steps);
    else if (sb->hit == HIT_MEMORY || status == LUA_ERRMEM)
        px_err_set(e, PX_LIMIT, "the rule used more than %zu MiB of memory (the limit, --max-memory)",
                   sb->lim.max_memory >> 20);
    else if (luaL_testudata(L, -1, DATA_ERROR_MT))
        px_err_set(e, PX_DATA, "%s", (const char *)lua_touserdata(L, -1));
    else
        px_err_set(e, PX_RULE, "%s", lua_isstring(L, -1) ? lua_tostring(L, -1) : "unknown error");
    lua_pop(L, 1);
    return -1;
}
