/* lapi_date.c — the paridx.date module: paridx.date.parse(s) (also callable as paridx.date(s))
 * reads a date as users write it ("25/12/2019", "2019-12-25") and returns "2019-12-25", or nil
 * and the reason; paridx.date.format(s) writes such a date as users read it, "25/12/2019".
 * Arithmetic (every date argument checked; a bad one raises, naming why):
 * compare(a, b) → -1, 0, 1; add_days(d, n) → "yyyy-mm-dd"; weekday(d) → 1 (Monday) … 7;
 * and over a working-day calendar (a table such as require "calendar_vn"):
 * is_workday(d, cal), add_workdays(d, n, cal) (the n-th working day after d),
 * count_workdays(a, b, cal) (working days after a up to and including b).
 * Provides lapi_open_date().  Uses: calendar.h, workdays.h, lapi_to_workcal(), i18n.h
 * (messages). */
#include <lauxlib.h>

#include "calendar.h"
#include "lapi.h"
#include "workdays.h"
#include "i18n.h"

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

/* Argument i as a date, or raise naming why it is not one. */
static struct px_date check_date(lua_State *L, int i)
{
    struct px_date d;
    struct px_err e;
    if (date_parse(luaL_checkstring(L, i), &d, &e) != 0)
        luaL_argerror(L, i, e.msg);
    return d;
}

static int push_iso(lua_State *L, struct px_date d)
{
    char iso[11];
    date_iso(d, iso);
    lua_pushstring(L, iso);
    return 1;
}

static int date_compare(lua_State *L)
{
    lua_pushinteger(L, date_cmp(check_date(L, 1), check_date(L, 2)));
    return 1;
}

static int date_add_days(lua_State *L)
{
    struct px_date d = check_date(L, 1);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n >= -100000 && n <= 100000, 2, _("expected at most 100000 days"));
    struct px_date out = date_from_days(date_days(d) + (long)n);
    struct px_err e;
    char iso[11];
    date_iso(out, iso);
    if (date_parse(iso, &out, &e) != 0) /* outside the years a date may have */
        return luaL_argerror(L, 2, e.msg);
    return push_iso(L, out);
}

static int date_weekday_lua(lua_State *L)
{
    lua_pushinteger(L, date_weekday(check_date(L, 1)) + 1);
    return 1;
}

/* The calendar at argument i, converted; raises on a bad one.  Free with workcal_free. */
static void check_calendar(lua_State *L, int i, struct workcal *c)
{
    struct px_err e;
    luaL_checktype(L, i, LUA_TTABLE);
    if (lapi_to_workcal(L, i, c, &e) != 0)
        luaL_argerror(L, i, e.msg);
}

/* A calendar error after the calendar was read: freed first, then raised. */
static int calendar_failed(lua_State *L, struct workcal *c, struct px_err *e)
{
    workcal_free(c);
    lua_pushstring(L, e->msg);
    return lua_error(L);
}

static int date_is_workday(lua_State *L)
{
    struct px_date d = check_date(L, 1);
    struct workcal c;
    struct px_err e;
    check_calendar(L, 2, &c);
    int w = workcal_is_workday(&c, d, &e);
    if (w < 0)
        return calendar_failed(L, &c, &e);
    workcal_free(&c);
    lua_pushboolean(L, w);
    return 1;
}

static int date_add_workdays(lua_State *L)
{
    struct px_date d = check_date(L, 1), out;
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n >= 0 && n <= 10000, 2, _("expected a number of working days from 0 to 10000"));
    struct workcal c;
    struct px_err e;
    check_calendar(L, 3, &c);
    if (workcal_add(&c, d, (long)n, &out, &e) != 0)
        return calendar_failed(L, &c, &e);
    workcal_free(&c);
    return push_iso(L, out);
}

static int date_count_workdays(lua_State *L)
{
    struct px_date a = check_date(L, 1), b = check_date(L, 2);
    struct workcal c;
    struct px_err e;
    long n;
    check_calendar(L, 3, &c);
    if (workcal_count(&c, a, b, &n, &e) != 0)
        return calendar_failed(L, &c, &e);
    workcal_free(&c);
    lua_pushinteger(L, n);
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
    static const luaL_Reg FUNCS[] = {
        {"parse", date_parse_lua},         {"format", date_format_lua},
        {"compare", date_compare},         {"add_days", date_add_days},
        {"weekday", date_weekday_lua},     {"is_workday", date_is_workday},
        {"add_workdays", date_add_workdays}, {"count_workdays", date_count_workdays},
        {NULL, NULL}};
    luaL_newlib(L, FUNCS);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, date_call);
    lua_setfield(L, -2, "__call");
    lua_setmetatable(L, -2);
    return 1;
}
