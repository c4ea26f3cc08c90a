/* report_csv.c — the scoreboard as CSV for Excel: UTF-8 with a byte order mark, commas,
 * RFC 4180 quoting, CRLF line ends, points with 2 places and '.' (see report.h).
 * Uses: report_common.h. */
#include "report.h"

#include <string.h>

#include "diag.h"
#include "report_common.h"

static void write_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void write_record(FILE *out, size_t ncols, const char *const *text)
{
    for (size_t c = 0; c < ncols; c++) {
        if (c > 0)
            fputc(',', out);
        write_field(out, text[c]);
    }
    fputs("\r\n", out);
}

void report_csv(FILE *out, const struct results *r)
{
    struct report_grid *g = report_grid_build(r);
    if (!g) {
        px_say("out of memory writing the CSV");
        return;
    }
    fputs("\xEF\xBB\xBF", out);
    write_record(out, g->ncols, g->head);
    for (size_t row = 0; row < g->nrows; row++)
        write_record(out, g->ncols, (const char *const *)g->cells + row * g->ncols);
    report_grid_free(g);
}
