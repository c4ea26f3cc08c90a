/* cmd_import_survey.c — the survey's kinds of `paridx import` (see cmd_import_survey.h):
 * the rule file loaded for its groups and questions, each file one transaction.
 * Answers stream in by the million: unless --max-rows or --max-mib say otherwise they may
 * hold ANSWERS_MAX_ROWS rows and ANSWERS_MAX_MIB MiB.
 * Uses: import_survey.h, import_survey_dict.h, rules.h, store.h. */
#define _DEFAULT_SOURCE /* scandir, alphasort */
#include "cmd_import_survey.h"
#include "i18n.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "import_survey.h"
#include "import_survey_dict.h"
#include "rules.h"
#include "store.h"

#define ANSWERS_MAX_ROWS 50000000
#define ANSWERS_MAX_MIB 4096

static int import_one(struct store *s, int answers, const char *path, const char *from,
                      const struct csv_options *opt, const struct import_survey *sv)
{
    struct import_result r;
    struct px_err e;
    int rc = answers ? import_answers(s, path, opt, sv, &r, &e)
                     : import_respondents(s, path, from, opt, sv, &r, &e);
    if (rc != 0) {
        px_report(&e);
        px_say(_("%s was not imported; the database is unchanged by it"), path);
        return e.code;
    }
    if (r.already[0])
        printf(_("%s: already imported on %s, nothing changed\n"), path, r.already);
    else
        printf(answers ? ngettext("%s: %ld answer imported\n", "%s: %ld answers imported\n",
                                  (unsigned long)r.rows)
                       : ngettext("%s: %ld respondent imported\n",
                                  "%s: %ld respondents imported\n", (unsigned long)r.rows),
               path, r.rows);
    return PX_OK;
}

int import_survey_files(const char *rules, const char *db, const char *from, char **args,
                        int nargs, int (*read_options)(struct csv_options *opt))
{
    int answers = !strcmp(args[0], "answers");
    struct csv_options opt, defaults = csv_defaults();
    if (!rules) {
        px_say(_("import: %s are checked against the rule file's survey: give RULES first"),
               args[0]);
        return PX_USAGE;
    }
    if (!answers && !from) {
        px_say(_("import: respondents need --from AGENCY, the agency whose list it is"));
        return PX_USAGE;
    }
    if (!db) {
        px_say(_("import: --db FILE is required (the database to load into)"));
        return PX_USAGE;
    }
    if (read_options(&opt) != 0)
        return PX_USAGE;
    if (answers && opt.max_rows == defaults.max_rows)
        opt.max_rows = ANSWERS_MAX_ROWS;
    if (answers && opt.max_bytes == defaults.max_bytes)
        opt.max_bytes = (size_t)ANSWERS_MAX_MIB << 20;
    struct px_err e;
    struct store *s = store_open(db, STORE_CREATE, &e);
    struct rules rl = {0};
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    struct import_survey sv;
    char unit[64];
    int rc = PX_OK;
    if (!s || rules_load(rules, &lim, s, &rl, &e) != 0 ||
        import_survey_checks(&rl.model, s, &sv, unit, &e) != 0) {
        px_report(&e);
        rc = e.code;
    } else if (from && !model_agency(&rl.model, from)) {
        px_say(_("import: --from: %s declares no agency '%s'"), rules, from);
        rc = PX_USAGE;
    }
    for (int i = 1; i < nargs && rc == PX_OK; i++)
        rc = import_one(s, answers, args[i], from, &opt, &sv);
    rules_free(&rl);
    store_close(s);
    return rc;
}

static int respondent_list(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return !strncmp(d->d_name, "respondents-", 12) && n > 16 && !strcmp(d->d_name + n - 4, ".csv");
}

int import_survey_example(struct store *s, const struct model *m, const char *dir,
                          struct px_err *e)
{
    char path[4200], unit[64], agency[256];
    struct import_survey sv;
    struct import_result r;
    struct dirent **names;
    snprintf(path, sizeof path, "%s/survey", dir);
    int n = scandir(path, &names, respondent_list, alphasort); /* the same order everywhere */
    if (n < 0)
        return 0; /* no survey in the example */
    int rc = import_survey_checks(m, s, &sv, unit, e);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]->d_name) - 16;
        snprintf(agency, sizeof agency, "%.*s", (int)len, names[i]->d_name + 12);
        snprintf(path, sizeof path, "%s/survey/%s", dir, names[i]->d_name);
        if (rc == 0)
            rc = import_respondents(s, path, agency, NULL, &sv, &r, e);
        free(names[i]);
    }
    free(names);
    snprintf(path, sizeof path, "%s/survey/answers.csv", dir);
    if (rc == 0 && access(path, F_OK) == 0) {
        struct csv_options opt = csv_defaults();
        opt.max_rows = ANSWERS_MAX_ROWS;
        opt.max_bytes = (size_t)ANSWERS_MAX_MIB << 20;
        rc = import_answers(s, path, &opt, &sv, &r, e);
    }
    return rc;
}
