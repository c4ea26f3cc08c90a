/* report_rows.c — rows written as a table, CSV or JSON (see report_rows.h).
 * Uses: text.h, numfmt.h, json_out.h, report_csv_record.h, report_out.h, vec.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "report_rows.h"

#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "numfmt.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"
#include "vec.h"

int report_rows_format(const char *name, enum rows_format *f)
{
    static const char *const NAMES[] = {[ROWS_TABLE] = "table", [ROWS_CSV] = "csv",
                                        [ROWS_JSON] = "json"};
    for (int i = 0; i < 3; i++)
        if (name && !strcmp(name, NAMES[i])) {
            *f = (enum rows_format)i;
            return 0;
        }
    return -1;
}

int report_rows_add(struct report_rows *r, const char *const *text, const double *num,
                    const signed char *places)
{
    if (vec_reserve(r->cells, r->cap, (r->nrows + 1) * r->ncols) != 0)
        return -1;
    struct rows_cell *row = &r->cells[r->nrows * r->ncols];
    int failed = 0;
    for (size_t c = 0; c < r->ncols; c++) {
        char buf[64];
        row[c].is_num = places && places[c] >= 0;
        row[c].num = row[c].is_num ? num[c] : 0;
        if (row[c].is_num)
            num_format_comma(num[c], places[c], buf, sizeof buf);
        const char *shown = text && text[c] ? text[c] : row[c].is_num ? buf : "";
        row[c].text = strdup(shown);
        failed |= !row[c].text;
    }
    r->nrows++;
    return failed ? -1 : 0;
}

static void write_table(FILE *out, const struct report_rows *r, const char *title)
{
    size_t width[32] = {0};
    size_t ncols = r->ncols < 32 ? r->ncols : 32;
    for (size_t c = 0; c < ncols; c++) {
        width[c] = text_width(r->head[c]);
        for (size_t i = 0; i < r->nrows; i++)
            if (text_width(r->cells[i * r->ncols + c].text) > width[c])
                width[c] = text_width(r->cells[i * r->ncols + c].text);
    }
    if (title)
        text_printf(out, "%s\n", title);
    for (size_t i = 0; i <= r->nrows; i++) {
        size_t last = ncols; /* the row ends at its last cell with text: no trailing spaces */
        while (i && last > 1 && !r->cells[(i - 1) * r->ncols + last - 1].text[0])
            last--;
        for (size_t c = 0; c < last; c++) {
            const struct rows_cell *cell = i ? &r->cells[(i - 1) * r->ncols + c] : NULL;
            fputs(c ? "  " : "", out);
            if (c + 1 == last && !(cell && cell->is_num))
                text_printf(out, "%s", cell ? cell->text : r->head[c]);
            else
                text_pad(out, cell ? cell->text : r->head[c], width[c], cell && cell->is_num);
        }
        fputc('\n', out);
    }
}

static void write_csv(FILE *out, const struct report_rows *r, const char *title)
{
    const char **text = malloc((r->ncols ? r->ncols : 1) * sizeof *text);
    unsigned char *num = malloc(r->ncols ? r->ncols : 1);
    if (!text || !num) {
        free(text);
        free(num);
        return;
    }
    if (r->no_bom)
        fputs("\r\n", out);
    else
        report_csv_begin(out, CSV_EXCEL);
    if (title)
        report_csv_record(out, CSV_EXCEL, 1, &title, NULL);
    report_csv_record(out, CSV_EXCEL, r->ncols, r->head, NULL);
    for (size_t i = 0; i < r->nrows; i++) {
        for (size_t c = 0; c < r->ncols; c++) {
            text[c] = r->cells[i * r->ncols + c].text;
            num[c] = (unsigned char)r->cells[i * r->ncols + c].is_num;
        }
        report_csv_record(out, CSV_EXCEL, r->ncols, text, num);
    }
    free(text);
    free(num);
}

void report_rows_json(FILE *out, const struct report_rows *r)
{
    fputc('[', out);
    for (size_t i = 0; i < r->nrows; i++) {
        fputs(i ? ",{" : "{", out);
        for (size_t c = 0; c < r->ncols; c++) {
            const struct rows_cell *cell = &r->cells[i * r->ncols + c];
            fprintf(out, "%s\"%s\":", c ? "," : "", r->keys[c]);
            char buf[64];
            if (cell->is_num) {
                num_json(cell->num, buf, sizeof buf);
                fputs(buf, out);
            } else {
                json_string(out, cell->text);
            }
        }
        fputc('}', out);
    }
    fputc(']', out);
}

int report_rows_write(FILE *out, const struct report_rows *r, enum rows_format f,
                      const char *title)
{
    if (f == ROWS_TABLE)
        write_table(out, r, title);
    else if (f == ROWS_CSV)
        write_csv(out, r, title);
    else {
        report_rows_json(out, r);
        fputc('\n', out);
    }
    return report_out_done(out, "the table");
}

void report_rows_free(struct report_rows *r)
{
    for (size_t i = 0; i < r->nrows * r->ncols; i++)
        free(r->cells[i].text);
    free(r->cells);
    r->cells = NULL;
    r->nrows = r->cap = 0;
}
