/* sandbox_pairs.c — pairs and next for rule code in one fixed order (see sandbox_impl.h):
 * numbers ascending, then strings in byte order, then false and true.  Lua's own order
 * follows string hashes seeded afresh each run, so a rule that sums or joins values in pairs
 * order would give different results from the same file and data.
 * pairs sorts the keys once (O(n log n)); next finds the following key by one scan (O(n)).
 * Uses: lua5.4, sandbox_impl.h, i18n.h (messages). */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox_impl.h"
#include "i18n.h"

enum key_rank { KEY_NUMBER, KEY_STRING, KEY_BOOLEAN };

struct key {
    enum key_rank rank;
    int is_int;
    lua_Integer i;
    lua_Number n;
    const char *s; /* the string inside the key, which the caller keeps on the stack */
    size_t len;
    lua_Integer slot; /* where pairs keeps the key while sorting */
};

/* Reads the key at idx; raises for a key that has no order (a table, a function …). */
static void key_of(lua_State *L, int idx, struct key *k)
{
    memset(k, 0, sizeof *k);
    switch (lua_type(L, idx)) {
    case LUA_TNUMBER:
        k->rank = KEY_NUMBER;
        k->is_int = lua_isinteger(L, idx);
        k->i = k->is_int ? lua_tointeger(L, idx) : 0;
        k->n = lua_tonumber(L, idx);
        break;
    case LUA_TSTRING:
        k->rank = KEY_STRING;
        k->s = lua_tolstring(L, idx, &k->len);
        break;
    case LUA_TBOOLEAN:
        k->rank = KEY_BOOLEAN;
        k->i = lua_toboolean(L, idx);
        break;
    default:
        luaL_error(L, _("pairs/next: a table with a key of type %s has no fixed order; keep such "
                        "values in a list and use ipairs"), luaL_typename(L, idx));
    }
}

static int cmp_values(double a, double b)
{
    return (a > b) - (a < b);
}

static int key_cmp(const void *pa, const void *pb)
{
    const struct key *a = pa, *b = pb;
    if (a->rank != b->rank)
        return (int)a->rank - (int)b->rank;
    if (a->rank == KEY_STRING) {
        int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
        return c ? c : cmp_values((double)a->len, (double)b->len);
    }
    if (a->rank == KEY_NUMBER && !(a->is_int && b->is_int)) {
        int c = cmp_values(a->n, b->n);
        return c ? c : b->is_int - a->is_int; /* a tie only between an integer and a float */
    }
    return (a->i > b->i) - (a->i < b->i);
}

/* The iterator pairs returns: upvalue 1 the sorted keys, upvalue 2 how many were given.
 * Keys removed during the traversal (assigning nil is allowed) are skipped. */
static int sorted_step(lua_State *L)
{
    for (;;) {
        lua_Integer pos = lua_tointeger(L, lua_upvalueindex(2)) + 1;
        if (lua_rawgeti(L, lua_upvalueindex(1), pos) == LUA_TNIL)
            return 1;
        lua_pushinteger(L, pos);
        lua_replace(L, lua_upvalueindex(2));
        lua_pushvalue(L, -1);
        if (lua_rawget(L, 1) != LUA_TNIL)
            return 2;
        lua_pop(L, 2);
    }
}

void sandbox_push_sorted_pairs(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_Integer n = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        n++;
    lua_createtable(L, (int)n, 0); /* the keys as found, anchoring their strings */
    int found = lua_gettop(L);
    struct key *v = lua_newuserdatauv(L, (size_t)n * sizeof *v + 1, 0);
    lua_Integer k = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1)) {
        lua_pushvalue(L, -2);
        lua_rawseti(L, found, ++k);
        key_of(L, -2, &v[k - 1]);
        v[k - 1].slot = k;
    }
    qsort(v, (size_t)n, sizeof *v, key_cmp);
    lua_createtable(L, (int)n, 0);
    for (lua_Integer j = 0; j < n; j++) {
        lua_rawgeti(L, found, v[j].slot);
        lua_rawseti(L, -2, j + 1);
    }
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, sorted_step, 2);
    lua_pushvalue(L, idx);
    lua_pushnil(L);
    lua_rotate(L, found, -2); /* the keys and the array to the top, then away */
    lua_pop(L, 2);
}

int sandbox_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    sandbox_push_sorted_pairs(L, 1);
    return 3;
}

int sandbox_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    struct key after, best, k;
    int bounded = !lua_isnil(L, 2), found = 0;
    if (bounded)
        key_of(L, 2, &after);
    lua_pushnil(L); /* 3: the best key so far */
    for (lua_pushnil(L); lua_next(L, 1); lua_pop(L, 1)) {
        key_of(L, -2, &k);
        if ((!bounded || key_cmp(&k, &after) > 0) && (!found || key_cmp(&k, &best) < 0)) {
            lua_pushvalue(L, -2);
            lua_replace(L, 3);
            key_of(L, 3, &best);
            found = 1;
        }
    }
    if (!found) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushvalue(L, 3);
    lua_pushvalue(L, 3);
    lua_rawget(L, 1);
    return 2;
}
