/* cmd_evidence.c — `paridx evidence RULES [--db FILE] [--data-year Y] [--agency CODE]
 * [--unit CODE] [--format table|csv|json]`: per lead agency, the sub-criteria whose evidence
 * is missing, invalid or suspicious (or replaced by an explanation) for each unit, and what
 * each needs.  Without --db, the rule file's example (with its evidence.csv) in memory.
 * Exits 1 when there is something to fix, 0 when not.
 * Uses: session.h (the database or example, the rules), store.h (units, the register),
 * evidence_check.h, report_evidence.h, i18n.h (messages). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "evidence_check.h"
#include "report_evidence.h"
#include "session.h"
#include "store.h"
#include "i18n.h"

static struct session_opts so;
static const char *agency, *unit, *format;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"), &so.db,
     NULL},
    {"data-year", "Y", N_("the register of assessment year Y (default: the rule file's year)"),
     &so.data_year, NULL},
    {"agency", "CODE", N_("only the sub-criteria this agency leads"), &agency, NULL},
    {"unit", "CODE", N_("only this unit"), &unit, NULL},
    {"format", "FMT", N_("table (default), csv (for Excel), csv-plain (for programs) or json"),
     &format, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* The findings of one unit, those of --agency only. */
static int unit_findings(const struct session *ss, const struct unit_info *u,
                         struct evidence_findings *f, struct px_err *e)
{
    struct evidence_row *rows;
    size_t n, before = f->n;
    if (store_evidence(ss->store, ss->data_year, u->code, &rows, &n, e) != 0)
        return -1;
    int rc = evidence_findings(&ss->rules.model, ss->data_year, u->code, u->kind, rows, n, f, e);
    if (rc == 0 && agency) { /* keep only --agency's, in place */
        size_t kept = before;
        for (size_t i = before; i < f->n; i++)
            if (!strcmp(f->items[i].agency, agency))
                f->items[kept++] = f->items[i];
            else {
                free(f->items[i].why);
                free(f->items[i].needs);
            }
        f->n = kept;
    }
    if (rc == 0) /* the findings borrow the rows' texts: f keeps them for the report */
        return evidence_keep_rows(f, rows, n, e);
    evidence_rows_free(rows, n);
    return rc;
}

static int report(struct session *ss, enum evidence_format fmt)
{
    const struct model *m = &ss->rules.model;
    struct px_err e;
    struct unit_info *units;
    size_t nunits, shown = 0;
    if (store_units(ss->store, &units, &nunits, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    struct evidence_findings f = {0};
    int rc = 0;
    for (size_t i = 0; i < nunits && rc == 0; i++) {
        if ((m->nkinds && !model_kind(m, units[i].kind)) || (unit && strcmp(unit, units[i].code)))
            continue;
        shown++;
        rc = unit_findings(ss, &units[i], &f, &e);
    }
    if (rc != 0) {
        px_report(&e);
        rc = e.code;
    } else if (unit && !shown) {
        px_say(_("evidence: no unit of the kinds %s assesses has the code '%s'"), m->file, unit);
        rc = PX_USAGE;
    } else {
        evidence_findings_sort(&f);
        rc = report_evidence(stdout, m, ss->data_year, &f, fmt) != 0 ? PX_SYSTEM
             : f.n                                                ? PX_FINDINGS
                                                                  : PX_OK;
    }
    evidence_findings_free(&f);
    store_free_units(units, nunits);
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    int fmt = cli_table_format(format);
    if (fmt < 0) {
        px_say(_("evidence: --format: expected table, csv, csv-plain or json, found '%s'"), format);
        return PX_USAGE;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc)
        return rc;
    if (agency && !model_agency(&ss.rules.model, agency)) {
        px_say(_("evidence: --agency: %s declares no agency '%s'"), ss.rules.model.file, agency);
        rc = PX_USAGE;
    }
    if (rc == 0)
        rc = report(&ss, (enum evidence_format)fmt);
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_EVIDENCE = {
    "evidence", "RULES", 1, 1,
    N_("list, per lead agency, the sub-criteria whose evidence is missing, invalid or "
       "suspicious, and what each needs"),
    OPTS, run};
