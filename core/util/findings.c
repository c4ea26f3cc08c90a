/* findings.c — collecting and printing findings about a rule file (see findings.h).
 * Uses: diag.h, text.h, vec.h (the list grows one finding at a time), i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "findings.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "vec.h"
#include "i18n.h"

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
    for (size_t i = 0; i < f->n; i++) {
        fprintf(out, "%s:%d: ", file, f->v[i].line);
        text_put(out, f->v[i].msg, strlen(f->v[i].msg), TEXT_KEEP_TAB);
        fputc('\n', out);
    }
}

void findings_to_err(struct findings *f, const char *file, enum px_exit code, struct px_err *e)
{
    sort_by_line(f);
    px_err_at(e, code, file, f->v[0].line, 0, "%s", f->v[0].msg);
    /* The others as whole lines, then "… and N more findings" for those that do not fit. */
    size_t n = sizeof e->msg, used = strlen(e->msg), room = n > 64 ? n - 64 : 0;
    for (size_t i = 1; i < f->n; i++) {
        int w = snprintf(e->msg + used, room > used ? room - used : 0, "\n%s:%d: %s", file,
                         f->v[i].line, f->v[i].msg);
        if (w < 0 || used + (size_t)w >= room) { /* does not fit whole: say how many are left */
            snprintf(e->msg + used, n - used,
                     ngettext("\n… and %zu more finding", "\n… and %zu more findings", f->n - i),
                     f->n - i);
            return;
        }
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
