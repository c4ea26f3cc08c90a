/* report_csv_record.c — one CSV record (see report_csv_record.h): ';' for Excel or ',' for
 * programs, RFC 4180 quoting, CRLF line end, text that would run as a formula neutralised.
 * Uses: libc. */
#include "report_csv_record.h"

#include <string.h>

int report_formula_like(const char *s)
{
    return *s && strchr("=+-@\t\r", *s);
}

static void write_field(FILE *out, const char *s, int text, char sep)
{
    const char *guard = text && report_formula_like(s) ? "'" : "";
    const char special[] = {sep, '"', '\r', '\n', '\0'};
    if (!strpbrk(s, special)) {
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

void report_csv_begin(FILE *out, enum csv_style style)
{
    if (style == CSV_EXCEL)
        fputs("\xEF\xBB\xBF", out);
}

void report_csv_record(FILE *out, enum csv_style style, size_t ncols, const char *const *text,
                       const unsigned char *number)
{
    char sep = style == CSV_EXCEL ? ';' : ',';
    for (size_t c = 0; c < ncols; c++) {
        if (c > 0)
            fputc(sep, out);
        write_field(out, text[c], !number || !number[c], sep);
    }
    fputs("\r\n", out);
}
