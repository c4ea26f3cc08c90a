/* report_csv_record.c — one CSV record for Excel (see report_csv_record.h): commas, RFC 4180
 * quoting, CRLF line end, text that would run as a formula neutralised.  Uses: libc. */
#include "report_csv_record.h"

#include <string.h>

int report_formula_like(const char *s)
{
    return *s && strchr("=+-@\t\r", *s);
}

static void write_field(FILE *out, const char *s, int text)
{
    const char *guard = text && report_formula_like(s) ? "'" : "";
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
