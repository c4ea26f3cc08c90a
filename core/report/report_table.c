/* report_table.c — the scoreboard as an aligned text table for the terminal
 * (see report.h): one table per kind of unit under its Vietnamese name when the index has
 * several, then the data errors.  Columns are padded by display width, so "Điện Biên Phủ"
 * and "Lai Châu" line up; control characters in names and titles show as escapes (text_pad).
 * Uses: report_common.h (the grid, the date), report_sheet.h (the aligned grid), report_out.h,
 * text.h, diag.h (errors as shown), i18n.h (messages). */
#include "report.h"

#include <stdlib.h>

#include "diag.h"
#include "report_common.h"
#include "report_out.h"
#include "report_sheet.h"
#include "text.h"
#include "i18n.h"

static void write_title(FILE *out, const struct results *r)
{
    const char *title = r->model->title ? r->model->title : "Kết quả";
    text_printf(out, "%s — %zu đơn vị", title, r->nunits);
    report_as_of(out, r->as_of);
    if (r->data_year && r->data_year != r->model->year)
        fprintf(out, " — dữ liệu năm %d", r->data_year);
    if (r->self_stage)
        fputs(" — điểm tự đánh giá", out);
    fputs("\n\n", out);
}

/* The table of r's units (all of one kind, or the index has one); 0 or -1 out of memory. */
static int write_table(FILE *out, const struct results *r)
{
    struct report_grid *g = report_grid_build(r, 0);
    int rc = g ? report_sheet_write(out, g, SHEET_TABLE) : -1;
    report_grid_free(g);
    return rc;
}

/* Every unit's data error, as the stderr message would say it. */
static void write_errors(FILE *out, const struct results *r)
{
    int first = 1;
    for (size_t i = 0; i < r->nunits; i++) {
        if (r->units[i].status != UNIT_ERROR)
            continue;
        struct px_err e;
        char shown[sizeof e.file + sizeof e.msg + 32];
        report_unit_error(r, &r->units[i], &e);
        if (first)
            fputs("\nLỗi dữ liệu:\n", out);
        first = 0;
        text_printf(out, "%s\n", px_err_format(&e, shown, sizeof shown));
    }
}

int report_table(FILE *out, const struct results *r)
{
    write_title(out, r);
    int rc = r->nunits ? 0 : write_table(out, r); /* no unit: the headings alone */
    for (size_t i = 0; i < r->nunits && rc == 0;) { /* one kind at a time */
        struct results kind = *r;
        kind.units += i;
        for (kind.nunits = 0; i < r->nunits && r->units[i].kind_order == kind.units->kind_order;
             i++)
            kind.nunits++;
        const struct unit_kind *k = kind.units->kind_order < r->model->nkinds
                                        ? &r->model->kinds[kind.units->kind_order] : NULL;
        if (k && r->model->nkinds > 1)
            text_printf(out, "%s%s — %zu đơn vị\n\n", kind.units == r->units ? "" : "\n",
                        k->name, kind.nunits);
        rc = write_table(out, &kind);
    }
    if (rc != 0) {
        px_say(_("out of memory writing the table"));
        return -1;
    }
    write_errors(out, r);
    return report_out_done(out, N_("the table"));
}
