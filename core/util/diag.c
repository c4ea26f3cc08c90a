/* diag.c — formatting and printing of paridx errors (see diag.h); every line of a
 * multi-line message gets the "paridx: " prefix. */
#include "diag.h"

#include <stdio.h>
#include <string.h>

void px_err_vset(struct px_err *e, enum px_exit code, const char *fmt, va_list ap)
{
    e->code = code;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

void px_err_set(struct px_err *e, enum px_exit code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    px_err_vset(e, code, fmt, ap);
    va_end(ap);
}

void px_report(const struct px_err *e)
{
    const char *line = e->msg;
    for (const char *nl; (nl = strchr(line, '\n')); line = nl + 1)
        fprintf(stderr, "paridx: %.*s\n", (int)(nl - line), line);
    fprintf(stderr, "paridx: %s\n", line);
}

void px_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("paridx: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
