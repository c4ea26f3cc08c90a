/* report_csv.c — the scoreboard as CSV (see report.h): for Excel set to Vietnamese (decimal
 * comma, ';', BOM) or plain for programs (decimal point, ','), records written by
 * report_csv_record().
 * Uses: report_common.h, report_csv_record.h, report_out.h, i18n.h (messages). */
#include "report.h"

#include "diag.h"
#include "report_common.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "i18n.h"

static int write_csv(FILE *out, const struct results *r, enum csv_style style)
{
    unsigned flags = GRID_KIND | GRID_ALWAYS_NOTE | (style == CSV_PLAIN ? GRID_POINT : 0);
    struct report_grid *g = report_grid_build(r, flags);
    if (!g) {
        px_say(_("out of memory writing the CSV"));
        return -1;
    }
    report_csv_begin(out, style);
    report_csv_record(out, style, g->ncols, g->head, NULL);
    for (size_t row = 0; row < g->nrows; row++)
        report_csv_record(out, style, g->ncols, (const char *const *)g->cells + row * g->ncols,
                          g->right);
    report_grid_free(g);
    return report_out_done(out, N_("the CSV"));
}

int report_csv(FILE *out, const struct results *r)
{
    return write_csv(out, r, CSV_EXCEL);
}

int report_csv_plain(FILE *out, const struct results *r)
{
    return write_csv(out, r, CSV_PLAIN);
}
