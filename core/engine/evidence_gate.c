/* evidence_gate.c — a leaf that requires evidence and has no valid document of an allowed type
 * (nor an explanation) in the unit's register scores 0, with the explanation "thiếu tài liệu
 * kiểm chứng: …" (see evidence_gate.h).  Uses: evidence_check.h, results.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "evidence_gate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidence_check.h"
#include "i18n.h"

/* Replaces the leaf's note with text (malloc'd copy); -1 when out of memory. */
static int set_note(struct leaf_why *why, const char *text)
{
    char *note = strdup(text);
    if (!note)
        return -1;
    free(why->note);
    why->note = note;
    return 0;
}

/* The rows known on the as-of date (documents issued by then, and explanations): shallow
 * copies into a malloc'd array, or NULL when out of memory. */
static struct evidence_row *known_by(const struct evidence_row *rows, size_t n, const char *as_of,
                                     size_t *kept)
{
    struct evidence_row *out = malloc((n ? n : 1) * sizeof *out);
    *kept = 0;
    for (size_t k = 0; out && k < n; k++)
        if (!rows[k].issued || strcmp(rows[k].issued, as_of) <= 0)
            out[(*kept)++] = rows[k];
    return out;
}

int evidence_gate(const struct model *m, int year, const char *as_of,
                  const struct evidence_row *all, size_t nall, const size_t *only, size_t nonly,
                  struct unit_result *u, struct px_err *e)
{
    size_t n = nall;
    struct evidence_row *later = as_of ? known_by(all, nall, as_of, &n) : NULL;
    const struct evidence_row *rows = as_of ? later : all;
    if (as_of && !later) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    int rc = 0;
    for (size_t k = 0; k < (only ? nonly : m->nnodes) && rc == 0; k++) {
        size_t i = only ? only[k] : k;
        if (!m->nodes[i].evidence_required || m->nodes[i].nchildren || !u->applicable[i] ||
            !model_applies(m, i, u->kind))
            continue;
        char why[1200], note[1400];
        int state = evidence_leaf(m, i, year, rows, n, why, sizeof why, e);
        if (state < 0) {
            rc = -1;
            break;
        }
        if (state == LEAF_EVIDENCED)
            continue;
        if (state == LEAF_EXPLAINED)
            snprintf(note, sizeof note, "%s (không có tài liệu kiểm chứng; giải trình: %s)",
                     u->why[i].note ? u->why[i].note : "", why);
        else
            snprintf(note, sizeof note, "thiếu tài liệu kiểm chứng: %s", why);
        if (state == LEAF_LACKING)
            u->points[i] = 0;
        if (set_note(&u->why[i], note) != 0) {
            px_err_set(e, PX_SYSTEM, _("out of memory"));
            rc = -1;
        }
    }
    free(later);
    return rc;
}
