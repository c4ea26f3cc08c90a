/* findings.c — collecting and printing findings about a rule file (see findings.h).
 * Uses: vec.h (the list grows one finding at a time). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "findings.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

void findings_add(struct findings *f, int line, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    struct finding item = {line, strdup(buf)};
    if (!item.msg || VEC_PUSH(f->v, f->n, f->cap, item) != 0)
        free(item.msg); /* out of memory: the finding is lost, the others stay */
}

static void sort_by_line(struct findings *f)
{
    for (size_t i = 1; i < f->n; i++) { /* insertion sort: stable, lists are short */
        struct finding x = f->v[i];
        size_t j = i;
        for (; j > 0 && f->v[j - 1].line > x.line; j--)
            f->v[j] = f->v[j - 1];
        f->v[j] = x;
    }
}

void findings_print(struct findings *f, const char *file, FILE *out)
{
    sort_by_line(f);
    for (size_t i = 0; i < f->n; i++)
        fprintf(out, "%s:%d: %s\n", file, f->v[i].line, f->v[i].msg);
}

void findings_join(struct findings *f, const char *file, char *buf, size_t n)
{
    sort_by_line(f);
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < f->n && used < n; i++) {
        int w = snprintf(buf + used, n - used, "%s%s:%d: %s", i ? "\n" : "", file, f->v[i].line,
                         f->v[i].msg);
        if (w < 0)
            break;
        used += (size_t)w;
    }
}

void findings_free(struct findings *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->v[i].msg);
    free(f->v);
    f->v = NULL;
    f->n = f->cap = 0;
}
