/* diag.c — formatting and printing of paridx errors (see diag.h). */
#include "diag.h"

#include <stdio.h>

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
    fprintf(stderr, "paridx: %s\n", e->msg);
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
