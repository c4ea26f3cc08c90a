/* report_csv.c — the scoreboard as CSV for Excel: UTF-8 with a byte order mark, commas,
 * RFC 4180 quoting, CRLF line ends, points with 2 places and '.', text that would run as a
 * formula neutralised (see report.h).
 * Provides report_csv(), report_csv_record().  Uses: report_common.h, report_out.h. */
#include "report.h"

#include <string.h>

#include "diag.h"
#include "report_common.h"
#include "report_out.h"

/* OWASP's defence against formula injection: a text cell that a spreadsheet would read as a
 * formula (=, +, - or @ first, or a tab or CR) is written with an apostrophe in front. */
static int looks_like_formula(const char *s)
{
    return *s && strchr("=+-@\t\r", *s);
}

static void write_field(FILE *out, const char *s, int text)
{
    const char *guard = text && looks_like_formula(s) ? "'" : "";
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(guard, out);
        fputs(s, out);
        return;
    }
    fputc('"', out);
    fputs(guard, out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void report_csv_record(FILE *out, size_t ncols, const char *const *text,
                       const unsigned char *number)
{
    for (size_t c = 0; c < ncols; c++) {
        if (c > 0)
            fputc(',', out);
        write_field(out, text[c], !number || !number[c]);
    }
    fputs("\r\n", out);
}

int report_csv(FILE *out, const struct results *r)
{
    struct report_grid *g = report_grid_build(r);
    if (!g) {
        px_say("out of memory writing the CSV");
        return -1;
    }
    fputs("\xEF\xBB\xBF", out);
    report_csv_record(out, g->ncols, g->head, NULL);
    for (size_t row = 0; row < g->nrows; row++)
        report_csv_record(out, g->ncols, (const char *const *)g->cells + row * g->ncols, g->right);
    report_grid_free(g);
    return report_out_done(out, "the CSV");
}
