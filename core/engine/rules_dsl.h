/* rules_dsl.h — the declarations a rule file is written in: index, unit_kind, agency, field,
 * criterion, sub, band, deadline.  They fill a struct model as the file runs.
 * Provides dsl_open(), dsl_unplaced().  Uses: lua5.4, model.h. */
#ifndef PARIDX_RULES_DSL_H
#define PARIDX_RULES_DSL_H

#include <lua.h>
#include <stddef.h>

#include "model.h"

/* Adds the declaration functions to the table on top of the stack (the sandbox base);
 * they write into m (which must outlive the state's use of them). */
void dsl_open(lua_State *L, struct model *m);

/* After the file ran: the line of the first criterion or sub declared but never placed inside
 * a parent (its message in msg), or 0 when every node was placed. */
int dsl_unplaced(lua_State *L, char *msg, size_t n);

#endif
