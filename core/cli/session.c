/* session.c — opening data and rules for the scoring commands (see session.h). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "cmd_import_survey.h"
#include "engine.h"
#include "import.h"
#include "import_dict.h"
#include "run_save.h"
#include "store.h"
#include "i18n.h"

static int fail(const struct px_err *e)
{
    px_report(e);
    return e->code;
}

int session_limits(const struct session_opts *o, struct sandbox_limits *lim)
{
    long long steps = SANDBOX_DEFAULT_STEPS, mib = (long long)(SANDBOX_DEFAULT_MEMORY >> 20);
    long long seconds = SANDBOX_DEFAULT_SECONDS;
    if (o->max_steps && cli_number("max-steps", o->max_steps, 1000, &steps))
        return PX_USAGE;
    if (o->max_memory && cli_number("max-memory", o->max_memory, 1, &mib))
        return PX_USAGE;
    if (o->max_seconds && cli_number("max-seconds", o->max_seconds, 1, &seconds))
        return PX_USAGE;
    lim->max_steps = steps;
    lim->max_memory = (size_t)mib << 20;
    lim->max_seconds = seconds;
    return 0;
}

/* Loads the rule file's example data into the (in-memory) store. */
static int load_example(struct session *ss, int plan_only, struct px_err *e)
{
    const char *dir = ss->rules.model.example;
    if (!dir) {
        px_err_set(e, PX_USAGE, _("no --db given, and %s names no example data "
                   "(index { example = \"…\" }); give --db FILE"), ss->rules.model.file);
        return -1;
    }
    struct import_facts facts =
        import_dict_facts(&ss->rules.model, ss->rules.model.year, ss->rules.model.file);
    if (import_example(ss->store, dir, &facts, e) != 0 ||
        (ss->survey && import_survey_example(ss->store, &ss->rules.model, dir, e) != 0))
        return -1;
    if (plan_only)
        px_say(_("no --db given: reading the example %s in an in-memory database"), dir);
    else
        px_say(_("no --db given: scoring the example %s in an in-memory database"), dir);
    return 0;
}

int session_open(struct session *ss, const char *rules_path, const struct session_opts *o)
{
    memset(ss, 0, sizeof *ss);
    struct sandbox_limits lim;
    int rc = session_limits(o, &lim);
    if (rc)
        return rc;
    struct px_err e;
    if (o->as_of) {
        struct px_date d;
        if (date_parse(o->as_of, &d, &e) != 0) {
            px_say(_("--as-of: %s"), e.msg);
            return PX_USAGE;
        }
        date_iso(d, ss->as_of);
    }
    int year = 0;
    if (o->data_year && cli_year("data-year", o->data_year, &year))
        return PX_USAGE;
    if (o->stage && stage_parse(o->stage, &ss->stage) != 0) {
        px_say(_("--stage: expected self or final, found '%s'"), o->stage);
        return PX_USAGE;
    }
    ss->db = o->db;
    ss->survey = o->survey;
    if (!(ss->store = store_open(o->db, o->saves ? STORE_WRITE : STORE_READ, &e)))
        return fail(&e);
    if (rules_load(rules_path, &lim, ss->store, &ss->rules, &e) != 0 ||
        (!o->db && load_example(ss, o->plan_only, &e) != 0)) {
        session_close(ss);
        return fail(&e);
    }
    ss->data_year = year ? year : ss->rules.model.year;
    return 0;
}

/* engine_scope.scored: each unit as soon as it is scored — its appraisals first (the final
 * stage's points in place of the self scores, the sheet's copy of those taken before), then a
 * stored run's unit written at once; its explanations then dropped unless the command shows
 * them. */
struct saving {
    struct session *ss;
    int64_t run; /* 0: the run is not stored */
    int keep_why;
    struct stage_rounds *rounds; /* NULL: the self stage, no sheet kept */
};

static int save_unit(void *ctx, struct results *r, struct unit_result *u, struct px_err *e)
{
    struct saving *sv = ctx;
    if (sv->rounds && stage_unit(sv->rounds, r->model, u, e) != 0)
        return -1;
    if (sv->run && run_save_unit(sv->ss->store, &sv->ss->rules.model, sv->run, u, e) != 0)
        return -1;
    if (!sv->keep_why)
        results_drop_why(r, u);
    return 0;
}

int session_score(struct session *ss, unsigned flags, const char *unit)
{
    struct px_err e;
    struct import_seen seen;
    const char *as_of = ss->as_of[0] ? ss->as_of : NULL;
    int save = (flags & SESSION_SAVE) != 0, keep_sheet = (flags & SESSION_KEEP_SHEET) != 0;
    struct stage_rounds rounds;
    struct saving sv = {ss, 0, (flags & SESSION_KEEP_WHY) != 0, NULL};
    struct engine_scope scope = {unit, save_unit, &sv, sv.keep_why};
    appraisal_sheet_free(&ss->sheet); /* scored again (explain): a new sheet */
    /* One snapshot: with SESSION_SAVE a write transaction, each unit stored as it is scored. */
    int failed = save ? run_save_begin(ss->store, &ss->rules, as_of, stage_name(ss->stage),
                                       &seen, &sv.run, &e) != 0
                      : store_snapshot(ss->store, &seen, &e) != 0;
    int began = !failed;
    if (!failed && (ss->stage == STAGE_FINAL || keep_sheet)) { /* the year's rounds, read once */
        failed = stage_begin(&rounds, ss->store, ss->data_year, unit, ss->stage,
                             keep_sheet ? &ss->sheet : NULL, &e) != 0;
        sv.rounds = failed ? NULL : &rounds;
    }
    failed = failed || engine_score(&ss->rules, ss->store, ss->data_year, as_of, &scope,
                                    &ss->results, &e) != 0;
    if (save && began)
        failed = run_save_end(ss->store, !failed, &e) != 0;
    else
        store_rollback(ss->store); /* ends the snapshot: nothing was written */
    stage_end(sv.rounds);
    ss->results.self_stage = ss->stage == STAGE_SELF;
    if (failed)
        return fail(&e);
    if (save && ss->db && seen.id)
        px_say(_("%s: scored the data as of import %lld (%s, %s)"), ss->db, (long long)seen.id,
               seen.file, seen.at);
    else if (save && ss->db)
        px_say(_("%s: scored a database with no import yet"), ss->db);
    return 0;
}

int session_unit(const struct session *ss, const char *code)
{
    for (size_t i = 0; i < ss->results.nunits; i++)
        if (!strcmp(ss->results.units[i].code, code))
            return (int)i;
    size_t len = 1;
    for (size_t i = 0; i < ss->results.nunits; i++)
        len += strlen(ss->results.units[i].code) + 1;
    char *list = malloc(len);
    if (list) {
        list[0] = '\0';
        for (size_t i = 0; i < ss->results.nunits; i++)
            strcat(strcat(list, " "), ss->results.units[i].code);
    }
    px_say(_("no unit of the kinds %s assesses has the code '%s'; the units are:%s"),
           ss->rules.model.file, code, list ? list : " …");
    free(list);
    return -1;
}

void session_close(struct session *ss)
{
    appraisal_sheet_free(&ss->sheet);
    results_free(&ss->results);
    rules_free(&ss->rules);
    store_close(ss->store);
    memset(ss, 0, sizeof *ss);
}
