/* lapi.h — the `paridx` table that rule files and scripts see: paridx.NA, paridx.data_error,
 * paridx._ and paridx.ngettext (translated messages), paridx.date, and the modules
 * paridx.re (PCRE2), paridx.db (read-only SQLite), paridx.fact_types (the declared fact
 * types) and paridx.fmt (numbers as text).  Registered from one table in lapi_init.c, like
 * Lua's linit.c.
 * Provides lapi_open(), lapi_push_na(), lapi_is_na(), lapi_gettext(), lapi_ngettext().
 * Uses: lua5.4, store.h. */
#ifndef PARIDX_LAPI_H
#define PARIDX_LAPI_H

#include <lua.h>

struct store;
struct workcal;
struct px_err;

/* Adds `paridx` to the table on top of the stack (the sandbox base).  db may be NULL: then
 * paridx.db.query raises "no database is open". */
void lapi_open(lua_State *L, struct store *db);

/* paridx._(msgid) and paridx.ngettext(one, many, n): the gettext catalogue's messages
 * (lapi_i18n.c). */
int lapi_gettext(lua_State *L);
int lapi_ngettext(lua_State *L);

/* The "không áp dụng" sentinel. */
void lapi_push_na(lua_State *L);
int lapi_is_na(lua_State *L, int idx);

/* The store given to lapi_open, or NULL. */
struct store *lapi_store(lua_State *L);

/* Reads the calendar table at idx (lapi_calendar.c) into *out (freed with workcal_free).
 * 0; -1 with e saying what is wrong with it (out is then empty). */
int lapi_to_workcal(lua_State *L, int idx, struct workcal *out, struct px_err *e);

/* Module openers (each pushes its module table). */
int lapi_open_re(lua_State *L);
int lapi_open_db(lua_State *L);
int lapi_open_date(lua_State *L);
int lapi_open_fact_types(lua_State *L);
int lapi_open_fmt(lua_State *L);

#endif
