/* query_text.c — a query's rows as one string, for unit tests (see query_text.h).
 * Uses: store.h (store_query), stdio, stdlib. */
#include "query_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text {
    char *buf;
    size_t len, cap;
    int grows;          /* a heap buffer grown as needed; otherwise one cut at cap */
    const char *real;   /* the format of a real */
};

static void append(struct text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap && t->grows) {
        char *more = realloc(t->buf, 2 * (t->len + n + 1));
        if (!more) {
            fprintf(stderr, "query_text: out of memory\n");
            abort();
        }
        t->buf = more;
        t->cap = 2 * (t->len + n + 1);
    } else if (t->len + n + 1 > t->cap) {
        n = t->cap - t->len - 1; /* a test result this long is wrong anyway */
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static int collect(void *ud, int ncols, const char *const *names, const struct sql_value *row)
{
    (void)names;
    struct text *t = ud;
    for (int i = 0; i < ncols; i++) {
        char cell[64];
        const struct sql_value *v = &row[i];
        if (i)
            append(t, "|", 1);
        switch (v->type) {
        case SQLV_NULL: append(t, "NULL", 4); break;
        case SQLV_INT:
            append(t, cell, (size_t)snprintf(cell, sizeof cell, "%lld", (long long)v->i));
            break;
        case SQLV_REAL:
            append(t, cell, (size_t)snprintf(cell, sizeof cell, t->real, v->r));
            break;
        case SQLV_TEXT: append(t, v->s, v->len); break;
        }
    }
    append(t, "\n", 1);
    return 0;
}

const char *query_text(struct store *s, const char *sql)
{
    return query_text_with(s, sql, NULL, 0);
}

const char *query_text_with(struct store *s, const char *sql, const struct sql_value *params,
                            int nparams)
{
    static char buf[16384];
    struct text t = {buf, 0, sizeof buf, 0, "%g"};
    struct px_err e = {0};
    buf[0] = '\0';
    if (store_query(s, sql, params, nparams, collect, &t, NULL, &e) != 0)
        snprintf(buf, sizeof buf, "error: %s", e.msg);
    return buf;
}

char *query_text_exact(struct store *s, const char *sql, struct px_err *e)
{
    struct text t = {NULL, 0, 0, 1, "%.17g"};
    append(&t, "", 0);
    if (store_query(s, sql, NULL, 0, collect, &t, NULL, e) != 0) {
        free(t.buf);
        return NULL;
    }
    return t.buf;
}
