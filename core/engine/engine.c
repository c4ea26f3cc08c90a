/* engine.c — scores units with a loaded rule file (see engine.h).
 * For each unit, under one protected call (sandbox_protect: a Lua error or a budget running
 * out in this C code is an error value, never an abort): its facts become a Lua table no rule
 * code can reach; each applicable leaf's scale.eval(f, max, ctx) runs in the sandbox with a
 * read-only view of them, which records every fact the scale reads (one view per unit, its
 * list of reads emptied after each leaf), and a read-only view of the unit's context whose
 * node is the leaf's;
 * its result is checked (a finite number in [0, max], or paridx.NA); then results_finish()
 * sums the tree in tree order, so the same rules and data always give the same bits.  A
 * unit whose data a scale refuses keeps its error and the next unit is scored.
 * A scale's context also offers ctx.submission(code) (engine_submissions.c) when the rule
 * file has a calendar and coded deadlines.
 * When the year's evidence register holds any row, evidence_gate.c then zeroes the leaves
 * that require evidence and lack it.
 *
 * The data flow of engine_score(): the units in code order (store_units), and every unit's
 * facts of the year from one statement (store_facts_open/store_facts_unit: one scan of the
 * fact table in key order, no query per unit, names and values only: a data error looks up
 * the sources it names; explain's single unit reads its own facts with store_facts instead).
 * The fact names and node codes a unit's scoring pushes are Lua strings kept in the registry
 * from unit to unit (push_kept), not made again.  Each unit is scored (first without counting
 * its steps: sandbox_protect_repeatable, undone by undo_job when it runs long), gated by its
 * evidence, summed at once (results_finish_unit) and handed to scope->scored, which a
 * stored run uses to write the unit's scores and drop its explanations before the next unit,
 * so memory holds points, not explanations, at any scale.  results_finish() then only
 * ranks and sorts.
 * Uses: rules.h, sandbox.h, lapi.h (NA), results.h, store.h, numfmt.h, sorted.h,
 * i18n.h (messages), engine_submissions.h, evidence_gate.h, survey_facts.h.  A
 * survey-assessed leaf with answers reads the share they give (survey_facts.h). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "engine.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine_submissions.h"
#include "evidence_gate.h"
#include "lapi.h"
#include "numfmt.h"
#include "sandbox.h"
#include "sorted.h"
#include "store.h"
#include "survey_facts.h"
#include "i18n.h"

/* A scale may land a hair above its max through binary fractions (0.1 * 3); within this
 * relative tolerance the result is taken as the max itself. */
#define MAX_TOLERANCE 1e-9

/* __index of the facts view: upvalue 1 the facts, upvalue 2 the list of names read. */
static int facts_read(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TSTRING) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, lua_upvalueindex(2));
        lua_pushvalue(L, 2);
        lua_rawseti(L, lua_upvalueindex(2), n + 1);
    }
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    return 1;
}

static int facts_write(lua_State *L)
{
    return luaL_error(L, _("facts are read-only in a scale (tried to set '%s')"),
                      luaL_optstring(L, 2, "?"));
}

static void push_fact(lua_State *L, const struct fact_value *v)
{
    switch (v->type) {
    case FACT_NUMBER:
        lua_pushnumber(L, v->num);
        break;
    case FACT_BOOL:
        lua_pushboolean(L, v->num != 0);
        break;
    case FACT_NA:
        lapi_push_na(L);
        break;
    default: /* FACT_DATE (yyyy-mm-dd) and FACT_TEXT */
        lua_pushstring(L, v->text);
    }
}

/* Keys of the registry's tables of strings the engine pushes for every unit (their
 * addresses): the fact names by their place in a unit's list, and the node codes by node. */
static const char FACT_NAMES = 'f', NODE_CODES = 'n';

/* Pushes the registry's table at key, made empty the first time. */
static void push_strings(lua_State *L, const char *key)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, key) == LUA_TTABLE)
        return;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, key);
}

/* Pushes the string s kept at place k of the table at `strings`, put there first when it
 * holds another: units list the same names in the same order, so a unit's keys are Lua
 * strings already made, not made (hashed and interned) again for every unit. */
static void push_kept(lua_State *L, int strings, lua_Integer k, const char *s)
{
    if (lua_rawgeti(L, strings, k) == LUA_TSTRING && !strcmp(lua_tostring(L, -1), s))
        return;
    lua_pop(L, 1);
    lua_pushstring(L, s);
    lua_pushvalue(L, -1);
    lua_rawseti(L, strings, k);
}

/* Pushes the table of one unit's facts (those known on the as-of date). */
static void push_facts(lua_State *L, const struct fact_info *facts, size_t n, const char *as_of)
{
    lua_createtable(L, 0, (int)n);
    push_strings(L, &FACT_NAMES);
    int names = lua_gettop(L);
    for (size_t i = 0; i < n; i++) {
        const struct fact_value *v = &facts[i].value;
        if (v->type == FACT_DATE && as_of && strcmp(v->text, as_of) > 0)
            continue; /* not yet happened on the as-of date */
        push_kept(L, names, (lua_Integer)i + 1, facts[i].name);
        push_fact(L, v);
        lua_rawset(L, -4);
    }
    lua_pop(L, 1);
}

/* Pushes a read-only view of the facts table at `facts` that appends every name read to the
 * list at `reads`.  The view is empty itself, so rawget, next and pairs find nothing in it.
 * One view serves every leaf of a unit: copy_reads empties the list after each leaf. */
static void push_view(lua_State *L, int facts, int reads)
{
    lua_newtable(L);                /* the view */
    lua_createtable(L, 0, 3);       /* its metatable */
    lua_pushvalue(L, facts);
    lua_pushvalue(L, reads);
    lua_pushcclosure(L, facts_read, 2);
    lua_setfield(L, -2, "__index");
    sandbox_guard(L, facts_write);
    lua_setmetatable(L, -2);
}

/* Copies the names read (the list at `reads`; the unit's facts at `facts`) into why, each
 * once, marking those the unit has no value for, and empties the list for the next leaf.
 * The names stay in the list (so alive) until why holds its own copy. */
static int copy_reads(lua_State *L, int facts, int reads, struct leaf_why *why)
{
    enum { ON_STACK = 32 }; /* more names read by one leaf than this are rare */
    size_t n = lua_rawlen(L, reads), d = 0;
    const char *few[ON_STACK], **names = few;
    unsigned char few_missing[ON_STACK], *missing = few_missing;
    if (n > ON_STACK) {
        names = malloc(n * sizeof *names);
        missing = malloc(n);
    }
    int rc = names && missing ? 0 : -1;
    for (size_t i = 1; rc == 0 && i <= n; i++) {
        lua_rawgeti(L, reads, (lua_Integer)i);
        const char *name = lua_tostring(L, -1);
        int seen = 0;
        for (size_t k = 0; k < d && !seen; k++)
            seen = !strcmp(names[k], name);
        if (!seen) {
            names[d] = name;
            lua_pushvalue(L, -1);
            missing[d++] = lua_rawget(L, facts) == LUA_TNIL;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    if (rc == 0)
        rc = results_set_reads(why, names, missing, d);
    if (names != few)
        free(names);
    if (missing != few_missing)
        free(missing);
    for (size_t i = n; i >= 1; i--) {
        lua_pushnil(L);
        lua_rawseti(L, reads, (lua_Integer)i);
    }
    return rc;
}

/* Checks the scale's result at -2 (points) and -1 (why) and stores it. */
static int take_result(lua_State *L, const struct model *m, size_t i, struct unit_result *u,
                       struct px_err *e)
{
    const struct node *n = &m->nodes[i];
    struct leaf_why *why = &u->why[i];
    if (lua_type(L, -1) == LUA_TSTRING && !(why->note = strdup(lua_tostring(L, -1))))
        goto oom;
    if (lapi_is_na(L, -2)) {
        u->applicable[i] = 0;
        return 0;
    }
    char max[40];
    if (lua_type(L, -2) != LUA_TNUMBER) {
        num_format_vn(n->max, 6, max, sizeof max);
        px_err_at(e, PX_RULE, m->file, n->line, 0, _("the scale returned %s; expected a number of "
                  "points from 0 to %s (or paridx.NA)"), luaL_typename(L, -2), max);
        return -1;
    }
    double p = lua_tonumber(L, -2);
    char problem[64] = "";
    if (isnan(p))
        snprintf(problem, sizeof problem, _("which is not a number"));
    else if (p < 0)
        snprintf(problem, sizeof problem, _("below zero"));
    else if (p > n->max * (1 + MAX_TOLERANCE) + MAX_TOLERANCE) {
        num_format_vn(n->max, 6, max, sizeof max);
        snprintf(problem, sizeof problem, _("above its maximum %s"), max);
    }
    if (*problem) {
        px_err_at(e, PX_RULE, m->file, n->line, 0, _("the scale returned %s, %s"),
                  isnan(p) ? "NaN" : lua_tostring(L, -2), problem);
        return -1;
    }
    u->points[i] = fmin(p, n->max);
    u->max[i] = n->max;
    u->applicable[i] = 1;
    return 0;
oom:
    px_err_set(e, PX_SYSTEM, _("out of memory"));
    return -1;
}

static int context_write(lua_State *L)
{
    return luaL_error(L, _("the context is read-only in a scale (tried to set '%s')"),
                      luaL_optstring(L, 2, "?"));
}

/* Pushes the unit's context (its fields at `inner`, a table pushed first) and, on top, the
 * read-only view of it that every leaf's scale gets; eval_leaf sets inner.node per leaf. */
static void push_context(lua_State *L, const struct model *m, const struct unit_result *u,
                         const char *as_of, int submission, int explain)
{
    lua_createtable(L, 0, 7);
    lua_pushboolean(L, explain); /* ctx.explain: word the why, or give points alone */
    lua_setfield(L, -2, "explain");
    if (submission) { /* ctx.submission(code): the unit's submissions of the plan */
        lua_pushvalue(L, submission);
        lua_setfield(L, -2, "submission");
    }
    lua_pushstring(L, u->code);
    lua_setfield(L, -2, "unit");
    lua_pushstring(L, u->kind);
    lua_setfield(L, -2, "kind");
    lua_pushinteger(L, m->year);
    lua_setfield(L, -2, "year");
    if (as_of) {
        lua_pushstring(L, as_of);
        lua_setfield(L, -2, "as_of");
    }
    int inner = lua_gettop(L);
    lua_newtable(L);          /* the view */
    lua_createtable(L, 0, 3); /* its metatable */
    lua_pushvalue(L, inner);
    lua_setfield(L, -2, "__index");
    sandbox_guard(L, context_write);
    lua_setmetatable(L, -2);
}

/* One unit to score: every applicable leaf, or the one leaf `node`. */
struct unit_job {
    struct engine_receipts *receipts; /* NULL: no ctx.submission */
    int submission; /* stack index of ctx.submission while scoring, or 0 */
    struct rules *rl;
    struct unit_result *u;
    const struct fact_info *facts;
    size_t nfacts;
    const char *as_of;
    long node; /* -1: every applicable leaf */
    int explain; /* ctx.explain */
    struct px_err *e;
    int rc;
    long failed; /* the leaf whose scale failed, or -1 */
    struct store *store; /* facts from store_facts_unit (no sources): where to find them */
    int year;
};

/* Where the job's fact f came from: its own source or, for facts of the cursor (which
 * reads no sources: only an error names them), the stored fact's, from the unit's facts
 * read once into *stored.  NULL when there is none to name. */
static const char *fact_source(const struct unit_job *j, const struct fact_info *f,
                               struct fact_info **stored, size_t *nstored)
{
    if (f->source || !j->store)
        return f->source;
    struct px_err ignored; /* the error is worded without the source */
    if (!*stored && store_facts(j->store, j->u->code, j->year, stored, nstored, &ignored) != 0)
        return NULL;
    for (size_t k = 0; k < *nstored; k++)
        if (!strcmp((*stored)[k].name, f->name))
            return (*stored)[k].source;
    return NULL;
}

/* Rewords the error of the job's scale that failed at node n: placed at the node's line (a
 * place elsewhere, such as a library's line, stays in the words), and for a data error the
 * facts it had read with where each came from. */
static void scale_failed(lua_State *L, const struct unit_job *j, const struct node *n, int reads)
{
    const struct model *m = &j->rl->model;
    struct px_err *e = j->e;
    char inner[sizeof e->file + sizeof e->msg + 32], sources[400] = "";
    if (!strcmp(e->file, m->file) && e->line == n->line)
        snprintf(inner, sizeof inner, "%s", e->msg);
    else
        px_err_format(e, inner, sizeof inner);
    if (e->code == PX_DATA) {
        struct fact_info *stored = NULL;
        size_t used = 0, nstored = 0;
        for (size_t k = 1; k <= lua_rawlen(L, reads) && used < sizeof sources; k++) {
            lua_rawgeti(L, reads, (lua_Integer)k);
            for (size_t i = 0; i < j->nfacts; i++) {
                const struct fact_info *f = &j->facts[i];
                const char *source = strcmp(f->name, lua_tostring(L, -1)) ? NULL
                                     : fact_source(j, f, &stored, &nstored);
                if (!source)
                    continue;
                used += (size_t)snprintf(sources + used, sizeof sources - used, "%s",
                                         used ? "; " : " (");
                if (used < sizeof sources)
                    used += (size_t)snprintf(sources + used, sizeof sources - used,
                                             _("%s from %s"), f->name, source);
            }
            lua_pop(L, 1);
        }
        store_free_facts(stored, nstored);
        if (used && used < sizeof sources - 1)
            strcat(sources, ")");
    }
    px_err_at(e, e->code, m->file, n->line, 0, "%.600s%s", inner, sources);
}

/* The stack of a unit being scored (score_protected): its facts, the list of names a leaf
 * read, the read-only view of the facts, the context and its read-only view, the node
 * codes kept as Lua strings. */
enum { JOB_FACTS = 2, JOB_SUBMISSION, JOB_READS, JOB_VIEW, JOB_CONTEXT, JOB_CONTEXT_VIEW,
       JOB_CODES };

/* Scores leaf i of the job's unit.  An error is placed at the leaf's line without naming the
 * leaf or unit. */
static int eval_leaf(struct unit_job *j, size_t i)
{
    lua_State *L = sandbox_lua(j->rl->sb);
    const struct model *m = &j->rl->model;
    const struct node *n = &m->nodes[i];
    int top = lua_gettop(L);
    push_kept(L, JOB_CODES, (lua_Integer)i + 1, n->code);
    lua_setfield(L, JOB_CONTEXT, "node");
    lua_rawgeti(L, LUA_REGISTRYINDEX, n->scale.handle);
    lua_pushvalue(L, JOB_VIEW);
    lua_pushnumber(L, n->max);
    lua_pushvalue(L, JOB_CONTEXT_VIEW);
    int bad = sandbox_call(j->rl->sb, 3, 2, j->e);
    if (bad)
        scale_failed(L, j, n, JOB_READS);
    else
        bad = take_result(L, m, i, j->u, j->e);
    if (!bad && copy_reads(L, JOB_FACTS, JOB_READS, &j->u->why[i]) != 0) {
        px_err_set(j->e, PX_SYSTEM, _("out of memory"));
        bad = 1;
    }
    lua_settop(L, top);
    return bad ? -1 : 0;
}

/* Protected (sandbox_protect): the job's unit.  An error is placed at the failed leaf's line,
 * without naming the leaf or unit. */
static int score_protected(lua_State *L)
{
    struct unit_job *j = lua_touserdata(L, 1);
    const struct model *m = &j->rl->model;
    push_facts(L, j->facts, j->nfacts, j->as_of);
    engine_push_submission(L, j->receipts, j->u->code);
    j->submission = lua_isnil(L, JOB_SUBMISSION) ? 0 : JOB_SUBMISSION;
    lua_newtable(L);
    push_view(L, JOB_FACTS, JOB_READS);
    push_context(L, m, j->u, j->as_of, j->submission, j->explain);
    push_strings(L, &NODE_CODES);
    for (size_t i = 0; i < m->nnodes && j->rc == 0; i++)
        if (j->node >= 0 ? i == (size_t)j->node
                         : !m->nodes[i].nchildren && model_applies(m, i, j->u->kind))
            if ((j->rc = eval_leaf(j, i)) != 0)
                j->failed = (long)i;
    return 0;
}

/* Takes back what score_protected wrote into the job, for it to be scored again. */
static void undo_job(void *ud)
{
    struct unit_job *j = ud;
    for (size_t i = 0; i < j->rl->model.nnodes; i++)
        if (j->node < 0 || i == (size_t)j->node)
            results_clear_node(j->u, i);
    j->submission = 0;
    j->rc = 0;
    j->failed = -1;
}

static int score_job(struct unit_job *j)
{
    sandbox_refill(j->rl->sb); /* each unit gets the whole step and time budgets */
    if (sandbox_protect_repeatable(j->rl->sb, score_protected, j, undo_job, j->e) != 0)
        return -1;
    return j->rc;
}

int engine_score_leaf(struct rules *rl, size_t node, const struct fact_info *facts,
                      size_t nfacts, const char *as_of, struct results *r, struct px_err *e)
{
    struct unit_job j = {NULL, 0, rl, &r->units[r->nunits - 1], facts, nfacts, as_of, (long)node,
                         1, e, 0, -1, NULL, 0};
    return score_job(&j); /* the caller names the case or probe itself, so not the leaf and unit */
}

void engine_adjustments(const struct model *m, const struct fact_info *facts, size_t nfacts,
                        struct unit_result *u)
{
    for (size_t k = 0; k < m->nadjustments; k++)
        u->adjust[k] = 0;
    for (size_t k = 0; k < m->nadjustments; k++)
        for (size_t f = 0; f < nfacts; f++)
            if (!strcmp(facts[f].name, m->adjustments[k].fact) &&
                facts[f].value.type == FACT_NUMBER) {
                double v = facts[f].value.num;
                u->adjust[k] = v < 0 ? 0 : v > m->adjustments[k].max ? m->adjustments[k].max : v;
            }
}

int engine_rescore(struct rules *rl, struct engine_receipts *receipts, struct unit_result *u,
                   long node, const struct fact_info *facts, size_t nfacts, const char *as_of,
                   long *failed, struct px_err *e)
{
    struct unit_job j = {receipts, 0, rl, u, facts, nfacts, as_of, node, 1, e, 0, -1, NULL,
                         0};
    engine_adjustments(&rl->model, facts, nfacts, u);
    int rc = score_job(&j);
    *failed = j.failed;
    return rc;
}

/* Scores one unit whose facts (of data_year in s) are given; the unit is added to out.  A
 * data error is kept with the unit (UNIT_ERROR) and scoring goes on; any other error names
 * the leaf and unit and returns -1. */
static int score_unit(struct rules *rl, struct engine_receipts *receipts, struct store *s,
                      int data_year, const struct unit_info *info, const struct fact_info *facts,
                      size_t nfacts, const char *as_of, int explain, struct results *out,
                      struct px_err *e)
{
    if (results_add_unit(out, info->code, info->name, info->kind) != 0) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    struct unit_job j = {receipts, 0, rl, &out->units[out->nunits - 1], facts, nfacts, as_of, -1,
                         explain, e, 0, -1, s, data_year};
    if (!nfacts)
        j.u->status = UNIT_NO_DATA; /* still scored, so its missing facts are listed */
    engine_adjustments(&rl->model, facts, nfacts, j.u);
    if (score_job(&j) == 0)
        return 0;
    if (e->code == PX_DATA) {
        if (results_set_error(out, e, j.failed) == 0)
            return 0;
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    if (j.failed >= 0)
        results_name_error(&rl->model.nodes[j.failed], info->code, e);
    return -1;
}

int engine_gate(const struct rules *rl, int year, const char *as_of,
                const struct evidence_row *rows, size_t nrows, const size_t *only, size_t nonly,
                struct unit_result *u, struct px_err *e)
{
    if (!nrows || u->status == UNIT_ERROR)
        return 0;
    /* the unit's first row: the register is in unit order */
    size_t lo = sorted_first(rows, nrows, sizeof *rows, offsetof(struct evidence_row, unit), u->code);
    size_t end = lo;
    while (end < nrows && !strcmp(rows[end].unit, u->code))
        end++;
    return evidence_gate(&rl->model, year, as_of, rows + lo, end - lo, only, nonly, u, e);
}

/* The facts of unit `code`: through the cursor when every unit is scored, else by one
 * lookup (*owned set: the caller frees them with store_free_facts). */
static int unit_facts(struct store *s, struct store_fact_cursor *cur, const char *code,
                      int data_year, struct fact_info **facts, size_t *n, int *owned,
                      struct px_err *e)
{
    *owned = !cur;
    return cur ? store_facts_unit(cur, code, facts, n, e)
               : store_facts(s, code, data_year, facts, n, e);
}

int engine_score(struct rules *rl, struct store *s, int data_year, const char *as_of,
                 const struct engine_scope *scope, struct results *out, struct px_err *e)
{
    static const struct engine_scope every = {NULL, NULL, NULL, 1};
    if (!scope)
        scope = &every;
    memset(out, 0, sizeof *out);
    out->model = &rl->model;
    out->data_year = data_year;
    if (as_of && !(out->as_of = strdup(as_of))) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    struct unit_info *units;
    size_t nunits;
    struct survey_tallies tallies;
    struct evidence_row *register_rows;
    size_t nrows;
    if (engine_survey_load(&rl->model, s, data_year, &tallies, e) != 0)
        return -1;
    if (store_evidence(s, data_year, NULL, &register_rows, &nrows, e) != 0) {
        survey_tallies_free(&tallies);
        return -1;
    }
    struct engine_receipts receipts;
    engine_receipts_init(&receipts, s, &rl->model, data_year, as_of);
    if (store_units(s, &units, &nunits, e) != 0) {
        engine_receipts_free(&receipts);
        evidence_rows_free(register_rows, nrows);
        survey_tallies_free(&tallies);
        return -1;
    }
    struct store_fact_cursor *cur = NULL;
    int rc = scope->unit ? 0 : store_facts_open(s, data_year, &cur, e);
    for (size_t i = 0; i < nunits && rc == 0; i++) {
        if (rl->model.nkinds && !model_kind(&rl->model, units[i].kind))
            continue; /* a kind of unit this index does not assess */
        if (scope->unit && strcmp(units[i].code, scope->unit) != 0)
            continue;
        struct fact_info *facts;
        size_t nfacts, nfew = 0;
        int owned;
        rc = unit_facts(s, cur, units[i].code, data_year, &facts, &nfacts, &owned, e);
        if (rc != 0)
            break;
        if (tallies.n && !owned) { /* the survey sets facts: on a copy, not the cursor's */
            rc = engine_survey_own(&facts, nfacts, e);
            owned = rc == 0;
        }
        if (rc == 0)
            rc = engine_survey_facts(&rl->model, &tallies, units[i].code, &facts, &nfacts,
                                     &nfew, e);
        if (rc == 0)
            rc = score_unit(rl, &receipts, s, data_year, &units[i], facts, nfacts, as_of, scope->explain,
                            out, e);
        if (rc == 0)
            out->units[out->nunits - 1].nfew = nfew;
        if (owned)
            store_free_facts(facts, nfacts);
        if (rc != 0)
            break;
        struct unit_result *u = &out->units[out->nunits - 1];
        rc = engine_gate(rl, data_year, as_of, register_rows, nrows, NULL, 0, u, e);
        if (rc == 0) {
            results_finish_unit(out->model, u, NULL, 0);
            if (scope->scored && scope->scored(scope->ctx, out, u, e) != 0)
                rc = -1;
        }
    }
    store_facts_close(cur);
    evidence_rows_free(register_rows, nrows);
    store_free_units(units, nunits);
    engine_receipts_free(&receipts);
    survey_tallies_free(&tallies);
    if (rc == 0)
        results_finish(out);
    return rc;
}
