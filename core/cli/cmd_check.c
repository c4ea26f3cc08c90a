/* cmd_check.c — `paridx check RULES`: lints a rule file without any data.  Prints one
 * "file:line: message" per finding on stdout and exits 1 when there is any, else a one-line
 * summary and exit 0.  Uses: rules.h, rules_lint.h, findings.h, text.h, i18n.h (messages). */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "rules.h"
#include "rules_lint.h"
#include "text.h"
#include "i18n.h"

static size_t count_level(const struct model *m, enum node_level level)
{
    size_t n = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        n += m->nodes[i].level == level;
    return n;
}

static size_t count_survey(const struct model *m)
{
    size_t n = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        n += m->nodes[i].survey;
    return n;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    struct rules rl;
    struct px_err e;
    struct findings found = {0};
    if (rules_load_all(args[0], &lim, NULL, &rl, &found, &e) != 0) {
        if (found.n) { /* the model's findings, every one */
            findings_print(&found, args[0], stdout);
            findings_free(&found);
            return PX_FINDINGS;
        }
        if (e.code != PX_RULE || e.line == 0 || strcmp(e.file, args[0])) {
            px_report(&e); /* not a finding about a line of the file: an error */
            return e.code;
        }
        char shown[sizeof e.file + sizeof e.msg + 32]; /* the load's findings, "file:line: …" */
        px_err_format(&e, shown, sizeof shown);
        text_put(stdout, shown, strlen(shown), TEXT_KEEP_TAB | TEXT_KEEP_NEWLINE);
        putchar('\n');
        return PX_FINDINGS;
    }
    struct findings f = {0};
    long probes = rules_lint(&rl, &f);
    findings_print(&f, args[0], stdout);
    const struct model *m = &rl.model;
    if (!f.n)
        printf(_("%s: no findings — fields %zu, criteria %zu, sub-criteria %zu (assessed by "
                 "survey %zu), agencies %zu, deadlines %zu, survey groups %zu, bands %zu; scale "
                 "probes %ld\n"), args[0], count_level(m, LEVEL_FIELD),
               count_level(m, LEVEL_CRITERION), count_level(m, LEVEL_SUB), count_survey(m),
               m->nagencies, m->ndeadlines, m->nsurvey_groups, m->nbands, probes);
    int rc = f.n ? PX_FINDINGS : PX_OK;
    findings_free(&f);
    rules_free(&rl);
    return rc;
}

const struct cli_cmd CMD_CHECK = {
    "check", "RULES", 1, 1,
    N_("lint a rule file without data: codes, maxima, agencies, deadlines, bands, and every scale "
    "probed with generated facts"),
    NULL, run};
