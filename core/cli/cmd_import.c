/* cmd_import.c — `paridx import [RULES] --db FILE [--rules RULES] [--year Y] [--encoding E]
 * [--max-rows N] [--max-mib N] [--submitted DEADLINE:AGENCY [--received DATE]] [--from AGENCY]
 * [--force] [--by NAME] KIND CSV…`: load units, agencies, facts, submissions, evidence,
 * appraisals, respondents or answers from CSV (or xlsx) files exported from Excel; each file is
 * one transaction; the first bad file stops the import (the files before it stay loaded).
 * Facts, submissions, evidence and appraisals go into the rule file's year (or --year); facts
 * are checked against its fact dictionary, submissions against its deadlines, appraisals
 * against its sub-criteria; a facts file may record its agency's submission with it
 * (--submitted DEADLINE:AGENCY); what the register's check finds wrong with imported evidence
 * is said as warnings.  Past the rule file's self-assessment deadline, or once a unit's
 * results are closed, a change needs --force.
 * Uses: store.h, store_appraisal.h (who the audit names), import.h, csv.h (caps and
 * encodings), rules.h (the dictionary and the deadlines), import_dict.h, import_plan.h,
 * deadlines_today.h (--received), cli.h (cli_number), i18n.h (messages), evidence_warn.h (the
 * imported register's problems), cmd_import_survey.h (respondents and answers). */
#include <stdint.h>
#include <stdio.h>

#include <string.h>

#include "cmd_import_survey.h"
#include "commands.h"
#include "import.h"
#include "deadlines_today.h"
#include "evidence_warn.h"
#include "import_dict.h"
#include "import_plan.h"
#include "rules.h"
#include "store.h"
#include "i18n.h"
#include "store_appraisal.h"

static const char *db, *encoding, *max_rows, *max_mib, *rules_opt, *year_opt, *submitted,
                  *received, *from, *by;
static int force;

#define TEXT(x) #x
#define NUMBER_TEXT(x) TEXT(x)

/* "FILE: 1 unit imported", "FILE: 2 units imported" for each kind: a singular and a plural
 * message, chosen by ngettext. */
static const char *const IMPORTED[][2] = {
    [IMPORT_UNITS] = {N_("%s: %ld unit imported\n"), N_("%s: %ld units imported\n")},
    [IMPORT_AGENCIES] = {N_("%s: %ld agency imported\n"), N_("%s: %ld agencies imported\n")},
    [IMPORT_FACTS] = {N_("%s: %ld fact imported\n"), N_("%s: %ld facts imported\n")},
    [IMPORT_SUBMISSIONS] = {N_("%s: %ld submission imported\n"),
                            N_("%s: %ld submissions imported\n")},
    [IMPORT_EVIDENCE] = {N_("%s: %ld evidence row imported\n"),
                         N_("%s: %ld evidence rows imported\n")},
    [IMPORT_APPRAISALS] = {N_("%s: %ld appraisal imported\n"),
                           N_("%s: %ld appraisals imported\n")}};

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database to load into (created if missing)"), &db, NULL},
    {"rules", "RULES", N_("check facts against this rule file's dictionary, in its year "
     "(or give RULES first)"), &rules_opt, NULL},
    {"year", "Y", N_("the assessment year the facts belong to (default: the rule file's)"),
     &year_opt, NULL},
    {"submitted", "DEADLINE:AGENCY", N_("facts: also record that AGENCY delivered DEADLINE "
     "(e.g. TDG:STP), in the same transaction"), &submitted, NULL},
    {"received", "DATE", N_("with --submitted: the day it was received (dd/mm/yyyy; default "
     "today)"), &received, NULL},
    {"encoding", "E", N_("utf-8 (default), cp1258 (Windows-1258) or tcvn3 (ABC fonts)"), &encoding,
     NULL},
    {"from", "AGENCY", N_("respondents: the agency whose list it is (replaces its earlier list)"),
     &from, NULL},
    {"max-rows", "N", "refuse a file of more than N rows (default " NUMBER_TEXT(CSV_DEFAULT_MAX_ROWS) ")", &max_rows, NULL},
    {"max-mib", "N", "refuse a file larger than N MiB (default " NUMBER_TEXT(CSV_DEFAULT_MAX_MIB) ")", &max_mib, NULL},
    {"force", NULL, N_("change facts or appraisals that are locked (self-assessment deadline "
     "passed, results closed); the audit log records it"), NULL, &force},
    {"by", "NAME", N_("who makes the change, for the audit log (default: $USER)"), &by, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* The caps and encoding from the options; 0 or PX_USAGE (said on stderr). */
static int read_options(struct csv_options *opt)
{
    *opt = csv_defaults();
    long long rows = (long long)opt->max_rows, mib = (long long)(opt->max_bytes >> 20);
    if ((max_rows && cli_number("max-rows", max_rows, 1, &rows)) ||
        (max_mib && cli_number("max-mib", max_mib, 1, &mib)))
        return PX_USAGE;
    if ((unsigned long long)mib > SIZE_MAX >> 20) {
        px_say(_("--max-mib: expected at most %zu, found %lld"), SIZE_MAX >> 20, mib);
        return PX_USAGE;
    }
    if (encoding && encoding_from_name(encoding, &opt->encoding) != 0) {
        px_say(_("import: --encoding: expected utf-8, cp1258 or tcvn3, found '%s'"), encoding);
        return PX_USAGE;
    }
    opt->max_rows = (size_t)rows;
    opt->max_bytes = (size_t)mib << 20;
    return 0;
}

/* RULES given first (a name ending in .lua), taken off the arguments; NULL when not. */
static const char *rules_first(char ***args, int *nargs)
{
    size_t len = strlen((*args)[0]);
    if (len > 4 && strcmp((*args)[0] + len - 4, ".lua") == 0) {
        (*nargs)--;
        return *(*args)++;
    }
    return NULL;
}

/* The submission --submitted records, and the text it borrows. */
struct import_submitted {
    char deadline[64], agency[64], received[11], source[4096];
    struct submission_row row;
};

/* The year and checks of facts: from the rule file (loaded into rl) and --year.  0, or an
 * exit code after saying why. */
static int facts_year(const char *rules, struct store *s, struct rules *rl,
                      struct import_facts *f)
{
    int year = 0;
    if (year_opt && cli_year("year", year_opt, &year))
        return PX_USAGE;
    if (!rules && !year) {
        px_say(_("import: facts, evidence and appraisals belong to an assessment year: give the "
                 "rule file (paridx import RULES --db FILE facts CSV…) or --year Y"));
        return PX_USAGE;
    }
    struct px_err e;
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    if (rules && rules_load(rules, &lim, s, rl, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    *f = import_dict_facts(rules ? &rl->model : NULL, year ? year : rl->model.year,
                           year ? "--year" : rules);
    for (size_t i = 0; rules && f->year == rl->model.year && i < rl->model.ndeadlines; i++)
        if (rl->model.deadlines[i].self_assessment)
            f->self_due = rl->model.deadlines[i].due;
    f->force = force;
    return 0;
}

/* --submitted DEADLINE:AGENCY [--received DATE]: the submission recorded with the facts of
 * one file, checked against the rule file.  0, or PX_USAGE after saying why. */
static int with_submission(const struct rules *rl, struct import_facts *f, int nargs,
                           char **args, struct import_submitted *sub)
{
    const char *colon = strchr(submitted, ':');
    char why[700];
    if (!rl->model.file || nargs != 2 || strcmp(args[0], "facts") || !colon ||
        (size_t)(colon - submitted) >= sizeof sub->deadline) {
        px_say(_("import: --submitted DEADLINE:AGENCY goes with one facts file and its rule file "
                 "(paridx import RULES --db FILE --submitted TDG:STP facts STP.xlsx)"));
        return PX_USAGE;
    }
    memcpy(sub->deadline, submitted, (size_t)(colon - submitted));
    snprintf(sub->agency, sizeof sub->agency, "%s", colon + 1);
    if (import_plan_check(&rl->model, sub->deadline, sub->agency, why, sizeof why) != 0) {
        px_say(_("import: --submitted: %s"), why);
        return PX_USAGE;
    }
    if (cli_as_of("received", received, sub->received) != 0)
        return PX_USAGE;
    snprintf(sub->source, sizeof sub->source, "%s", args[1]);
    sub->row = (struct submission_row){f->year, sub->deadline, sub->agency, sub->received,
                                       NULL, NULL, NULL, sub->source};
    f->with_submission = &sub->row;
    return 0;
}

static int run(char **args, int nargs)
{
    const char *rules = rules_first(&args, &nargs);
    if (rules && rules_opt) {
        px_say(_("import: give the rule file once, first or with --rules"));
        return PX_USAGE;
    }
    rules = rules ? rules : rules_opt;
    if (nargs < 2) {
        px_say(_("import: expected KIND and at least one CSV file after the rule file"));
        return PX_USAGE;
    }
    if (!strcmp(args[0], "respondents") || !strcmp(args[0], "answers"))
        return import_survey_files(rules, db, from, args, nargs, read_options);
    enum import_kind kind;
    if (import_kind_from_name(args[0], &kind) != 0) {
        px_say(_("import: expected units, agencies, facts, submissions, evidence, appraisals, "
                 "respondents or answers, found '%s'"), args[0]);
        return PX_USAGE;
    }
    if (!db) {
        px_say(_("import: --db FILE is required (the database to load into)"));
        return PX_USAGE;
    }
    struct csv_options opt;
    if (read_options(&opt) != 0)
        return PX_USAGE;
    struct px_err e;
    struct store *s = store_open(db, STORE_CREATE, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    struct rules rl = {0};
    struct import_facts facts;
    struct import_submitted sub = {0};
    int yearly = kind == IMPORT_FACTS || kind == IMPORT_SUBMISSIONS ||
                 kind == IMPORT_EVIDENCE || kind == IMPORT_APPRAISALS; /* rows of a year */
    int rc = yearly ? facts_year(rules, s, &rl, &facts) : 0;
    if (rc == 0 && submitted)
        rc = with_submission(&rl, &facts, nargs, args, &sub);
    store_set_actor(s, cli_actor(by));
    for (int i = 1; i < nargs && rc == 0; i++) {
        struct import_result r;
        if (import_file(s, kind, args[i], &opt, yearly ? &facts : NULL, &r, &e) != 0) {
            px_report(&e);
            px_say(_("%s was not imported; the database is unchanged by it"), args[i]);
            rc = e.code;
        } else if (r.already[0]) {
            printf(_("%s: already imported on %s, nothing changed\n"), args[i], r.already);
        } else {
            printf(ngettext(IMPORTED[kind][0], IMPORTED[kind][1], (unsigned long)r.rows),
                   args[i], r.rows);
            if (kind == IMPORT_EVIDENCE && rules) /* what the register's check finds */
                rc = evidence_warn(s, &rl.model, facts.year, NULL, args[i], NULL);
        }
    }
    rules_free(&rl);
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_IMPORT = {
    "import", "[RULES] KIND CSV...", 2, -1,
    N_("load units, agencies, facts (of a year, checked by the rule file), submissions, the "
       "evidence register, appraisals or the survey's respondents and answers from CSV or .xlsx "
       "files into a database (one transaction per file)"),
    OPTS, run};
