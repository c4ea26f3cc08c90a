/* rules_evidence.c — what a rule file says of evidence (see rules_dsl_impl.h):
 *   sub "1.1.1" { …, evidence = { text = "Kế hoạch CCHC năm", required = true,
 *                                 types = { "KH", "QĐ" } } }   (or evidence = "text")
 *   evidence_rules { from = "01/12/2018", to = "31/01/2020", issuers = { "UBND", "BNV" },
 *                    patterns = { "\\A[0-9]+/GXN-[A-Z]+\\z" } }
 * Types are checked against the known document types, dates are real, patterns compile
 * (PCRE2, UTF + UCP) or the error names the pattern and its offset at the rule file's line.
 * Uses: lua5.4, rules_dsl_impl.h, calendar.h, docnum.h (the types), re.h, vec.h,
 * i18n.h (messages). */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "docnum.h"
#include "re.h"
#include "rules_dsl_impl.h"
#include "vec.h"
#include "i18n.h"

static const char *const NODE_EVIDENCE_KEYS[] = {"text", "required", "types", NULL};

void dsl_node_evidence(lua_State *L, struct node *n, int spec, int line, const char *what)
{
    int t = raw_field(L, spec, "evidence");
    if (t == LUA_TNIL || t == LUA_TSTRING) {
        lua_pop(L, 1);
        n->evidence = string_field(L, spec, "evidence", 0, line, what);
        return;
    }
    if (t != LUA_TTABLE)
        dsl_error(L, line, _("%s: 'evidence' must be a text or { text = …, required = true, "
                  "types = { \"KH\" } }, found %s"), what, luaL_typename(L, -1));
    int ev = lua_gettop(L);
    check_keys(L, ev, line, "evidence", NODE_EVIDENCE_KEYS, 0);
    n->evidence = string_field(L, ev, "text", 0, line, what);
    int r = raw_field(L, ev, "required");
    if (r != LUA_TNIL && r != LUA_TBOOLEAN)
        dsl_error(L, line, _("%s: evidence 'required' must be true or false, found %s"), what,
                  luaL_typename(L, -1));
    n->evidence_required = lua_toboolean(L, -1);
    lua_pop(L, 1);
    string_list_field(L, ev, "types", &n->evidence_types, &n->nevidence_types, line, what);
    for (size_t i = 0; i < n->nevidence_types; i++)
        if (!docnum_type_known(n->evidence_types[i]))
            dsl_error(L, line, _("%s: evidence type '%s' is not a document type; expected one of "
                      "%s"), what, n->evidence_types[i], docnum_type_list());
    lua_pop(L, 1);
}

/* t[key] as a date into iso (yyyy-mm-dd), untouched when absent. */
static void date_field(lua_State *L, int idx, const char *key, char iso[11], int line)
{
    char *text = string_field(L, idx, key, 0, line, "evidence_rules");
    if (!text)
        return;
    struct px_date d;
    struct px_err e;
    int bad = date_parse(text, &d, &e);
    free(text);
    if (bad)
        dsl_error(L, line, _("evidence_rules: '%s': %s"), key, e.msg);
    date_iso(d, iso);
}

static void take_patterns(lua_State *L, struct evidence_rules *r, int line)
{
    char **texts = NULL;
    size_t n = 0;
    string_list_field(L, 1, "patterns", &texts, &n, line, "evidence_rules");
    for (size_t i = 0; i < n; i++) { /* the model owns each text once it is appended */
        if (vec_reserve(r->patterns, r->patterns_cap, r->npatterns + 1) != 0) {
            for (size_t k = i; k < n; k++)
                free(texts[k]);
            free(texts);
            luaL_error(L, "out of memory");
        }
        struct evidence_pattern *p = &r->patterns[r->npatterns++];
        *p = (struct evidence_pattern){texts[i], NULL, line};
    }
    free(texts);
    for (size_t i = 0; i < r->npatterns; i++) {
        struct px_err e;
        if (!(r->patterns[i].re = re_compile(r->patterns[i].pattern, &e)))
            dsl_error(L, line, _("evidence_rules: pattern %d \"%s\": %s"), (int)i + 1,
                      r->patterns[i].pattern, e.msg);
    }
}

static const char *const RULES_KEYS[] = {"from", "to", "issuers", "patterns", NULL};

int dsl_evidence_rules(lua_State *L)
{
    struct model *m = lua_touserdata(L, lua_upvalueindex(1));
    struct evidence_rules *r = &m->evidence;
    int line = caller_line(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    if (r->line)
        return dsl_error(L, line, _("evidence_rules is declared twice (first on line %d)"),
                         r->line);
    r->line = line;
    check_keys(L, 1, line, "evidence_rules", RULES_KEYS, 0);
    date_field(L, 1, "from", r->from, line);
    date_field(L, 1, "to", r->to, line);
    if (r->from[0] && r->to[0] && strcmp(r->from, r->to) > 0)
        return dsl_error(L, line, _("evidence_rules: 'from' is after 'to'"));
    string_list_field(L, 1, "issuers", &r->issuers, &r->nissuers, line, "evidence_rules");
    take_patterns(L, r, line);
    return 0;
}
