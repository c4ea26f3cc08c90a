/* survey_facts.c — the survey's shares as the facts survey-assessed leaves read (see
 * survey_facts.h).  Uses: survey.h, store_survey.h, fact.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "survey_facts.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_survey.h"

struct loading {
    const struct model *m;
    struct survey_tallies *t;
};

static int add_tally(void *ud, const struct tally_row *r)
{
    struct loading *l = ud;
    return survey_tallies_add(l->t, l->m, r->unit, r->question, r->group, r->option, r->n);
}

int engine_survey_load(const struct model *m, struct store *s, int year,
                       struct survey_tallies *t, struct px_err *e)
{
    memset(t, 0, sizeof *t);
    if (!m->nquestions)
        return 0;
    struct loading l = {m, t};
    if (store_survey_tallies(s, year, add_tally, &l, e) == 0)
        return 0;
    if (!e->msg[0])
        px_err_set(e, PX_SYSTEM, _("out of memory reading the survey's tallies"));
    survey_tallies_free(t);
    return -1;
}

/* The unit's fact named `name`, added (with no value yet) when it has none; NULL when out of
 * memory. */
static struct fact_info *fact_slot(struct fact_info **facts, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*facts)[i].name, name)) {
            free((*facts)[i].source);
            free((*facts)[i].at);
            free((*facts)[i].note);
            (*facts)[i].source = (*facts)[i].at = (*facts)[i].note = NULL;
            return &(*facts)[i];
        }
    struct fact_info *grown = realloc(*facts, (*n + 1) * sizeof **facts);
    if (!grown)
        return NULL;
    *facts = grown;
    struct fact_info *f = &grown[(*n)++];
    memset(f, 0, sizeof *f);
    f->name = strdup(name);
    return f->name ? f : NULL;
}

/* The fact a survey leaf's scale reads its share from: its first ratio fact (scale.share's,
 * also inside a wrapper such as applicable_if); NULL when it reads none. */
static const char *share_fact(const struct node *nd)
{
    for (size_t k = 0; k < nd->scale.nfacts; k++)
        if (nd->scale.facts[k].type && !strcmp(nd->scale.facts[k].type, "ratio"))
            return nd->scale.facts[k].name;
    return NULL;
}

int engine_survey_facts(const struct model *m, const struct survey_tallies *t,
                        const char *unit, struct fact_info **facts, size_t *n, size_t *nfew,
                        struct px_err *e)
{
    *nfew = 0;
    for (size_t i = 0; i < m->nnodes && t->n; i++) {
        const struct node *nd = &m->nodes[i];
        const char *share = share_fact(nd);
        if (!nd->survey || nd->nchildren || !share || !survey_leaf_asked(m, i))
            continue;
        struct survey_leaf l;
        int has = survey_leaf_score(m, t, unit, i, &l);
        if (has == 0)
            continue;
        struct fact_info *f = has < 0 ? NULL : fact_slot(facts, n, share);
        char count[64]; /* explain shows "(source, at)": "(điều tra xã hội học, 495 phiếu)" */
        snprintf(count, sizeof count, "%ld phiếu", l.valid);
        if (f) {
            f->value = (struct fact_value){.type = FACT_NUMBER, .num = l.share};
            f->source = strdup("điều tra xã hội học");
            f->at = strdup(count);
        }
        *nfew += (size_t)l.few;
        survey_leaf_free(&l);
        if (!f || !f->source || !f->at) {
            px_err_set(e, PX_SYSTEM, _("out of memory"));
            return -1;
        }
    }
    return 0;
}

static char *dup_or_null(const char *s, int *failed)
{
    char *d = s ? strdup(s) : NULL;
    *failed |= s && !d;
    return d;
}

int engine_survey_own(struct fact_info **facts, size_t n, struct px_err *e)
{
    struct fact_info *copy = calloc(n ? n : 1, sizeof *copy);
    int failed = !copy;
    for (size_t i = 0; copy && i < n; i++) {
        const struct fact_info *f = &(*facts)[i];
        copy[i] = (struct fact_info){dup_or_null(f->name, &failed), f->value,
                                     dup_or_null(f->source, &failed), dup_or_null(f->at, &failed),
                                     dup_or_null(f->note, &failed)};
    }
    if (failed) {
        if (copy)
            store_free_facts(copy, n);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    *facts = copy;
    return 0;
}
