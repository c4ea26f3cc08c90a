/* rules_dsl_impl.h — the helpers of rules_dsl.c that the files declaring more of a rule file
 * (rules_evidence.c) share: errors at the rule file's line, raw reads of declaration tables.
 * Provides dsl_error(), caller_line(), dup_or_die(), take_text(), raw_field(), check_keys(),
 * string_field(), string_list_field(), dsl_node_evidence(), dsl_evidence_rules().
 * Uses: lua5.4, model.h. */
#ifndef PARIDX_RULES_DSL_IMPL_H
#define PARIDX_RULES_DSL_IMPL_H

#include <lua.h>
#include <stddef.h>

#include "model.h"

/* Raises "file:line: message". */
int dsl_error(lua_State *L, int line, const char *fmt, ...);
/* The line of the rule file that called the declaration. */
int caller_line(lua_State *L);
/* strdup, raising "out of memory". */
char *dup_or_die(lua_State *L, const char *s);
/* A copy of the string at idx in NFC; raises when it is not UTF-8. */
char *take_text(lua_State *L, int idx, int line, const char *what);
/* Pushes t[key] read raw and returns its type. */
int raw_field(lua_State *L, int idx, const char *key);
/* Raises for any string key of the table at idx not in `allowed`; integer keys only when
 * allow_list is set. */
void check_keys(lua_State *L, int idx, int line, const char *what, const char *const *allowed,
                int allow_list);
/* t[key] as NFC text (malloc'd), NULL when absent and not required; raises otherwise. */
char *string_field(lua_State *L, int idx, const char *key, int required, int line,
                   const char *what);
/* t[key] as one string or a list of strings into *out (malloc'd). */
void string_list_field(lua_State *L, int idx, const char *key, char ***out, size_t *n, int line,
                       const char *what);

/* A node's `evidence` at spec: a text (what to attach) or { text = …, required = true,
 * types = { "KH", "QĐ" } }, into n (rules_evidence.c). */
void dsl_node_evidence(lua_State *L, struct node *n, int spec, int line, const char *what);

/* evidence_rules { from = "01/12/2018", to = "31/01/2020", issuers = { … },
 * patterns = { "…", … } } (rules_evidence.c); upvalue 1 is the model. */
int dsl_evidence_rules(lua_State *L);

#endif
