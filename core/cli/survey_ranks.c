/* survey_ranks.c — `paridx survey RULES ranks`: how sure each unit's rank is.  Survey points
 * are estimates: each survey leaf with answers may lie anywhere in its 95% confidence
 * interval.  A unit's index then lies between its total with every such leaf at its low end
 * and at its high end (over its own maximum); its best rank counts the units of its kind whose
 * lowest index is above its highest, its worst those whose highest is above its lowest
 * (analytic, so the same data always give the same ranges).  Units not scored are left out.
 * Uses: survey.h, survey_facts.h (the tallies), session.h, report_rows.h, numfmt.h. */
#include "survey_views.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include "survey_facts.h"

struct span {
    double lo, hi; /* the index in percent */
};

/* Unit u's index with its survey leaves at the ends of their intervals. */
static int span_of(const struct model *m, const struct survey_tallies *t,
                   const struct unit_result *u, struct span *out)
{
    double down = 0, up = 0;
    for (size_t i = 0; i < m->nnodes; i++) {
        if (!u->applicable[i] || m->nodes[i].nchildren || !m->nodes[i].survey)
            continue;
        struct survey_leaf l;
        int has = survey_leaf_score(m, t, u->code, i, &l);
        if (has < 0)
            return -1;
        if (has) {
            down += u->points[i] - l.lo * u->max[i];
            up += l.hi * u->max[i] - u->points[i];
        }
        survey_leaf_free(&l);
    }
    out->lo = u->own_max > 0 ? 100 * (u->total - down) / u->own_max : 0;
    out->hi = u->own_max > 0 ? 100 * (u->total + up) / u->own_max : 0;
    return 0;
}

static const char *const HEAD[] = {"Loại", "Hạng", "Mã", "Đơn vị", "Chỉ số (%)", "Thấp nhất (%)",
                                   "Cao nhất (%)", "Hạng cao nhất", "Hạng thấp nhất"};
static const char *const KEYS[] = {"kind", "rank", "code", "name", "percent", "percent_low",
                                   "percent_high", "best_rank", "worst_rank"};

static int add_rows(struct report_rows *rows, const struct results *r, const struct span *sp)
{
    static const signed char PLACES[] = {-1, 0, -1, -1, 2, 2, 2, 0, 0};
    for (size_t i = 0; i < r->nunits; i++) {
        const struct unit_result *u = &r->units[i];
        if (u->status != UNIT_SCORED)
            continue;
        int best = 1, worst = 1;
        for (size_t j = 0; j < r->nunits; j++) {
            const struct unit_result *v = &r->units[j];
            if (j == i || v->status != UNIT_SCORED || strcmp(v->kind, u->kind))
                continue;
            best += sp[j].lo > sp[i].hi;
            worst += sp[j].hi > sp[i].lo;
        }
        const char *text[] = {u->kind, NULL, u->code, u->name, NULL, NULL, NULL, NULL, NULL};
        double num[] = {0, u->rank, 0, 0, u->percent, sp[i].lo, sp[i].hi, best, worst};
        if (report_rows_add(rows, text, num, PLACES) != 0)
            return -1;
    }
    return 0;
}

int survey_ranks(FILE *out, struct session *ss, enum rows_format f)
{
    const struct model *m = &ss->rules.model;
    struct survey_tallies t;
    struct px_err e;
    if (engine_survey_load(m, ss->store, ss->data_year, &t, &e) != 0) {
        px_report(&e);
        return e.code;
    }
    const struct results *r = &ss->results;
    struct span *sp = calloc(r->nunits ? r->nunits : 1, sizeof *sp);
    struct report_rows rows = {9, HEAD, KEYS, 0, NULL, 0, 0};
    int rc = sp ? 0 : -1;
    for (size_t i = 0; i < r->nunits && rc == 0; i++)
        if (r->units[i].status == UNIT_SCORED)
            rc = span_of(m, &t, &r->units[i], &sp[i]);
    if (rc == 0)
        rc = add_rows(&rows, r, sp);
    if (rc != 0)
        px_say(_("out of memory"));
    else
        rc = report_rows_write(out, &rows, f,
                               "Hạng có thể có trong khoảng tin cậy 95% của điểm điều tra xã hội học");
    report_rows_free(&rows);
    free(sp);
    survey_tallies_free(&t);
    return rc ? PX_SYSTEM : PX_OK;
}
