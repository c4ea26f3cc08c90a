/* import_appraisal.c — one row of an appraisals file (paridx import RULES … appraisals FILE):
 * unit, sub-criterion, round (1, 2 or giải trình), points and reason, checked against the
 * rule file (a self-assessed sub-criterion, points within its maximum) and written with its
 * audit row; a closed unit's row is refused unless the import is forced.
 * Provides import_load_appraisal().  Uses: import_impl.h, store_appraisal.h, fact.h (points
 * as typed), text.h (text_fold), calendar.h (dates in messages), i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "fact.h"
#include "i18n.h"
#include "import_impl.h"
#include "store_appraisal.h"
#include "text.h"

/* Refuses an empty cell: "expected <what>, found nothing". */
static int not_empty(struct importer *im, const char *what, const struct cell *c,
                     struct px_err *e)
{
    return c->text[0] ? 0 : import_bad(im, e, c, _("expected %s, found nothing"), what);
}

/* The round cell: 1, 2, or 0 for the unit's explanation (giải trình); -1 with e set. */
static int appraisal_round(struct importer *im, const struct cell *round, struct px_err *e)
{
    char buf[300];
    if (!strcmp(round->text, "1") || !strcmp(round->text, "2"))
        return round->text[0] - '0';
    char *folded = text_fold(round->text);
    int explanation = folded && (!strcmp(folded, "giai trinh") || !strcmp(folded, "explanation"));
    free(folded);
    if (explanation)
        return 0;
    return import_bad(im, e, round, _("expected the round 1, 2 or giải trình, found %s"),
               import_found(round, buf, sizeof buf));
}

/* The points of a round: a number (decimal comma or point), within the node's maximum. */
static int appraisal_points(struct importer *im, const char *node, const struct cell *points,
                            double *out, struct px_err *e)
{
    const struct import_facts *f = im->facts;
    char buf[300], why[700];
    struct fact_value v;
    if (fact_parse(points->text, &v, e) != 0 || v.type != FACT_NUMBER || v.num < 0)
        return import_bad(im, e, points, _("expected the points the council gave (a number such as "
                   "0,5), found %s"), import_found(points, buf, sizeof buf));
    if (f->node && f->node(f->model, node, v.num, why, sizeof why) != 0)
        return import_bad(im, e, points, "%s", why);
    *out = v.num;
    return 0;
}

int import_load_appraisal(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *unit = &c[0], *node = &c[1], *round = &c[2], *points = &c[3],
                      *reason = &c[4];
    const struct import_facts *f = im->facts;
    char buf[300], why[700], at[20], vn[11];
    int known = import_unit_exists(im, unit->text, e);
    if (known < 0)
        return -1;
    if (!known)
        return import_unknown_unit(im, unit, _("a known unit code (see units)"), e);
    if (f->node && f->node(f->model, node->text, -1, why, sizeof why) != 0)
        return import_bad(im, e, node, "%s", why);
    if (!f->node && not_empty(im, _("a sub-criterion's code"), node, e))
        return -1;
    int r = appraisal_round(im, round, e);
    snprintf(buf, sizeof buf, "%s/%s/%d", unit->text, node->text, r);
    if (r < 0 || import_once(im, buf, "unit, sub-criterion and round", node, e))
        return -1;
    struct appraisal_row row = {unit->text, node->text, f->year, r, 0, reason->text,
                                im->source, f->force};
    if (r == 0 && points->text[0])
        return import_bad(im, e, points, _("expected no points with an explanation (giải trình), found %s"),
                   import_found(points, buf, sizeof buf));
    if ((r && appraisal_points(im, node->text, points, &row.points, e)) ||
        not_empty(im, r ? _("the reason for the points") : _("the unit's explanation"),
                        reason, e))
        return -1;
    int closed = store_put_appraisal(im->store, &row, at, e);
    if (closed == 1)
        return import_bad(im, e, unit, _("the results of unit %s for %d were closed on %s: changing them "
                   "needs --force, which the audit log records"), unit->text, f->year,
                   date_vn_of(at, vn));
    return closed;
}
