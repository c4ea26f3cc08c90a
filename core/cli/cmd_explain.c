/* cmd_explain.c — `paridx explain RULES --unit CODE NODE`: why one node got its points for
 * one unit.  Scores like `run` (without saving, the final stage) so the explanation is exactly
 * what run computed; under a sub-criterion the appraisal council's rounds, when it has any.
 * With --unit only that unit is scored (nothing in a unit's explanation depends on the
 * others), and every unit only when the code is unknown, to list the codes there are.
 * A survey-assessed leaf also shows its answers (or that the typed share stands).
 * Uses: session.h (the appraisal sheet kept while scoring), report_common.h (a unit's data
 * error), report_explain.h, store.h (the unit's facts and their sources), report_appraisal.h
 * (the rounds), i18n.h (messages), survey_facts.h and report_survey.h (the survey's answers). */
#include <stdio.h>

#include "commands.h"
#include "report_appraisal.h"
#include "report_common.h"
#include "report_explain.h"
#include "report_survey.h"
#include "session.h"
#include "store.h"
#include "survey_facts.h"
#include "i18n.h"

static struct session_opts so;
static const char *unit;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"unit", "CODE", N_("the unit (may be left out when only one unit is scored)"), &unit, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* Under a sub-criterion's explanation, its appraisal rounds from the sheet kept while the
 * unit was scored (the points shown are the final ones); nothing for a unit not on it. */
static void appraised(const struct session *ss, const char *code, size_t node)
{
    long u = appraisal_sheet_unit(&ss->sheet, code);
    if (u >= 0)
        report_appraisal_lines(stdout, appraisal_sheet_at(&ss->sheet, (size_t)u, node));
}

/* The survey lines of a leaf its questions feed; 0, or -1 when out of memory. */
static int explain_survey(struct session *ss, const struct survey_tallies *t, size_t u,
                          size_t node)
{
    struct survey_leaf l;
    int has = survey_leaf_score(&ss->rules.model, t, ss->results.units[u].code, node, &l);
    if (has < 0)
        return -1;
    report_survey_leaf(stdout, &ss->rules.model, node, ss->rules.model.nodes[node].max,
                       has ? &l : NULL);
    survey_leaf_free(&l);
    return 0;
}

static int explain(struct session *ss, const char *code)
{
    int u;
    if (unit) {
        u = session_unit(ss, unit);
    } else if (ss->results.nunits == 1) {
        u = 0;
    } else {
        px_say(_("explain: %zu units were scored; say which with --unit CODE"), ss->results.nunits);
        return PX_USAGE;
    }
    if (u < 0)
        return PX_USAGE;
    if (ss->results.units[u].status == UNIT_ERROR) { /* nothing to explain but the error */
        struct px_err e;
        report_unit_error(&ss->results, &ss->results.units[u], &e);
        px_report(&e);
        return PX_DATA;
    }
    int node = model_find(&ss->rules.model, code);
    if (node < 0) {
        px_say(_("explain: %s has no node with the code '%s' (codes look like 2, 2.1, 2.1.3)"),
               ss->rules.model.file, code);
        return PX_USAGE;
    }
    struct fact_info *facts;
    size_t nfacts, nfew;
    struct px_err e;
    struct survey_tallies t;
    const char *code_u = ss->results.units[u].code;
    if (store_facts(ss->store, code_u, ss->data_year, &facts, &nfacts, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    int rc = engine_survey_load(&ss->rules.model, ss->store, ss->data_year, &t, &e) != 0 ||
             engine_survey_facts(&ss->rules.model, &t, code_u, &facts, &nfacts, &nfew, &e) != 0;
    if (rc) {
        px_report(&e);
        store_free_facts(facts, nfacts);
        return e.code;
    }
    rc = report_explain(stdout, &ss->results, (size_t)u, (size_t)node, facts, nfacts);
    store_free_facts(facts, nfacts);
    if (rc == 0 && survey_leaf_asked(&ss->rules.model, (size_t)node))
        rc = explain_survey(ss, &t, (size_t)u, (size_t)node);
    survey_tallies_free(&t);
    if (rc == 0 && ss->stage == STAGE_FINAL && !ss->rules.model.nodes[node].nchildren)
        appraised(ss, ss->results.units[u].code, (size_t)node);
    return rc != 0 ? PX_SYSTEM : PX_OK;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc == 0)
        rc = session_score(&ss, SESSION_KEEP_WHY | SESSION_KEEP_SHEET, unit);
    if (rc == 0 && unit && ss.results.nunits == 0) { /* no such unit: list those there are */
        results_free(&ss.results);
        rc = session_score(&ss, SESSION_KEEP_WHY | SESSION_KEEP_SHEET, NULL);
    }
    if (rc == 0)
        rc = explain(&ss, args[1]);
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_EXPLAIN = {
    "explain", "RULES NODE", 2, 2,
    N_("show why a node got its points for a unit: scale, facts read, children, points lost"),
    OPTS, run};
