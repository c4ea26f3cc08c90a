/* report_template_csv.c — the agency form as CSV (see report_template.h): the columns of
 * form.h, so that `paridx import facts` reads it back as it is once the value column is
 * filled.  Uses: report_template.h, report_csv_record.h (CSV lines), form.h, fact.h, report_out.h,
 * i18n.h (N_). */
#include <stdio.h>

#include "form.h"
#include "i18n.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "report_template.h"

int report_template_csv(FILE *out, const struct form *f)
{
    report_csv_begin(out, CSV_EXCEL);
    report_csv_record(out, CSV_EXCEL, FORM_NCOLUMNS, FORM_HEADER, NULL);
    for (size_t i = 0; i < f->nrows; i++) {
        const struct form_row *r = &f->rows[i];
        struct form_cells c;
        form_row_cells(r, &c);
        unsigned char number[FORM_NCOLUMNS] = {0};
        number[FORM_VALUE] = r->current && r->current->value.type == FACT_NUMBER;
        report_csv_record(out, CSV_EXCEL, FORM_NCOLUMNS, c.text, number);
    }
    return report_out_done(out, N_("the form"));
}
