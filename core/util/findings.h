/* findings.h — a list of "line: message" findings about a rule file, kept in line order for
 * printing as "file:line: message".  Provides struct findings and findings_*.  Uses: libc. */
#ifndef PARIDX_FINDINGS_H
#define PARIDX_FINDINGS_H

#include <stddef.h>
#include <stdio.h>

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
/* Sorts by line (stable) and writes "file:line: message\n" for each. */
void findings_print(struct findings *f, const char *file, FILE *out);
/* The same into buf, lines joined by "\n" (truncated to n). */
void findings_join(struct findings *f, const char *file, char *buf, size_t n);
void findings_free(struct findings *f);

#endif
