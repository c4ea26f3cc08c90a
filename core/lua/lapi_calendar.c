/* lapi_calendar.c — reads a working-day calendar written in Lua (rules/lib/calendar_vn.lua):
 *     { name = "vn", years = { [2019] = { off = { {"01/01/2019", "Tết Dương lịch"}, … },
 *                                        work = { {"05/01/2019", "làm bù …"}, … } }, … } }
 * into a struct workcal, every date checked (a bad date, a weekend "off", a weekday "work",
 * a date outside its year's table, a date listed twice: refused with the reason).  Tables are
 * read raw, so no metamethod of rule code runs while the C side holds memory.
 * Provides lapi_to_workcal().  Uses: lua5.4, workdays.h, calendar.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lapi.h"
#include "workdays.h"
#include "i18n.h"

#define YEAR_FIRST 1900
#define YEAR_LAST 2200

/* Pushes t[key] of the table at idx, read raw (no metamethod of rule code runs), and returns
 * its type. */
static int raw_get(lua_State *L, int idx, const char *key)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, key);
    return lua_rawget(L, idx);
}

/* The list `key` of the year table at -1: each entry {date, name}.  On failure the stack is
 * left for the caller to reset. */
static int read_days(lua_State *L, int year, const char *key, int off, struct workcal *c,
                     struct px_err *e)
{
    int t = raw_get(L, -1, key);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        px_err_set(e, PX_RULE, _("calendar %d: '%s' must be a list of {\"dd/mm/yyyy\", \"name\"}, "
                   "found %s"), year, key, luaL_typename(L, -1));
        return -1;
    }
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        int ok = lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TSTRING &&
                 lua_rawgeti(L, -2, 2) == LUA_TSTRING;
        const char *ds = ok ? lua_tostring(L, -2) : NULL, *name = ok ? lua_tostring(L, -1) : NULL;
        struct px_date d;
        if (!ok) {
            px_err_set(e, PX_RULE, _("calendar %d: %s[%lld] must be {\"dd/mm/yyyy\", \"name\"}"),
                       year, key, (long long)i);
        } else if (date_parse(ds, &d, e) != 0) {
            e->code = PX_RULE;
        } else if (d.y != year) {
            px_err_set(e, PX_RULE, _("calendar %d: %s (%s) is not in %d"), year, ds, name, year);
            ok = 0;
        } else if (workcal_add_day(c, d, off, name, e) != 0) {
            ok = 0;
        } else {
            lua_pop(L, 3); /* name, date, entry */
            continue;
        }
        return -1; /* the caller resets the stack */
    }
    lua_pop(L, 1);
    return 0;
}

int lapi_to_workcal(lua_State *L, int idx, struct workcal *out, struct px_err *e)
{
    int top = lua_gettop(L);
    idx = lua_absindex(L, idx);
    memset(out, 0, sizeof *out);
    if (!lua_istable(L, idx)) {
        px_err_set(e, PX_RULE, _("expected a calendar table such as require \"calendar_vn\", "
                   "found %s"), luaL_typename(L, idx));
        return -1;
    }
    if (raw_get(L, idx, "name") != LUA_TSTRING || raw_get(L, idx, "years") != LUA_TTABLE) {
        px_err_set(e, PX_RULE, _("a calendar needs name = \"…\" and years = { [2019] = { off = "
                   "{…}, work = {…} }, … }"));
        lua_settop(L, top);
        return -1;
    }
    if (!(out->name = strdup(lua_tostring(L, -2))))
        goto oom;
    for (int y = YEAR_FIRST; y <= YEAR_LAST; y++) {
        int t = lua_rawgeti(L, -1, y);
        if (t == LUA_TNIL) {
            lua_pop(L, 1);
            continue;
        }
        if (t != LUA_TTABLE) {
            px_err_set(e, PX_RULE, _("calendar %d: expected { off = {…}, work = {…} }, found %s"), y,
                       luaL_typename(L, -1));
            goto fail;
        }
        if (workcal_add_year(out, y) != 0)
            goto oom;
        if (read_days(L, y, "off", 1, out, e) != 0 || read_days(L, y, "work", 0, out, e) != 0)
            goto fail;
        lua_pop(L, 1);
    }
    if (!out->nyears) {
        px_err_set(e, PX_RULE, _("calendar '%s' has no year (years = { [2019] = {…} })"), out->name);
        goto fail;
    }
    workcal_finish(out);
    lua_settop(L, top);
    return 0;
oom:
    px_err_set(e, PX_SYSTEM, _("out of memory"));
fail:
    workcal_free(out);
    lua_settop(L, top);
    return -1;
}
