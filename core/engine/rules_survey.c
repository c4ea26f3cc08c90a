/* rules_survey.c — the survey's declarations in a rule file: its groups and their quotas,
 *   survey_group { code = …, name = …, quota = 45 | min = 20, per_agency = 3, by = { … } }
 * and its questions,
 *   question "Q01" { text = …, sub = "1.7.1", options = { { "A", 1 }, …, { "E", "không biết" } },
 *                    groups = { DBHDND = 1, … }, min_answers = 30 }
 * read raw into the model like every declaration (rules_dsl.c registers them).
 * Provides dsl_survey_group(), dsl_question().  Uses: rules_dsl_impl.h, model.h, i18n.h. */
#include "rules_dsl_impl.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

static const char *const SURVEY_GROUP_KEYS[] = {"code", "name", "quota", "min", "per_agency",
                                                "by", NULL};

int dsl_survey_group(lua_State *L)
{
    struct model *m = dsl_model(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    struct survey_group *g = APPEND(L, m->survey_groups, m->nsurvey_groups, m->cap.survey_groups);
    g->line = caller_line(L);
    check_keys(L, 1, g->line, "survey_group", SURVEY_GROUP_KEYS, 0);
    g->code = string_field(L, 1, "code", 1, g->line, "survey_group");
    g->name = string_field(L, 1, "name", 1, g->line, "survey_group");
    g->quota = dsl_number_field(L, 1, "quota", 0, 0, g->line, "survey_group");
    if (g->quota != (double)(long long)g->quota)
        return dsl_error(L, g->line, _("survey_group %s: 'quota' must be a whole number of "
                         "respondents, found %f"), g->code, (lua_Number)g->quota);
    g->min = dsl_number_field(L, 1, "min", 0, 0, g->line, "survey_group");
    g->per_agency = dsl_number_field(L, 1, "per_agency", 0, 0, g->line, "survey_group");
    string_list_field(L, 1, "by", &g->by, &g->nby, g->line, "survey_group");
    return 0;
}

/* ---- the survey's questions: question "Q01" { … } ---- */

static const char *const QUESTION_KEYS[] = {"text", "sub", "options", "groups", "min_answers",
                                            NULL};

/* One option { "A", 1 } (a share 0..1) or { "E", "không biết" } (excluded) at the top. */
static void take_option(lua_State *L, struct survey_question *q, const char *what)
{
    int t = lua_gettop(L);
    if (!lua_istable(L, t) || lua_rawlen(L, t) != 2 || lua_rawgeti(L, t, 1) != LUA_TSTRING)
        dsl_error(L, q->line, _("%s: each option must be { \"A\", 1 } or { \"E\", \"không biết\" }"),
                  what);
    struct survey_option *o = APPEND(L, q->options, q->noptions, q->options_cap);
    o->code = take_text(L, -1, q->line, what);
    int vt = lua_rawgeti(L, t, 2);
    if (vt == LUA_TSTRING) {
        o->excluded = 1;
        o->label = take_text(L, -1, q->line, what);
    } else if (vt == LUA_TNUMBER && lua_tonumber(L, -1) >= 0 && lua_tonumber(L, -1) <= 1) {
        o->value = lua_tonumber(L, -1);
    } else {
        dsl_error(L, q->line, _("%s: option %s must be worth a share from 0 to 1 (1 = 100%%) or "
                  "name what it excludes (\"không biết\")"), what, o->code);
    }
    for (size_t k = 0; k + 1 < q->noptions; k++)
        if (!strcmp(q->options[k].code, o->code))
            dsl_error(L, q->line, _("%s: option %s is given twice"), what, o->code);
    lua_pop(L, 3); /* the code, the value, the option */
}

/* groups = { CODE = weight, … }, kept in the order the survey groups were declared. */
static void take_weights(lua_State *L, struct model *m, struct survey_question *q,
                         const char *what)
{
    dsl_get_field(L, 1, "groups", LUA_TTABLE, 1, q->line, what);
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER ||
            !(lua_tonumber(L, -1) > 0) || !model_survey_group(m, lua_tostring(L, -2)))
            dsl_error(L, q->line, _("%s: 'groups' must give each answering survey group (declared "
                      "before) a weight above 0, as groups = { DBHDND = 1 }"), what);
        lua_pop(L, 1);
    }
    for (size_t g = 0; g < m->nsurvey_groups; g++) {
        if (raw_field(L, t, m->survey_groups[g].code) == LUA_TNUMBER) {
            struct survey_weight *w = APPEND(L, q->groups, q->ngroups, q->groups_cap);
            w->group = dup_or_die(L, m->survey_groups[g].code);
            w->weight = lua_tonumber(L, -1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int question_spec(lua_State *L)
{
    struct model *m = dsl_model(L);
    char what[160];
    int line;
    const char *code = dsl_spec_code(L, _("question %s"), what, sizeof what, &line);
    if (!lua_istable(L, 1))
        return dsl_error(L, line, _("%s: expected a table { text = …, sub = …, options = …, "
                         "groups = … }, found %s"), what, luaL_typename(L, 1));
    if (model_question(m, code))
        return dsl_error(L, line, "%s is declared twice (first at line %d)", what,
                         model_question(m, code)->line);
    check_keys(L, 1, line, what, QUESTION_KEYS, 0);
    struct survey_question *q = APPEND(L, m->questions, m->nquestions, m->cap.questions);
    q->line = line;
    q->code = dup_or_die(L, code);
    q->text = string_field(L, 1, "text", 1, line, what);
    q->node = string_field(L, 1, "sub", 1, line, what);
    q->min_answers = dsl_number_field(L, 1, "min_answers", 0, 0, line, what);
    dsl_get_field(L, 1, "options", LUA_TTABLE, 1, line, what);
    size_t n = lua_rawlen(L, -1);
    for (size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        take_option(L, q, what);
    }
    lua_pop(L, 1);
    if (!q->noptions)
        return dsl_error(L, line, _("%s: 'options' lists no option"), what);
    take_weights(L, m, q, what);
    return 0;
}

int dsl_question(lua_State *L)
{
    int line = caller_line(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return dsl_error(L, line, _("question: expected a code in quotes such as question "
                         "\"Q01\" { … }, found %s"), luaL_typename(L, 1));
    return dsl_code_spec(L, line, question_spec);
}
