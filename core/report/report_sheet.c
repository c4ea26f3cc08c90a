/* report_sheet.c — small tables of texts as aligned text, CSV or JSON (see report_sheet.h).
 * Uses: report_common.h, report_csv_record.h, json_out.h, numfmt.h, text.h (display width,
 * escapes), report_out.h, diag.h, i18n.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "report_sheet.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"

#define GAP "  "
#define RULE "─" /* U+2500, one column wide */

void report_sheet_points(double x, enum sheet_mode mode, char *buf, size_t n)
{
    (mode == SHEET_CSV_PLAIN ? num_format : num_format_comma)(x, 2, buf, n);
}

int report_sheet_print(FILE *out, const struct report_grid *g, enum sheet_mode mode,
                       const char *what)
{
    if (mode == SHEET_CSV)
        report_csv_begin(out, CSV_EXCEL);
    if (report_sheet_write(out, g, mode) != 0) {
        px_say(_("out of memory writing %s"), what);
        return -1;
    }
    return report_out_done(out, what);
}

int report_sheet_mode(const char *name, enum sheet_mode *out)
{
    static const char *const NAMES[] = {"table", "csv", "json", "csv-plain"};
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
        if (!name || !strcmp(name, NAMES[i])) {
            *out = (enum sheet_mode)i;
            return 0;
        }
    return -1;
}

struct report_grid *report_sheet_new(size_t ncols, const char *const *head,
                                     const unsigned char *right)
{
    struct report_grid *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->ncols = ncols;
    g->head = malloc((ncols + 1) * sizeof *g->head);
    g->right = calloc(ncols + 1, 1);
    if (!g->head || !g->right) {
        report_grid_free(g);
        return NULL;
    }
    for (size_t c = 0; c < ncols; c++) {
        g->head[c] = head[c];
        g->right[c] = right ? right[c] : 0;
    }
    return g;
}

int report_sheet_add(struct report_grid *g, const char *const *cells)
{
    char **grown = realloc(g->cells, (g->nrows + 1) * g->ncols * sizeof *grown);
    if (!grown)
        return -1;
    g->cells = grown;
    char **row = grown + g->nrows * g->ncols;
    int bad = 0;
    for (size_t c = 0; c < g->ncols; c++)
        bad |= !(row[c] = strdup(cells[c] ? cells[c] : ""));
    g->nrows++;
    return bad ? -1 : 0;
}

/* One line of cells.  Blank cells at the end are left out and the last cell written is
 * not padded on the right, so lines never end in blanks. */
static void write_line(FILE *out, const struct report_grid *g, const size_t *width,
                       const char *const *text)
{
    size_t end = g->ncols;
    while (end > 0 && text[end - 1][0] == '\0')
        end--;
    for (size_t c = 0; c < end; c++) {
        if (c > 0)
            fputs(GAP, out);
        text_pad(out, text[c], c + 1 == end && !g->right[c] ? 0 : width[c], g->right[c]);
    }
    fputc('\n', out);
}

static void write_rule(FILE *out, const struct report_grid *g, const size_t *width)
{
    for (size_t c = 0; c < g->ncols; c++) {
        if (c > 0)
            fputs(GAP, out);
        for (size_t k = 0; k < width[c]; k++)
            fputs(RULE, out);
    }
    fputc('\n', out);
}

static int write_table(FILE *out, const struct report_grid *g)
{
    size_t *width = calloc(g->ncols + 1, sizeof *width);
    if (!width)
        return -1;
    for (size_t c = 0; c < g->ncols; c++) {
        width[c] = text_width(g->head[c]);
        for (size_t row = 0; row < g->nrows; row++) {
            size_t w = text_width(report_grid_cell(g, row, c));
            if (w > width[c])
                width[c] = w;
        }
    }
    write_line(out, g, width, g->head);
    write_rule(out, g, width);
    for (size_t row = 0; row < g->nrows; row++)
        write_line(out, g, width, (const char *const *)g->cells + row * g->ncols);
    free(width);
    return 0;
}

static void write_json(FILE *out, const struct report_grid *g)
{
    fputc('[', out);
    for (size_t row = 0; row < g->nrows; row++) {
        fputs(row ? ",{" : "{", out);
        for (size_t c = 0; c < g->ncols; c++) {
            if (c)
                fputc(',', out);
            json_string(out, g->head[c]);
            fputc(':', out);
            json_string(out, report_grid_cell(g, row, c));
        }
        fputc('}', out);
    }
    fputs("]\n", out);
}

int report_sheet_write(FILE *out, const struct report_grid *g, enum sheet_mode mode)
{
    switch (mode) {
    case SHEET_TABLE:
        return write_table(out, g);
    case SHEET_CSV:
    case SHEET_CSV_PLAIN: {
        enum csv_style style = mode == SHEET_CSV ? CSV_EXCEL : CSV_PLAIN;
        report_csv_record(out, style, g->ncols, g->head, NULL);
        for (size_t row = 0; row < g->nrows; row++)
            report_csv_record(out, style, g->ncols,
                              (const char *const *)g->cells + row * g->ncols,
                              g->right);
        return 0;
    }
    case SHEET_JSON:
        write_json(out, g);
        return 0;
    }
    return -1;
}
