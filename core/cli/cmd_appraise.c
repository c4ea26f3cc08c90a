/* cmd_appraise.c — `paridx appraise RULES --db FILE --unit CODE …`: the appraisal council's
 * points for one sub-criterion of one unit in the rule file's year, set from the command line:
 * `--node N --round 1|2 --points P --reason TEXT`, the unit's explanation `--node N
 * --explanation TEXT`, or `--close` (the final round is over: the unit's results are locked).
 * Every change is audited with who (`--by`, else $USER) and the command; a closed unit changes
 * only with --force, which the audit log records.
 * Uses: rules.h (the sub-criteria and maxima), import_dict.h (the same checks as an import of
 * appraisals), store.h, store_appraisal.h, fact.h (points as typed: 0,5 or 0.5), calendar.h,
 * i18n.h (messages). */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "commands.h"
#include "fact.h"
#include "i18n.h"
#include "import_dict.h"
#include "rules.h"
#include "store.h"
#include "store_appraisal.h"

static const char *db, *unit, *node, *round_opt, *points_opt, *reason, *explanation, *by;
static int force, close_unit;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (required)"), &db, NULL},
    {"unit", "CODE", N_("the unit appraised (required)"), &unit, NULL},
    {"node", "CODE", N_("the sub-criterion (with --round or --explanation)"), &node, NULL},
    {"round", "N", N_("the appraisal round, 1 or 2 (with --points and --reason)"), &round_opt, NULL},
    {"points", "P", N_("the points the council gives (0,5 or 0.5), at most the maximum"), &points_opt,
     NULL},
    {"reason", "TEXT", N_("why the council gives these points"), &reason, NULL},
    {"explanation", "TEXT", N_("the unit's explanation (giải trình) of the sub-criterion after "
     "round 1"), &explanation, NULL},
    {"close", NULL, N_("close the unit's results after the final round (later changes need "
     "--force)"), NULL, &close_unit},
    {"force", NULL, N_("change a closed unit; the audit log records it"), NULL, &force},
    {"by", "NAME", N_("who makes the change, for the audit log (default: $USER)"), &by, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

#define SOURCE "paridx appraise"

/* The one change the options ask for, checked against the rule file: 0 with *a filled, or
 * PX_USAGE / PX_DATA after saying why. */
static int read_change(const struct model *m, struct appraisal_row *a)
{
    int rounds = round_opt != NULL, explains = explanation != NULL;
    if (rounds + explains + close_unit != 1) {
        px_say(_("appraise: expected one of --round (with --points and --reason), --explanation "
               "or --close"));
        return PX_USAGE;
    }
    if (close_unit)
        return 0;
    char why[700];
    if (!node) {
        px_say(_("appraise: --node CODE is required with --round and --explanation"));
        return PX_USAGE;
    }
    if (import_dict_node(m, node, -1, why, sizeof why) != 0) {
        px_say(_("appraise: --node: %s"), why);
        return PX_USAGE;
    }
    *a = (struct appraisal_row){unit, node, m->year, 0, 0, explanation, SOURCE, force};
    if (explains)
        return explanation[0] ? 0 : (px_say(_("appraise: --explanation: expected the unit's "
                                            "explanation, found nothing")), PX_USAGE);
    if (strcmp(round_opt, "1") && strcmp(round_opt, "2")) {
        px_say(_("appraise: --round: expected 1 or 2, found '%s'"), round_opt);
        return PX_USAGE;
    }
    a->round = round_opt[0] - '0';
    struct fact_value v;
    struct px_err e;
    if (!points_opt || !reason || !reason[0]) {
        px_say(_("appraise: --round needs --points and --reason (why the council gives them)"));
        return PX_USAGE;
    }
    if (fact_parse(points_opt, &v, &e) != 0 || v.type != FACT_NUMBER || v.num < 0) {
        px_say(_("appraise: --points: expected the points the council gives (a number such as "
               "0,5), found '%s'"), points_opt);
        return PX_USAGE;
    }
    if (import_dict_node(m, node, v.num, why, sizeof why) != 0) {
        px_say(_("appraise: --points: %s"), why);
        return PX_DATA;
    }
    a->points = v.num;
    a->text = reason;
    return 0;
}

/* Writes the change in one transaction; 0, -1 when the unit was closed already (said), or
 * an exit code after saying why. */
static int write_change(struct store *s, const struct appraisal_row *a, int year)
{
    struct px_err e;
    char at[20], vn[11];
    int known = store_has_unit(s, unit, &e);
    if (known == 0) {
        px_say(_("appraise: %s has no unit '%s' (import units first)"), db, unit);
        return PX_DATA;
    }
    int rc = known < 0 || store_begin(s, &e) != 0 ? -1
             : close_unit ? store_close_unit(s, unit, year, SOURCE, at, &e)
                          : store_put_appraisal(s, a, at, &e);
    if (rc == 0 && store_commit(s, &e) == 0)
        return 0;
    store_rollback(s);
    if (rc < 0 || rc == 0) {
        px_report(&e);
        return e.code;
    }
    if (close_unit) {
        px_say(_("appraise: the results of unit %s for %d were closed already on %s, nothing "
               "changed"), unit, year, date_vn_of(at, vn));
        return -1; /* not an error */
    }
        px_say(_("appraise: the results of unit %s for %d were closed on %s: changing them needs "
               "--force, which the audit log records"), unit, year, date_vn_of(at, vn));
    return PX_DATA;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    if (!db || !unit) {
        px_say(_("appraise: --db FILE and --unit CODE are required"));
        return PX_USAGE;
    }
    struct px_err e;
    struct store *s = store_open(db, STORE_WRITE, &e);
    if (!s) {
        px_report(&e);
        return e.code;
    }
    struct rules rl = {0};
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    struct appraisal_row a = {0};
    int rc;
    if (rules_load(args[0], &lim, s, &rl, &e) != 0) {
        px_report(&e);
        rc = e.code;
    } else {
        rc = read_change(&rl.model, &a);
    }
    store_set_actor(s, cli_actor(by));
    if (rc == 0)
        rc = write_change(s, &a, rl.model.year);
    if (rc == 0 && close_unit)
        printf(_("%s: the results of %d are closed\n"), unit, rl.model.year);
    else if (rc == 0)
        printf(a.round == 1   ? _("%s %s: round 1 recorded\n")
               : a.round == 2 ? _("%s %s: round 2 recorded\n")
                              : _("%s %s: the explanation recorded\n"),
               unit, node);
    rc = rc < 0 ? PX_OK : rc;
    rules_free(&rl);
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_APPRAISE = {
    "appraise", "RULES", 1, 1,
    N_("record the appraisal council's points (round 1 or 2), a unit's explanation, or close a "
       "unit's results"),
    OPTS, run};
