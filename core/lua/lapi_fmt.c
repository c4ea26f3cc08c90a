/* lapi_fmt.c — the paridx.fmt module: paridx.fmt.num(x [, decimals]) writes a number as the
 * Vietnamese text of explanations shows it (0.5 → "0,5", 12 → "12", 0.725 → "0,73"; at most
 * 2 decimals unless told), rounded exactly as the tables round, so Lua and C agree.
 * Provides lapi_open_fmt().  Uses: lua5.4, numfmt.h. */
#include <lauxlib.h>

#include "lapi.h"
#include "numfmt.h"

#define MAX_DECIMALS 15 /* the significant digits numfmt.c rounds on */

static int fmt_num(lua_State *L)
{
    lua_Number x = luaL_checknumber(L, 1);
    lua_Integer decimals = luaL_optinteger(L, 2, 2);
    luaL_argcheck(L, decimals >= 0 && decimals <= MAX_DECIMALS, 2,
                  "expected a number of decimals from 0 to 15");
    char buf[400]; /* 309 digits of the largest double, the decimals, sign and comma */
    num_format_vn(x, (int)decimals, buf, sizeof buf);
    lua_pushstring(L, buf);
    return 1;
}

int lapi_open_fmt(lua_State *L)
{
    static const luaL_Reg FUNCS[] = {{"num", fmt_num}, {NULL, NULL}};
    luaL_newlib(L, FUNCS);
    return 1;
}
