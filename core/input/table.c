/* table.c — CSV or .xlsx by the file's extension (see table.h).  Uses: csv.h, xlsx.h,
 * i18n.h (messages). */
#include "table.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xlsx.h"
#include "i18n.h"

struct table_reader {
    struct csv_reader *csv;   /* one of the two */
    struct xlsx_reader *xlsx;
    const char *path;
};

static int is_xlsx(const char *path)
{
    size_t n = strlen(path);
    return n >= 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

struct table_reader *table_open(const char *path, const struct csv_options *opt,
                                struct px_err *e)
{
    struct table_reader *t = calloc(1, sizeof *t);
    if (!t) {
        px_err_at(e, PX_SYSTEM, path, 0, 0, _("out of memory"));
        return NULL;
    }
    t->path = path;
    if (is_xlsx(path) ? !(t->xlsx = xlsx_open(path, opt, e)) : !(t->csv = csv_open(path, opt, e))) {
        free(t);
        return NULL;
    }
    return t;
}

int table_next(struct table_reader *t, struct csv_record *rec, struct px_err *e)
{
    return t->xlsx ? xlsx_next(t->xlsx, rec, e) : csv_next(t->csv, rec, e);
}

void table_err_at(const struct table_reader *t, struct px_err *e, enum px_exit code,
                  size_t line, size_t col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    table_verr_at(t, e, code, line, col, fmt, ap);
    va_end(ap);
}

void table_verr_at(const struct table_reader *t, struct px_err *e, enum px_exit code,
                   size_t line, size_t col, const char *fmt, va_list ap)
{
    char msg[1024], place[600];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (t->xlsx)
        px_err_at(e, code, xlsx_place(t->xlsx, line, col, place, sizeof place), 0, 0, "%s", msg);
    else
        px_err_at(e, code, t->path, (int)line, (int)col, "%s", msg);
}

void table_close(struct table_reader *t)
{
    if (!t)
        return;
    csv_close(t->csv);
    xlsx_close(t->xlsx);
    free(t);
}
