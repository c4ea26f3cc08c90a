/* cmd_run.c — `paridx run RULES`: score every unit, save the run (not with --no-save, which
 * also reads a database it may not write), print the scoreboard as a table, CSV or JSON (every unit of the assessed kinds, or those of one kind with --kind),
 * and say which facts the rules read that the data lacks (all of them with --missing: how
 * one year's data fares under another year's rules).  A unit whose data a scale refused is
 * listed as lỗi dữ liệu and the run ends with exit 4 (with --missing too).  --stage self
 * scores the self-assessment alone, final (the default) with the council's appraisals.
 * Uses: session.h, report.h, report_common.h (errors named), report_missing.h,
 * i18n.h (messages). */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "report_common.h"
#include "report_missing.h"
#include "report.h"
#include "session.h"
#include "i18n.h"

static struct session_opts so = {.saves = 1};
static const char *unit, *kind, *format;
static int missing, no_save;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"unit", "CODE", N_("show only this unit (ranked among its kind)"), &unit, NULL},
    {"kind", "CODE", N_("show only the units of this kind (unit_kind code)"), &kind, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"),
     &format, NULL},
    {"stage", "STAGE", N_("final (default: each latest appraisal, else the self score) or self"),
     &so.stage, NULL},
    {"missing", NULL,
     N_("list the facts the rules read that the data lacks, instead of the scores"),
     NULL, &missing},
    {"no-save", NULL, N_("do not store the run in the database (which may then be read-only)"),
     NULL, &no_save},
    {NULL, NULL, NULL, NULL, NULL}};

static const char *const FORMATS[] = {"table", "csv", "csv-plain", "json"};
static const char *const ERRORS_SHOWN[] = {N_("below the table"), NULL, NULL,
                                           N_("in \"errors\"")};
#define NFORMATS (sizeof FORMATS / sizeof FORMATS[0])

/* 0 when the index declares the kind --kind, else PX_USAGE after naming those it does. */
static int known_kind(const struct model *m)
{
    if (model_kind(m, kind))
        return 0;
    char list[512] = "";
    for (size_t i = 0, used = 0; i < m->nkinds && used < sizeof list; i++)
        used += (size_t)snprintf(list + used, sizeof list - used, " %s (%s)", m->kinds[i].code,
                                 m->kinds[i].name);
    if (m->nkinds)
        px_say(_("run: --kind: %s declares no unit kind '%s'; its kinds are:%s"), m->file, kind,
               list);
    else
        px_say(_("run: --kind: %s declares no unit kind '%s', nor any other"), m->file, kind);
    return PX_USAGE;
}

/* Narrows *shown to the units of --kind, a kind of m (they are together: results sort by
 * kind). */
static void only_kind(const struct model *m, struct results *shown)
{
    size_t order = results_kind_order(m, kind), from = 0, n = 0;
    while (from < shown->nunits && shown->units[from].kind_order != order)
        from++;
    while (from + n < shown->nunits && shown->units[from + n].kind_order == order)
        n++;
    shown->units += from;
    shown->nunits = n;
}

/* Narrows *shown to the unit --unit; 0, or PX_USAGE after naming the units there are. */
static int only_unit(const struct session *ss, struct results *shown)
{
    int i = session_unit(ss, unit);
    if (i < 0)
        return PX_USAGE;
    struct unit_result *u = ss->results.units + i;
    if (u < shown->units || u >= shown->units + shown->nunits) {
        px_say(_("run: unit %s is of the kind '%s', not '%s'"), unit, u->kind ? u->kind : "", kind);
        return PX_USAGE;
    }
    shown->units = u;
    shown->nunits = 1;
    return 0;
}

/* The data errors of the units shown: one line pointing at them when the output holds them
 * (`where`: the table, JSON), otherwise each on stderr (CSV has no room for them, --missing
 * is about something else).  PX_DATA when there was one, else PX_OK. */
static int data_errors(const struct results *shown, const char *where)
{
    size_t n = results_count(shown, UNIT_ERROR);
    if (!n)
        return PX_OK;
    if (where) {
        px_say(ngettext("%zu unit not scored for a data error (lỗi dữ liệu); the error is %s",
                        "%zu units not scored for a data error (lỗi dữ liệu); the errors are %s",
                        n), n, where);
        return PX_DATA;
    }
    for (size_t i = 0; i < shown->nunits; i++)
        if (shown->units[i].status == UNIT_ERROR) {
            struct px_err e;
            report_unit_error(shown, &shown->units[i], &e);
            px_report(&e);
        }
    return PX_DATA;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    size_t fmt = 0;
    while (format && fmt < NFORMATS && strcmp(format, FORMATS[fmt]))
        fmt++;
    if (fmt == NFORMATS) {
        px_say(_("run: --format: expected table, csv, csv-plain or json, found '%s'"), format);
        return PX_USAGE;
    }
    int (*const write[NFORMATS])(FILE *, const struct results *) = {
        report_table, report_csv, report_csv_plain, report_json};
    struct session ss;
    so.saves = !no_save;
    int rc = session_open(&ss, args[0], &so);
    if (rc == 0 && kind)
        rc = known_kind(&ss.rules.model);
    if (rc == 0)
        rc = session_score(&ss, (no_save || !so.db ? 0 : SESSION_SAVE) | /* the example in */
                                    (missing ? SESSION_KEEP_WHY : 0), /* memory: nothing kept */
                           NULL);
    struct results shown = ss.results;
    if (rc == 0 && kind)
        only_kind(&ss.rules.model, &shown);
    if (rc == 0 && unit)
        rc = only_unit(&ss, &shown);
    if (rc == 0 && missing) {
        rc = report_missing(stdout, &shown, (enum missing_format)fmt) != 0
                 ? PX_SYSTEM
                 : data_errors(&shown, NULL);
    } else if (rc == 0) {
        missing_summary(&shown);
        const char *shown_where = ERRORS_SHOWN[fmt] ? gettext(ERRORS_SHOWN[fmt]) : NULL;
        rc = write[fmt](stdout, &shown) != 0 ? PX_SYSTEM : data_errors(&shown, shown_where);
    }
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_RUN = {
    "run", "RULES", 1, 1, N_("score every unit with the rule file and print the scoreboard"),
    OPTS, run};
