/* report_template.h — the form an agency fills in (`paridx template`): which facts it
 * supplies, for which units, with what the rule file says about each, and the current value
 * when the data has one; written as CSV (importable as it is by `paridx import facts`) or as
 * an .xlsx workbook with drop-down lists, validation, locked labels and a sheet of
 * instructions ("Hướng dẫn").
 * Provides struct form_unit, struct form_row, struct form, form_build(), form_free(),
 * form_type_words(), form_range(), form_allowed(), struct form_cells, form_row_cells(),
 * report_template_csv(), report_template_xlsx().  Uses: model.h, fact.h, form.h. */
#ifndef PARIDX_REPORT_TEMPLATE_H
#define PARIDX_REPORT_TEMPLATE_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "fact.h"
#include "form.h"
#include "model.h"

/* A unit the form is for, and the facts the data has for it (may be none). */
struct form_unit {
    const char *code, *kind;
    const struct fact_info *facts;
    size_t nfacts;
};

/* One line of the form: a fact of a leaf the agency supplies, for one unit. */
struct form_row {
    const struct form_unit *unit;
    const struct node *leaf;
    const char *fact;    /* its code */
    const char *label;   /* Vietnamese, from the dictionary; "" when not declared */
    const char *type;    /* fact_types.h name: the dictionary's, else the scale's */
    const char *values;  /* allowed words "a|b|c", or NULL */
    const char *measure; /* unit of measure, or NULL */
    double min, max;     /* allowed range of numbers, when has_min / has_max */
    int has_min, has_max;
    const struct fact_info *current; /* what the data has (value, note), or NULL */
};

struct form {
    const struct model *m;
    const struct agency *agency;
    struct form_row *rows; /* leaf by leaf in tree order, then fact, then unit */
    size_t nrows, cap;
};

/* Collects the rows for agency (a code the model declares) and units: for every scored
 * leaf (the survey's excepted) whose fact the agency supplies — the dictionary's agency for
 * the fact, else the leaf's lead — one row per unit the leaf applies to and fact (a fact read
 * by several leaves comes once, under the first).  0, or -1 when out of memory. */
int form_build(struct form *f, const struct model *m, const struct agency *agency,
               const struct form_unit *units, size_t nunits);
void form_free(struct form *f);

/* "tỷ lệ (%)", "có/không", …: the type as the form shows it. */
const char *form_type_words(const char *type);
/* The allowed range of a number: the dictionary's, a share's 0..1, points' 0..leaf max. */
void form_range(const struct form_row *r, double *min, double *max, int *has_min,
                int *has_max);
/* The allowed values in words ("có, không", "từ 0% đến 100%", "từ 0 đến 0,5 điểm") into buf. */
const char *form_allowed(const struct form_row *r, char *buf, size_t n);

/* The texts of a row's cells, column by column (form.h); value and note are "" on a form
 * without data.  text[] points into the struct itself or into the row. */
struct form_cells {
    const char *text[FORM_NCOLUMNS];
    char allowed[512], value[300];
};
void form_row_cells(const struct form_row *r, struct form_cells *c);

/* The form as CSV for Excel set to Vietnamese: UTF-8 with BOM, ';'-separated, the FORM_HEADER
 * columns, CRLF.  0 or -1 (said). */
int report_template_csv(FILE *out, const struct form *f);

/* The form as an .xlsx workbook at path: a sheet "Hướng dẫn" (what to fill, by which
 * deadlines) and the sheet "Biểu mẫu".  0 or -1 (said). */
int report_template_xlsx(const char *path, const struct form *f);

#endif
