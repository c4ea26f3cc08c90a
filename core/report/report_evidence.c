/* report_evidence.c — the evidence register's findings as a table, CSV or JSON (see
 * report_evidence.h).  Uses: text.h (widths, controls made visible), json_out.h,
 * report_csv_record.h, report_out.h, i18n.h (messages). */
#include "report_evidence.h"

#include <string.h>

#include "json_out.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"
#include "i18n.h"

enum { NCOLS = 8 };
static const char *const HEAD[NCOLS] = {"Cơ quan chủ trì", "Đơn vị", "Tiêu chí", "Tình trạng",
                                        "Tài liệu", "Vấn đề", "Cần", "Nguồn"};

/* The cells of finding f, in HEAD's order. */
static void cells(const struct evidence_finding *f, const char *c[NCOLS])
{
    c[0] = f->agency;
    c[1] = f->unit;
    c[2] = f->node;
    c[3] = evidence_problem_name(f->problem);
    c[4] = f->document ? f->document : "";
    c[5] = f->why;
    c[6] = f->needs;
    c[7] = f->source ? f->source : "";
}

static const char *agency_name(const struct model *m, const char *code)
{
    const struct agency *a = model_agency(m, code);
    return a ? a->name : "";
}

static void write_table(FILE *out, const struct model *m, int year,
                        const struct evidence_findings *f)
{
    size_t w[5] = {0}; /* the aligned columns: Đơn vị … Tài liệu, from HEAD[1] */
    const char *c[NCOLS];
    for (int k = 0; k < 4; k++)
        w[k] = text_width(HEAD[k + 1]);
    for (size_t i = 0; i < f->n; i++) {
        cells(&f->items[i], c);
        for (int k = 0; k < 4; k++)
            if (text_width(c[k + 1]) > w[k])
                w[k] = text_width(c[k + 1]);
    }
    text_printf(out, "Tài liệu kiểm chứng năm %d theo %s\n", year, m->file);
    if (!f->n) {
        fputs("Không có tiêu chí nào thiếu tài liệu, có tài liệu không hợp lệ hay đáng ngờ.\n",
              out);
        return;
    }
    for (size_t i = 0; i < f->n; i++) {
        cells(&f->items[i], c);
        if (i == 0 || strcmp(f->items[i - 1].agency, c[0])) {
            if (c[0][0])
                text_printf(out, "\nCơ quan chủ trì: %s — %s\n", c[0], agency_name(m, c[0]));
            else
                text_printf(out, "\nKhông có cơ quan chủ trì\n");
            fputs("  ", out);
            for (int k = 0; k < 4; k++) {
                text_pad(out, HEAD[k + 1], w[k], 0);
                fputs("  ", out);
            }
            text_printf(out, "%s\n", HEAD[5]);
        }
        fputs("  ", out);
        for (int k = 0; k < 4; k++) {
            text_pad(out, c[k + 1], w[k], 0);
            fputs("  ", out);
        }
        text_printf(out, "%s\n", c[5]);
        if (c[6][0]) {
            fputs("  ", out);
            text_pad(out, "", w[0] + w[1] + w[2] + w[3] + 8, 0);
            text_printf(out, "cần: %s\n", c[6]);
        }
    }
}

static void write_csv(FILE *out, const struct evidence_findings *f, enum csv_style style)
{
    const char *c[NCOLS];
    report_csv_begin(out, style);
    report_csv_record(out, style, NCOLS, HEAD, NULL);
    for (size_t i = 0; i < f->n; i++) {
        cells(&f->items[i], c);
        report_csv_record(out, style, NCOLS, c, NULL);
    }
}

static void write_json(FILE *out, const struct model *m, int year,
                       const struct evidence_findings *f)
{
    static const char *const KEYS[NCOLS] = {"agency",   "unit",    "node",  "status",
                                            "document", "problem", "needs", "source"};
    const char *c[NCOLS];
    fputs("{\"rules\":", out);
    json_string(out, m->file);
    fprintf(out, ",\"year\":%d,\"findings\":[", year);
    for (size_t i = 0; i < f->n; i++) {
        cells(&f->items[i], c);
        fputs(i ? ",{" : "{", out);
        for (int k = 0; k < NCOLS; k++) {
            fprintf(out, "%s\"%s\":", k ? "," : "", KEYS[k]);
            if ((k == 4 && !f->items[i].document) || (k == 7 && !f->items[i].source))
                fputs("null", out);
            else
                json_string(out, c[k]);
        }
        fputs("}", out);
    }
    fputs("]}\n", out);
}

int report_evidence(FILE *out, const struct model *m, int year,
                    const struct evidence_findings *f, enum evidence_format format)
{
    if (format == EVIDENCE_CSV || format == EVIDENCE_CSV_PLAIN)
        write_csv(out, f, format == EVIDENCE_CSV ? CSV_EXCEL : CSV_PLAIN);
    else if (format == EVIDENCE_JSON)
        write_json(out, m, year, f);
    else
        write_table(out, m, year, f);
    return report_out_done(out, _("the evidence report"));
}
