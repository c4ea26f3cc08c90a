/* evidence_warn.c — warnings about the evidence just recorded (see evidence_warn.h).
 * Uses: store.h (the register), evidence_check.h (the judgement), diag.h, i18n.h (messages). */
#include "evidence_warn.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "evidence_check.h"
#include "i18n.h"

/* 1 when the row came from source: "attach", or "evidence.csv:7" for "evidence.csv". */
static int from(const struct evidence_row *r, const char *source)
{
    size_t n = strlen(source);
    return !strncmp(r->source, source, n) && (r->source[n] == '\0' || r->source[n] == ':');
}

/* The line a row came from ("evidence.csv:7" → 7; 0 for "attach"), for the file's order. */
static long line_of(const struct evidence_row *r)
{
    const char *colon = strrchr(r->source, ':');
    return colon ? strtol(colon + 1, NULL, 10) : 0;
}

static int by_line(const void *a, const void *b)
{
    const struct evidence_row *x = *(const struct evidence_row *const *)a,
                              *y = *(const struct evidence_row *const *)b;
    long lx = line_of(x), ly = line_of(y);
    return lx != ly ? (lx < ly ? -1 : 1) : (x->id > y->id) - (x->id < y->id);
}

int evidence_warn(struct store *s, const struct model *m, int year, const char *unit,
                  const char *source, const char *number)
{
    struct px_err e;
    struct evidence_row *rows;
    size_t n;
    if (store_evidence(s, year, unit, &rows, &n, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    const struct evidence_row **order = malloc((n ? n : 1) * sizeof *order);
    if (!order) {
        evidence_rows_free(rows, n);
        px_say(_("out of memory"));
        return PX_SYSTEM;
    }
    size_t mine = 0;
    for (size_t k = 0; k < n; k++)
        if (rows[k].number && from(&rows[k], source) &&
            (!number || !strcmp(rows[k].number, number)))
            order[mine++] = &rows[k];
    qsort(order, mine, sizeof *order, by_line);
    int rc = 0;
    for (size_t i = 0; i < mine && rc == 0; i++) {
        const struct evidence_row *r = order[i];
        char why[1200];
        int state = evidence_judge(m, year, rows, n, (size_t)(r - rows), why, sizeof why, &e);
        if (state < 0) {
            px_report(&e);
            rc = e.code;
        } else if (state != EVIDENCE_OK) {
            px_say(state == EVIDENCE_INVALID ? _("%s: warning: %s, %s is not valid evidence: %s")
                                             : _("%s: warning: %s, %s is suspicious: %s"),
                   r->source, r->unit, r->number, why);
        }
    }
    free(order);
    evidence_rows_free(rows, n);
    return rc;
}
