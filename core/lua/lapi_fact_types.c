/* lapi_fact_types.c — paridx.fact_types: the list of types a scale may declare for a fact it
 * reads, {"bool", "number", "ratio", "date", "points", "text", "status"}, taken from the one
 * list in fact_types.h so the scale library and the loader agree.
 * Provides lapi_open_fact_types().  Uses: lua5.4, fact_types.h. */
#include <lauxlib.h>

#include "fact_types.h"
#include "lapi.h"

int lapi_open_fact_types(lua_State *L)
{
    lua_createtable(L, DECLARED_NTYPES, 0);
    for (int t = 0; t < DECLARED_NTYPES; t++) {
        lua_pushstring(L, declared_type_name(t));
        lua_rawseti(L, -2, t + 1);
    }
    return 1;
}
