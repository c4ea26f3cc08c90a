/* cmd_attach.c — `paridx attach RULES --db FILE --unit CODE --nodes "1.1.1; 1.2"
 * (--number N --type T --date D [--issuer I] [--title T] [--location L] | --explanation TEXT)
 * [--year Y]`: records one document of the evidence register (or an explanation of why a
 * sub-criterion has none) from the command line, in the rule file's year (or --year), in one
 * audited transaction; then says what the register's check finds wrong with the document.
 * Uses: store.h (the register), rules.h, calendar.h, docnum.h, evidence_warn.h, cli.h,
 * i18n.h (messages). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "commands.h"
#include "docnum.h"
#include "evidence_warn.h"
#include "rules.h"
#include "store.h"
#include "i18n.h"

static const char *db, *unit, *nodes, *number, *type, *issuer, *date, *title, *location,
    *explanation, *year_opt;

static const struct cli_opt OPTS[] = {
    {"db", "FILE", N_("the paridx database (it must hold the unit)"), &db, NULL},
    {"unit", "CODE", N_("the unit whose evidence it is"), &unit, NULL},
    {"nodes", "CODES", N_("the sub-criteria it supports: \"1.1.1; 1.2\""), &nodes, NULL},
    {"number", "N", N_("the document number (số hiệu): 2756/KH-UBND"), &number, NULL},
    {"type", "T", N_("the type of document: QĐ, KH, BC, CV, TB, TTr, NQ …"), &type, NULL},
    {"issuer", "CODE", N_("the issuing body (default: the number's): UBND, SNV"), &issuer, NULL},
    {"date", "DATE", N_("the date of issue (dd/mm/yyyy)"), &date, NULL},
    {"title", "TEXT", N_("the title (trích yếu)"), &title, NULL},
    {"location", "PATH", N_("where the file is: a path or a link"), &location, NULL},
    {"explanation", "TEXT", N_("instead of a document: why there is none (giải trình)"),
     &explanation, NULL},
    {"year", "Y", N_("the assessment year (default: the rule file's)"), &year_opt, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* Checks the options; fills r (dates as yyyy-mm-dd into iso).  0, or an exit code after saying
 * why. */
static int read_row(struct evidence_row *r, char iso[11])
{
    if (!db || !unit || !nodes) {
        px_say(_("attach: --db, --unit and --nodes are required"));
        return PX_USAGE;
    }
    if (!number == !explanation) {
        px_say(_("attach: give either --number (with --type and --date) or --explanation"));
        return PX_USAGE;
    }
    if (number && (!type || !date)) {
        px_say(_("attach: a document needs --type and --date besides --number"));
        return PX_USAGE;
    }
    struct px_err e;
    struct px_date d;
    if (date && date_parse(date, &d, &e) != 0) {
        px_say(_("attach: --date: %s"), e.msg);
        return PX_DATA;
    }
    if (date)
        date_iso(d, iso);
    char why[200];
    int rc = evidence_nodes_parse(nodes, r, why, sizeof why);
    if (rc == -1) {
        px_say(_("attach: --nodes: expected the codes of the sub-criteria the document "
               "supports, such as \"1.1.1; 2.3\", found '%s' (%s)"), nodes, why);
        return PX_DATA;
    }
    if (rc == -2) {
        px_say(_("attach: out of memory"));
        return PX_SYSTEM;
    }
    r->unit = (char *)unit;
    r->number = (char *)number;
    r->type = (char *)type;
    r->issuer = (char *)issuer;
    r->issued = date ? iso : NULL;
    r->title = (char *)title;
    r->location = (char *)location;
    r->explanation = (char *)explanation;
    r->source = (char *)"attach";
    return 0;
}

/* Writes the row in one transaction; 0 or an exit code after saying why. */
static int record(struct store *s, const struct evidence_row *r)
{
    struct px_err e;
    int known = store_has_unit(s, r->unit, &e);
    if (known == 0)
        px_err_set(&e, PX_DATA, _("%s: no unit has the code '%s' (import it with paridx import "
                   "--db %s units FILE)"), db, r->unit, db);
    if (known != 1 || store_begin(s, &e) != 0)
        goto fail;
    if (store_put_evidence(s, r, "attach", &e) != 0 || store_commit(s, &e) != 0) {
        store_rollback(s);
        goto fail;
    }
    return 0;
fail:
    px_report(&e);
    return e.code;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    struct evidence_row r = {0};
    char iso[11] = "";
    int year = 0, rc = read_row(&r, iso);
    if (rc == 0 && year_opt && cli_year("year", year_opt, &year))
        rc = PX_USAGE;
    struct px_err e;
    struct store *s = rc ? NULL : store_open(db, STORE_WRITE, &e);
    if (rc == 0 && !s) {
        px_report(&e);
        rc = e.code;
    }
    struct rules rl = {0};
    struct sandbox_limits lim = SANDBOX_DEFAULT_LIMITS;
    if (rc == 0 && rules_load(args[0], &lim, s, &rl, &e) != 0) {
        px_report(&e);
        rc = e.code;
    }
    r.year = year ? year : rl.model.year;
    if (rc == 0)
        rc = record(s, &r);
    if (rc == 0 && number)
        printf(_("%s: document %s recorded for %d\n"), unit, number, r.year);
    else if (rc == 0)
        printf(_("%s: explanation for %s recorded for %d\n"), unit, nodes, r.year);
    if (rc == 0 && number)
        rc = evidence_warn(s, &rl.model, r.year, unit, r.source, number);
    for (size_t i = 0; i < r.nnodes; i++)
        free(r.nodes[i]);
    free(r.nodes);
    rules_free(&rl);
    store_close(s);
    return rc;
}

const struct cli_cmd CMD_ATTACH = {
    "attach", "RULES", 1, 1,
    N_("record a document of the evidence register (or why there is none) for a unit"),
    OPTS, run};
