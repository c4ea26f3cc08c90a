/* annex_evidence.c — the evidence cell of the score report (see annex_evidence.h).
 * Uses: annex_evidence.h, evidence_check.h, calendar.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "annex_evidence.h"

#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"
#include "evidence_check.h"
#include "i18n.h"

/* One document: "2756/KH-UBND (KH, 28/12/2018)", then its state when not valid. */
static void put_document(FILE *f, const struct evidence_row *r, int state, const char *why)
{
    char date[16] = "";
    struct px_date d;
    if (r->issued && date_parse(r->issued, &d, NULL) == 0)
        date_vn(d, date);
    fprintf(f, "%s (%s%s%s)", r->number, r->type ? r->type : "", date[0] ? ", " : "", date);
    if (state == EVIDENCE_INVALID)
        fprintf(f, " — không hợp lệ: %s", why);
    else if (state == EVIDENCE_SUSPICIOUS)
        fprintf(f, " — đáng ngờ: %s", why);
}

/* Writes the leaf's documents and explanation into f; how many it wrote, or -1 with e. */
static int put_registered(FILE *f, const struct model *m, size_t leaf, int year,
                          const struct evidence_row *rows, size_t n, struct px_err *e)
{
    const char *code = m->nodes[leaf].code;
    int written = 0;
    char why[1200];
    for (size_t k = 0; k < n; k++) {
        if (!evidence_supports(&rows[k], code))
            continue;
        if (written++)
            fputs("; ", f);
        if (!rows[k].number) {
            fprintf(f, "giải trình: %s", rows[k].explanation ? rows[k].explanation : "");
            continue;
        }
        int state = evidence_judge(m, year, rows, n, k, why, sizeof why, e);
        if (state < 0)
            return -1;
        put_document(f, &rows[k], state, why);
    }
    return written;
}

int annex_evidence(const struct model *m, size_t leaf, int year, const struct evidence_row *rows,
                   size_t n, char **out, struct px_err *e)
{
    const struct node *l = &m->nodes[leaf];
    char *text = NULL, why[1400];
    size_t len = 0;
    *out = NULL;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    int written = put_registered(f, m, leaf, year, rows, n, e);
    int state = written < 0 ? -1 : evidence_leaf(m, leaf, year, rows, n, why, sizeof why, e);
    if (state == LEAF_LACKING && l->evidence_required) {
        char needs[600];
        evidence_needs(m, leaf, needs, sizeof needs);
        fprintf(f, "%sthiếu: %s", written ? "; " : "", needs);
    } else if (state >= 0 && !written && l->evidence)
        fputs(l->evidence, f);
    if (fclose(f) != 0 && state >= 0) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        state = -1;
    }
    if (state < 0 || len == 0) {
        free(text);
        return state < 0 ? -1 : 0;
    }
    *out = text;
    return 0;
}
