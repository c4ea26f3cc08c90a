/* report_csv.c — the scoreboard as CSV for Excel: points with 2 places and '.' in records
 * written by report_csv_record() (see report.h).
 * Uses: report_common.h, report_csv_record.h, report_out.h. */
#include "report.h"

#include "diag.h"
#include "report_common.h"
#include "report_csv_record.h"
#include "report_out.h"

int report_csv(FILE *out, const struct results *r)
{
    struct report_grid *g = report_grid_build(r, GRID_KIND | GRID_ALWAYS_NOTE);
    if (!g) {
        px_say("out of memory writing the CSV");
        return -1;
    }
    fputs(REPORT_CSV_BOM, out);
    report_csv_record(out, g->ncols, g->head, NULL);
    for (size_t row = 0; row < g->nrows; row++)
        report_csv_record(out, g->ncols, (const char *const *)g->cells + row * g->ncols, g->right);
    report_grid_free(g);
    return report_out_done(out, "the CSV");
}
