/* report_grid.c — tables of texts built row by row and written as a text table, CSV or JSON
 * (see report_grid.h).
 * Provides the report_grid_* builders and writers, grid_format_parse().
 * Uses: report_common.h (struct report_grid), report_csv_record.h, json_out.h, numfmt.h,
 * text.h (display width, escapes), report_out.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "report_grid.h"

#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "numfmt.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"

#define GAP "  "
#define RULE "─" /* U+2500, one column wide */

static const char *const FORMATS[] = {[GRID_TABLE] = "table", [GRID_CSV] = "csv",
                                      [GRID_CSV_PLAIN] = "csv-plain", [GRID_JSON] = "json"};

void grid_points(double x, enum grid_format fmt, char *buf, size_t n)
{
    (fmt == GRID_CSV_PLAIN ? num_format : num_format_comma)(x, 2, buf, n);
}

int grid_format_parse(const char *name, enum grid_format *out)
{
    for (int i = 0; i < 4; i++)
        if (!name || !strcmp(name, FORMATS[i])) {
            *out = (enum grid_format)i;
            return 0;
        }
    return -1;
}

struct report_grid *report_grid_new(size_t ncols, const char *const *head,
                                    const unsigned char *right)
{
    struct report_grid *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->ncols = ncols;
    g->head = malloc(ncols * sizeof *g->head);
    g->right = calloc(ncols, 1);
    if (!g->head || !g->right) {
        report_grid_free(g);
        return NULL;
    }
    memcpy(g->head, head, ncols * sizeof *head);
    if (right)
        memcpy(g->right, right, ncols);
    return g;
}

int report_grid_row(struct report_grid *g, const char *const *cells)
{
    char **grown = realloc(g->cells, (g->nrows + 1) * g->ncols * sizeof *grown);
    if (!grown)
        return -1;
    g->cells = grown;
    char **row = grown + g->nrows * g->ncols;
    int failed = 0;
    for (size_t c = 0; c < g->ncols; c++)
        failed |= !(row[c] = strdup(cells[c] ? cells[c] : ""));
    g->nrows++; /* even when a copy failed: report_grid_free frees what was copied */
    return failed ? -1 : 0;
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

void report_grid_table(FILE *out, const struct report_grid *g)
{
    size_t width[g->ncols + 1];
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
}

static void write_json(FILE *out, const struct report_grid *g, const char *const *keys)
{
    fputc('[', out);
    for (size_t row = 0; row < g->nrows; row++) {
        fputs(row ? ",\n {" : "\n {", out);
        for (size_t c = 0; c < g->ncols; c++) {
            if (c)
                fputc(',', out);
            json_string(out, keys ? keys[c] : g->head[c]);
            fputc(':', out);
            json_string(out, report_grid_cell(g, row, c));
        }
        fputc('}', out);
    }
    fputs(g->nrows ? "\n]\n" : "]\n", out);
}

int report_grid_write(FILE *out, const struct report_grid *g, enum grid_format fmt,
                      const char *const *keys, const char *what)
{
    switch (fmt) {
    case GRID_TABLE:
        report_grid_table(out, g);
        break;
    case GRID_CSV:
    case GRID_CSV_PLAIN: {
        enum csv_style style = fmt == GRID_CSV ? CSV_EXCEL : CSV_PLAIN;
        report_csv_begin(out, style);
        report_csv_record(out, style, g->ncols, g->head, NULL);
        for (size_t row = 0; row < g->nrows; row++)
            report_csv_record(out, style, g->ncols,
                              (const char *const *)g->cells + row * g->ncols, g->right);
        break;
    }
    case GRID_JSON:
        write_json(out, g, keys);
        break;
    }
    return report_out_done(out, what);
}
