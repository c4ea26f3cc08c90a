/* report_template_csv.c — the agency form as CSV (see report_template.h): the columns of
 * form.h, so that `paridx import facts` reads it back as it is once the value column is
 * filled.  Uses: report_template.h, report_common.h (CSV lines), form.h, fact.h, report_out.h. */
#include <stdio.h>

#include "form.h"
#include "report_common.h"
#include "report_out.h"
#include "report_template.h"

int report_template_csv(FILE *out, const struct form *f)
{
    fputs("\xEF\xBB\xBF", out);
    report_csv_record(out, FORM_NCOLUMNS, FORM_HEADER, NULL);
    for (size_t i = 0; i < f->nrows; i++) {
        const struct form_row *r = &f->rows[i];
        char allowed[512], value[300] = "";
        if (r->current)
            fact_show(r->current, value, sizeof value);
        const char *cells[FORM_NCOLUMNS] = {
            [FORM_UNIT] = r->unit->code,     [FORM_NODE] = r->leaf->code,
            [FORM_TITLE] = r->leaf->title,   [FORM_LABEL] = r->label,
            [FORM_FACT] = r->fact,           [FORM_TYPE] = form_type_words(r->type),
            [FORM_ALLOWED] = form_allowed(r, allowed, sizeof allowed),
            [FORM_MEASURE] = r->measure ? r->measure : "",
            [FORM_EVIDENCE] = r->leaf->evidence ? r->leaf->evidence : "",
            [FORM_VALUE] = value,            [FORM_NOTE] = "",
            [FORM_DOCUMENT] = ""};
        unsigned char number[FORM_NCOLUMNS] = {0};
        number[FORM_VALUE] = r->current && r->current->type == FACT_NUMBER;
        report_csv_record(out, FORM_NCOLUMNS, cells, number);
    }
    return report_out_done(out, "the form");
}
