/* lapi_i18n.c — messages of rule files and their libraries in the user's language:
 * paridx._("text") and paridx.ngettext("one", "many", n) look the message up in the same
 * gettext catalogue as the C messages (po/vi.po, domain paridx), so a rule library's error
 * reads in Vietnamese under LANGUAGE=vi and in English otherwise.  Only lookups: the sandbox
 * gains no way to change the language or to read other catalogues.
 * Provides lapi_gettext(), lapi_ngettext().
 * Uses: lua5.4, lapi.h, i18n.h (the domain; the language is chosen in px_i18n_init). */
#include <lauxlib.h>

#include "lapi.h"
#include "i18n.h"

/* paridx._(msgid) → the translation, or msgid itself.  "" stays "" (gettext would answer
 * the catalogue's header). */
int lapi_gettext(lua_State *L)
{
    const char *msgid = luaL_checkstring(L, 1);
    lua_pushstring(L, *msgid ? dgettext(PX_DOMAIN, msgid) : msgid);
    return 1;
}

/* paridx.ngettext(singular, plural, n) → the form for the count n (a whole number ≥ 0). */
int lapi_ngettext(lua_State *L)
{
    const char *one = luaL_checkstring(L, 1), *many = luaL_checkstring(L, 2);
    lua_Integer n = luaL_checkinteger(L, 3);
    luaL_argcheck(L, n >= 0, 3, _("expected a count ≥ 0"));
    if (!*one || !*many) {
        lua_pushstring(L, n == 1 ? one : many);
        return 1;
    }
    lua_pushstring(L, dngettext(PX_DOMAIN, one, many, (unsigned long)n));
    return 1;
}
