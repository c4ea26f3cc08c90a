/* report_csv_annex.c — the score report as CSV (see report_annex.h): one record per unit and
 * node, Loại | Mã đơn vị | Đơn vị | the report's columns, points with 2 places, for Excel set
 * to Vietnamese (BOM, ';', decimal comma) or plain for programs (',', decimal point), written
 * by report_csv_record() (RFC 4180, text that would run as a formula neutralised).
 * Uses: report_annex.h, report_csv_record.h, report_out.h, i18n.h (N_). */
#include "report_annex.h"

#include "i18n.h"
#include "report_csv_record.h"
#include "report_out.h"

enum { NUNIT = 3, NCELLS = NUNIT + ANNEX_NCOLS };

static int write_csv(FILE *out, const struct annex *a, enum annex_for f, enum csv_style style)
{
    const char *head[NCELLS] = {"Loại", "Mã đơn vị", "Đơn vị"};
    unsigned char number[NCELLS] = {0};
    for (int c = 0; c < ANNEX_NCOLS; c++) {
        head[NUNIT + c] = annex_head[c];
        number[NUNIT + c] = annex_right[c];
    }
    report_csv_begin(out, style);
    report_csv_record(out, style, NCELLS, head, NULL);
    enum annex_numbers numbers = style == CSV_PLAIN ? ANNEX_POINT : ANNEX_COMMA;
    char buf[ANNEX_NCOLS][64];
    for (size_t i = 0; i < a->nunits; i++) {
        const struct annex_unit *au = &a->units[i];
        const char *cells[NCELLS] = {au->u->kind ? au->u->kind : "", au->u->code, au->u->name};
        for (size_t k = 0; k < au->nrows; k++) {
            if (!annex_row_shown(a, &au->rows[k], f))
                continue;
            for (int c = 0; c < ANNEX_NCOLS; c++)
                cells[NUNIT + c] = annex_cell(a, &au->rows[k], (enum annex_col)c, numbers,
                                              buf[c], sizeof buf[c]);
            report_csv_record(out, style, NCELLS, cells, number);
        }
    }
    return report_out_done(out, N_("the CSV report"));
}

int report_annex_csv(FILE *out, const struct annex *a, enum annex_for f)
{
    return write_csv(out, a, f, CSV_EXCEL);
}

int report_annex_csv_plain(FILE *out, const struct annex *a, enum annex_for f)
{
    return write_csv(out, a, f, CSV_PLAIN);
}
