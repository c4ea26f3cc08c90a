/* cmd_template.c — `paridx template RULES --agency CODE [--unit CODE,…] [--db FILE]
 * --format xlsx|csv --out FILE [respondents]`: writes the form an agency fills in, for every
 * leaf it supplies, one row per unit and fact, with the current value where the data has one;
 * with `respondents`, the blank list of the survey groups it draws up.
 * Uses: session.h (rules and data, or the rule file's example), store.h (units and their
 * facts), report_template.h, report_survey_template.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup, strtok_r */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "report_survey_template.h"
#include "report_template.h"
#include "session.h"
#include "store.h"
#include "i18n.h"

static const char *db, *agency, *units_opt, *format, *out;

static const struct cli_opt OPTS[] = {
    {"agency", "CODE", N_("the agency whose form it is (required)"), &agency, NULL},
    {"unit", "CODE,…", N_("the units the form asks about (default: every unit of the data)"),
     &units_opt, NULL},
    {"db", "FILE", N_("the paridx database (default: the rule file's example, in memory)"), &db,
     NULL},
    {"format", "F", N_("xlsx or csv (default: from the --out file's extension)"), &format, NULL},
    {"out", "FILE", N_("where to write the form (required)"), &out, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

/* The format from --format or --out's extension; 1 xlsx, 0 csv, -1 after saying why not. */
static int is_xlsx(void)
{
    const char *f = format;
    if (!f) {
        const char *dot = strrchr(out, '.');
        f = dot && (!strcmp(dot, ".xlsx") || !strcmp(dot, ".csv")) ? dot + 1 : "xlsx";
    }
    if (strcmp(f, "xlsx") && strcmp(f, "csv")) {
        px_say(_("template: --format: expected xlsx or csv, found '%s'"), f);
        return -1;
    }
    return strcmp(f, "xlsx") == 0;
}

/* Adds code to the list of codes shown after an unknown one ("SNV, STP"). */
static void list_add(char *list, size_t n, const char *code)
{
    size_t used = strlen(list);
    snprintf(list + used, n - used, "%s%s", used ? ", " : "", code);
}

/* Adds unit u, with its facts, to the form's units. */
static int add_unit(struct store *s, int year, const struct unit_info *u, struct form_unit *fu,
                    size_t *n)
{
    struct px_err e;
    struct fact_info *facts;
    fu[*n] = (struct form_unit){u->code, u->kind, NULL, 0};
    if (store_facts(s, u->code, year, &facts, &fu[*n].nfacts, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    fu[(*n)++].facts = facts;
    return 0;
}

/* The units the form is for (room for nall in fu): --unit's list, else every unit. */
static int collect_units(struct store *s, int year, const struct unit_info *all, size_t nall,
                         struct form_unit *fu, size_t *n)
{
    *n = 0;
    if (!units_opt) {
        int rc = 0;
        for (size_t u = 0; u < nall && rc == 0; u++)
            rc = add_unit(s, year, &all[u], fu, n);
        return rc;
    }
    char *list = strdup(units_opt), *save = NULL, known[4096] = "";
    if (!list) {
        px_say(_("template: out of memory"));
        return PX_SYSTEM;
    }
    int rc = 0;
    for (char *code = strtok_r(list, ",", &save); code && rc == 0;
         code = strtok_r(NULL, ",", &save)) {
        size_t u = 0, twice = 0;
        while (u < nall && strcmp(all[u].code, code))
            u++;
        for (size_t i = 0; i < *n; i++)
            twice |= strcmp(fu[i].code, code) == 0;
        if (u == nall) {
            for (size_t i = 0; i < nall; i++)
                list_add(known, sizeof known, all[i].code);
            if (nall)
                px_say(_("template: no unit '%s'; the units are: %s"), code, known);
            else
                px_say(_("template: no unit '%s': the data has no units yet (paridx import --db "
                         "FILE units CSV)"), code);
            rc = PX_USAGE;
        } else if (twice) {
            px_say(_("template: --unit: expected each unit once, found %s again"), code);
            rc = PX_USAGE;
        } else {
            rc = add_unit(s, year, &all[u], fu, n);
        }
    }
    free(list);
    return rc;
}

static int write_form(const struct form *f, int xlsx)
{
    if (xlsx)
        return report_template_xlsx(out, f) ? PX_SYSTEM : PX_OK;
    FILE *file = fopen(out, "wb");
    if (!file) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, out, 0, 0, _("cannot write the form: %s"), strerror(errno));
        px_report(&e);
        return PX_SYSTEM;
    }
    int rc = report_template_csv(file, f);
    return fclose(file) != 0 || rc != 0 ? PX_SYSTEM : PX_OK;
}

static int make_form(struct session *ss, const struct agency *a, int xlsx)
{
    struct px_err e;
    struct unit_info *all;
    size_t nall, nunits = 0;
    if (store_units(ss->store, &all, &nall, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    struct form_unit *fu = calloc(nall + 1, sizeof *fu);
    int rc = fu ? collect_units(ss->store, ss->data_year, all, nall, fu, &nunits) : PX_SYSTEM;
    struct form f = {0};
    if (!fu || (rc == 0 && form_build(&f, &ss->rules.model, a, fu, nunits) != 0)) {
        px_say(_("template: out of memory"));
        rc = PX_SYSTEM;
    }
    if (rc == 0 && f.nrows == 0) {
        px_say(_("template: agency %s supplies no fact of %s for %s"), a->code,
               ss->rules.model.file, units_opt ? units_opt : _("the units of the data"));
        rc = PX_USAGE;
    }
    if (rc == 0 && (rc = write_form(&f, xlsx)) == 0) {
        char units[64];
        snprintf(units, sizeof units, ngettext("%zu unit", "%zu units", nunits), nunits);
        printf(ngettext("%s: the form of %s (%s), %zu row for %s\n",
                        "%s: the form of %s (%s), %zu rows for %s\n", f.nrows),
               out, a->code, a->name, f.nrows, units);
    }
    form_free(&f);
    for (size_t i = 0; fu && i < nunits; i++)
        store_free_facts((struct fact_info *)fu[i].facts, fu[i].nfacts);
    free(fu);
    store_free_units(all, nall);
    return rc;
}

static int run(char **args, int nargs)
{
    int respondents = nargs == 2 && !strcmp(args[1], "respondents");
    if (nargs == 2 && !respondents) {
        px_say(_("template: expected nothing or respondents after the rule file, found '%s'"),
               args[1]);
        return PX_USAGE;
    }
    if (!agency || !out) {
        px_say(_("template: %s is required"), !agency ? "--agency CODE" : "--out FILE");
        return PX_USAGE;
    }
    int xlsx = is_xlsx();
    if (xlsx < 0)
        return PX_USAGE;
    struct session_opts so = {.db = db};
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc)
        return rc;
    const struct model *m = &ss.rules.model;
    const struct agency *a = model_agency(m, agency);
    if (!a) {
        char known[4096] = "";
        for (size_t i = 0; i < m->nagencies; i++)
            list_add(known, sizeof known, m->agencies[i].code);
        px_say(_("template: no agency '%s' in %s; the agencies are: %s"), agency, m->file, known);
        rc = PX_USAGE;
    } else if (respondents) {
        rc = report_survey_template(out, xlsx, m, a) ? PX_SYSTEM : PX_OK;
    } else {
        rc = make_form(&ss, a, xlsx);
    }
    session_close(&ss);
    return rc;
}

const struct cli_cmd CMD_TEMPLATE = {
    "template", "RULES [respondents]", 1, 2,
    N_("write the form an agency fills in (xlsx or csv), importable back with `import facts`"),
    OPTS, run};
