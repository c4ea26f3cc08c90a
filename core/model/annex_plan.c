/* annex_plan.c — the deadlines' statuses and the survey's coverage in the score report (see
 * annex_plan.h).  Uses: annex_plan.h, deadline_status.h, survey.h, i18n.h (messages). */
#include "annex_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

int annex_plan_deadlines(struct annex *a, const struct annex_data *d, struct px_err *e)
{
    const struct model *m = a->r->model;
    snprintf(a->as_of, sizeof a->as_of, "%s", d->as_of ? d->as_of : "");
    if (!m->ndeadlines || !a->as_of[0])
        return 0;
    struct px_err why;
    if (deadline_statuses(m, d->receipts, d->nreceipts, a->as_of, d->within, NULL,
                          &a->deadlines, &a->ndeadlines, &why) == 0)
        return 0;
    a->deadlines = NULL;
    a->ndeadlines = 0;
    if (why.code == PX_SYSTEM) {
        *e = why;
        return -1;
    }
    snprintf(a->deadlines_why, sizeof a->deadlines_why, "%s", why.msg);
    return 0;
}

/* The index of the model's survey group `code`, or -1. */
static long group_index(const struct model *m, const char *code)
{
    for (size_t g = 0; g < m->nsurvey_groups; g++)
        if (!strcmp(m->survey_groups[g].code, code))
            return (long)g;
    return -1;
}

/* a->group_answers: for each group, the most answers (over every unit, any option) it gave
 * to one question. */
static int group_answers(struct annex *a, const struct survey_tallies *t, struct px_err *e)
{
    const struct model *m = a->r->model;
    size_t ng = m->nsurvey_groups, nq = m->nquestions;
    long *per = calloc(ng * nq + 1, sizeof *per);
    a->group_answers = calloc(ng + 1, sizeof *a->group_answers);
    if (!per || !a->group_answers) {
        free(per);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    for (size_t i = 0; i < t->n; i++) {
        const struct survey_question *q = &m->questions[t->v[i].question];
        long g = group_index(m, q->groups[t->v[i].group].group);
        if (g >= 0)
            per[(size_t)g * nq + t->v[i].question] += t->v[i].n;
    }
    for (size_t g = 0; g < ng; g++)
        for (size_t q = 0; q < nq; q++)
            if (per[g * nq + q] > a->group_answers[g])
                a->group_answers[g] = per[g * nq + q];
    free(per);
    return 0;
}

int annex_plan_survey(struct annex *a, const struct annex_data *d, struct px_err *e)
{
    const struct model *m = a->r->model;
    if (!d->tallies || !d->tallies->n)
        return 0;
    a->survey_answered = 1;
    for (size_t i = 0; i < a->nunits; i++) {
        struct annex_unit *au = &a->units[i];
        for (size_t k = 0; k < au->nrows; k++) {
            struct annex_row *row = &au->rows[k];
            if (!survey_leaf_asked(m, (size_t)row->node))
                continue;
            struct survey_leaf l;
            int got = survey_leaf_score(m, d->tallies, au->u->code, (size_t)row->node, &l);
            if (got < 0) {
                px_err_set(e, PX_SYSTEM, _("out of memory"));
                return -1;
            }
            row->survey_answers = got ? l.valid : 0;
            row->survey_few = got ? l.few : 0;
            if (got)
                survey_leaf_free(&l);
        }
    }
    return group_answers(a, d->tallies, e);
}
