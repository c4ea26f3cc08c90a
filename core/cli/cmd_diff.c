/* cmd_diff.c — `paridx diff RULES_A RULES_B`: what changed from one year's rule file to
 * another (nodes, maxima, scales, agencies, bands, deadlines), as a table or JSON.  Exit 0
 * when nothing changed, 1 when something did (like diff(1)), 2 on usage errors, and the load
 * error's code (3 for a rule error) when a file does not load.
 * Uses: rules.h (loading without a database, default sandbox budgets), model_diff.h,
 * report_diff.h, i18n.h (messages). */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "model_diff.h"
#include "report_diff.h"
#include "rules.h"
#include "i18n.h"

static const char *format;

static const struct cli_opt OPTS[] = {
    {"format", "FMT", N_("table (default) or json"), &format, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* Loads both files; on failure prints the error and returns its exit code. */
static int load_both(char **paths, struct rules r[2])
{
    const struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    struct px_err e;
    memset(r, 0, 2 * sizeof *r);
    for (int i = 0; i < 2; i++) {
        if (rules_load(paths[i], &lim, NULL, &r[i], &e) != 0) {
            px_report(&e);
            return e.code;
        }
    }
    return 0;
}

static int compare(const struct rules r[2], int (*write)(FILE *, const struct model_diff *))
{
    struct model_diff d;
    if (model_diff(&r[0].model, &r[1].model, &d) != 0) {
        px_say(_("diff: out of memory"));
        return PX_SYSTEM;
    }
    int rc = write(stdout, &d) != 0 ? PX_SYSTEM : d.nchanges > 0 ? PX_FINDINGS : PX_OK;
    model_diff_free(&d);
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    int (*write)(FILE *, const struct model_diff *) =
        !format || !strcmp(format, "table") ? report_diff_table
        : !strcmp(format, "json")           ? report_diff_json
                                            : NULL;
    if (!write) {
        px_say(_("diff: --format: expected table or json, found '%s'"), format);
        return PX_USAGE;
    }
    struct rules r[2];
    int rc = load_both(args, r);
    if (rc == 0)
        rc = compare(r, write);
    rules_free(&r[0]);
    rules_free(&r[1]);
    return rc;
}

const struct cli_cmd CMD_DIFF = {
    "diff", "RULES_A RULES_B", 2, 2,
    N_("show what changed from one rule file to another: nodes, maxima, scales, agencies, "
       "deadlines"),
    OPTS, run};
