/* rules_dsl_impl.h — the helpers of rules_dsl.c that the files declaring more of a rule file
 * (rules_evidence.c, rules_survey.c) share: errors at the rule file's line, raw reads of
 * declaration tables.
 * Provides dsl_error(), caller_line(), dup_or_die(), take_text(), raw_field(), check_keys(),
 * dsl_get_field(), dsl_number_field(), dsl_model(), dsl_code_spec(), dsl_spec_code(),
 * string_field(), string_list_field(), dsl_node_evidence(), dsl_evidence_rules(),
 * dsl_survey_group(), dsl_question(), APPEND.
 * Uses: lua5.4, model.h. */
#ifndef PARIDX_RULES_DSL_IMPL_H
#define PARIDX_RULES_DSL_IMPL_H

#include <lua.h>
#include <stddef.h>

#include "model.h"
#include "vec.h"

/* Appends one zeroed item to `array` (n items, room for cap) and yields a pointer to it;
 * raises "out of memory" (the file using it includes lauxlib.h, string.h and i18n.h). */
#define APPEND(L, array, n, cap)                                                               \
    (vec_reserve(array, cap, (n) + 1) != 0 ? (luaL_error(L, _("out of memory")), NULL)            \
                                           : memset(&(array)[(n)++], 0, sizeof *(array)))


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
/* Pushes t[key] (raw) and returns 1 when it is of `type`; 0 with nothing pushed when absent
 * and not required; raises otherwise. */
int dsl_get_field(lua_State *L, int idx, const char *key, int type, int required, int line,
                  const char *what);
/* t[key] as a finite number ≥ 0, dflt when absent and not required; raises otherwise. */
double dsl_number_field(lua_State *L, int idx, const char *key, int required, double dflt,
                        int line, const char *what);
/* The model a declaration fills (its upvalue 1). */
struct model *dsl_model(lua_State *L);
/* What `question "Q01"` and `fact "code"` return: spec, called with the { … } that follows,
 * with the model, the code (argument 1) and its line as upvalues. */
int dsl_code_spec(lua_State *L, int line, lua_CFunction spec);
/* In such a spec: the code and its line (its upvalues 2 and 3), and into what the declaration
 * as errors name it (named is a format such as "fact %s"). */
const char *dsl_spec_code(lua_State *L, const char *named, char *what, size_t n, int *line);
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

/* survey_group { … } and question "Q01" { … } (rules_survey.c); upvalue 1 is the model. */
int dsl_survey_group(lua_State *L);
int dsl_question(lua_State *L);

#endif
