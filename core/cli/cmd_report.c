/* cmd_report.c — `paridx report RULES [--db FILE] --format xlsx|html|md|csv|json --out FILE
 * [--for ubnd|bnv]` (and csv-plain): scores every unit (without storing a run) and writes the score report —
 * the ranking per kind and each unit's points per node with its appraisals, evidence and
 * notes — for the Provincial People's Committee (ubnd, the default: every node) or the
 * Ministry (bnv: every leaf with its evidence).  md, csv, json and html go to stdout without
 * --out; xlsx needs --out.  A unit whose data a scale refused is listed unranked, and the
 * command ends with exit 4 once the report is written.
 * Uses: session.h, report_data.h (the evidence, submissions and survey), annex.h,
 * annex_appraisal.h (the rounds and self scores behind the final points), report_annex.h,
 * i18n.h (messages). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "annex.h"
#include "commands.h"
#include "report_annex.h"
#include "i18n.h"
#include "annex_appraisal.h"
#include "report_data.h"
#include "session.h"

static struct session_opts so;
static const char *format, *out, *audience;

static const struct cli_opt OPTS[] = {
    SESSION_CLI_OPTS(so),
    {"format", "F", N_("xlsx, html, md, csv (Excel), csv-plain or json (default: by --out's "
                       "extension, else md)"), &format, NULL},
    {"out", "FILE", N_("where to write the report (default: stdout; required for xlsx)"), &out,
     NULL},
    {"for", "WHOM", N_("ubnd (the province's annex, every node; default) or bnv (the "
                       "Ministry's, every leaf)"), &audience, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

enum { XLSX, HTML, MD, CSV, CSV_PLAIN, JSON, NFORMATS };
static const char *const FORMATS[NFORMATS] = {"xlsx", "html", "md", "csv", "csv-plain", "json"};
static int (*const WRITE[NFORMATS])(FILE *, const struct annex *, enum annex_for) = {
    [HTML] = report_annex_html, [MD] = report_annex_md, [CSV] = report_annex_csv,
    [CSV_PLAIN] = report_annex_csv_plain, [JSON] = report_annex_json};

/* The format from --format, or --out's extension, or md; NFORMATS after saying why not. */
static int pick_format(void)
{
    const char *f = format;
    if (!f) {
        const char *dot = out ? strrchr(out, '.') : NULL;
        f = "md";
        for (int i = 0; dot && i < NFORMATS; i++)
            if (!strcmp(dot + 1, FORMATS[i]))
                f = FORMATS[i];
    }
    int i = 0;
    while (i < NFORMATS && strcmp(f, FORMATS[i]))
        i++;
    if (i == NFORMATS)
        px_say(_("report: --format: expected xlsx, html, md, csv, csv-plain or json, found '%s'"),
               f);
    else if (i == XLSX && !out)
        px_say(_("report: --out FILE is required for xlsx (a workbook is not written to a "
                 "terminal)"));
    else
        return i;
    return NFORMATS;
}

/* The audience from --for; 0 or PX_USAGE after saying why not. */
static int pick_audience(enum annex_for *f)
{
    *f = ANNEX_UBND;
    if (!audience || !strcmp(audience, "ubnd"))
        return 0;
    if (!strcmp(audience, "bnv")) {
        *f = ANNEX_BNV;
        return 0;
    }
    px_say(_("report: --for: expected ubnd or bnv, found '%s'"), audience);
    return PX_USAGE;
}

/* Opens --out before any work (stdout without it), so a file that cannot be written is
 * refused at once; the xlsx writer reopens its file itself.  NULL after saying why not. */
static FILE *open_out(void)
{
    if (!out)
        return stdout;
    FILE *file = fopen(out, "wb");
    if (!file) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, out, 0, 0, _("cannot write the report: %s"), strerror(errno));
        px_report(&e);
    }
    return file;
}

static int write_report(struct session *ss, int fmt, enum annex_for f, FILE *file)
{
    struct annex a;
    struct px_err e;
    struct report_data rd;
    int rc = report_data_load(&rd, ss);
    if (rc != 0)
        return rc;
    if (annex_build(&a, &ss->results, &rd.d, &e) != 0) {
        report_data_free(&rd);
        px_report(&e);
        return e.code;
    }
    annex_appraisals(&a, &ss->sheet); /* self scores and rounds behind the final points */
    rc = (fmt == XLSX ? report_annex_xlsx(out, &a, f) : WRITE[fmt](file, &a, f)) ? PX_SYSTEM
                                                                              : PX_OK;
    annex_free(&a);
    report_data_free(&rd);
    size_t errors = results_count(&ss->results, UNIT_ERROR);
    if (rc == PX_OK && errors) {
        px_say(ngettext("%zu unit not scored for a data error (lỗi dữ liệu); `paridx run` "
                        "shows the error",
                        "%zu units not scored for a data error (lỗi dữ liệu); `paridx run` "
                        "shows the errors", errors),
               errors);
        rc = PX_DATA;
    }
    return rc;
}

static int run(char **args, int nargs)
{
    (void)nargs;
    enum annex_for f;
    int fmt = pick_format();
    if (fmt == NFORMATS || pick_audience(&f) != 0)
        return PX_USAGE;
    FILE *file = open_out();
    if (!file)
        return PX_SYSTEM;
    if (fmt == XLSX) {
        fclose(file);
        file = NULL;
    }
    struct session ss;
    int rc = session_open(&ss, args[0], &so);
    if (rc == 0) /* the annex shows what was read, and the self scores behind the points */
        rc = session_score(&ss, SESSION_KEEP_WHY | SESSION_KEEP_SHEET, NULL);
    if (rc == 0)
        rc = write_report(&ss, fmt, f, file);
    session_close(&ss);
    if (file && file != stdout && fclose(file) != 0 && rc == PX_OK) {
        px_say(_("writing %s: %s"), out, strerror(errno));
        rc = PX_SYSTEM;
    }
    if (out && rc != PX_OK && rc != PX_DATA)
        remove(out); /* no half-written report left behind */
    return rc;
}

const struct cli_cmd CMD_REPORT = {
    "report", "RULES", 1, 1,
    N_("write the score report (xlsx, html, md, csv, json) for the province or the Ministry"),
    OPTS, run};
