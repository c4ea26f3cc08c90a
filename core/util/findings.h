/* findings.h — a list of "line: message" findings about a rule file, kept in line order for
 * printing as "file:line: message".  Provides struct findings and findings_*.
 * Uses: diag.h (struct px_err), text.h (controls made visible). */
#ifndef PARIDX_FINDINGS_H
#define PARIDX_FINDINGS_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

struct finding {
    int line;
    char *msg;
};

struct findings {
    struct finding *v;
    size_t n, cap; /* cap: room allocated (vec.h) */
};

void findings_add(struct findings *f, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Sorts by line (stable) and writes "file:line: message\n" for each (text_put). */
void findings_print(struct findings *f, const char *file, FILE *out);
/* Sorts them (at least one) into one error of `code`: the first finding's place in e's fields,
 * the others as further lines "file:line: message", whole lines only, then "… and N more
 * findings" when they do not all fit in e->msg. */
void findings_to_err(struct findings *f, const char *file, enum px_exit code, struct px_err *e);
void findings_free(struct findings *f);

#endif
