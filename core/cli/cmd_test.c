/* cmd_test.c — `paridx test RULES`: runs the rule author's cases (RULES_test.lua beside the
 * rule file, or --cases FILE) and ends with "N passed, M failed"; exit 0 only when all pass
 * and every leaf has a case.  Uses: rules.h, rules_cases.h, i18n.h (messages). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "rules.h"
#include "rules_cases.h"
#include "i18n.h"

static const char *cases_file;

static const struct cli_opt OPTS[] = {
    {"cases", "FILE", N_("the test cases (default: RULES with _test.lua for .lua)"), &cases_file,
        NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* "rules/2019.lua" → "rules/2019_test.lua" (malloc'd). */
static char *default_cases(const char *rules)
{
    size_t n = strlen(rules);
    char *path = malloc(n + 16);
    if (!path)
        return NULL;
    size_t stem = n > 4 && !strcmp(rules + n - 4, ".lua") ? n - 4 : n;
    snprintf(path, n + 16, "%.*s_test.lua", (int)stem, rules);
    return path;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    char *path = cases_file ? NULL : default_cases(args[0]);
    const char *cases = cases_file ? cases_file : path;
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    struct rules rl;
    struct px_err e;
    struct case_tally t;
    int rc;
    if (!cases) {
        px_err_set(&e, PX_SYSTEM, _("out of memory"));
        rc = -1;
    } else if ((rc = rules_load(args[0], &lim, NULL, &rl, &e)) == 0) {
        rc = cases_run(&rl, cases, stdout, &t, &e);
        rules_free(&rl);
    }
    free(path);
    if (rc != 0) {
        px_report(&e);
        return e.code;
    }
    printf(_("%d passed, %d failed\n"), t.passed, t.failed);
    return t.failed ? PX_FINDINGS : PX_OK;
}

const struct cli_cmd CMD_TEST = {
    "test", "RULES", 1, 1,
    N_("run the rule author's test cases (facts in, expected points out) for every leaf"), OPTS,
        run};
