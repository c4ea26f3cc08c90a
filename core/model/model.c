/* model.c — releasing and querying a loaded index model (see model.h), the survey's questions
 * through an index by code made once the rule file has run.
 * Uses: libc qsort, numfmt.h (bands judge the percentage as displayed), i18n.h (level names),
 * re.h (evidence patterns), workdays.h (the calendar). */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "numfmt.h"
#include "re.h"
#include "workdays.h"

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void free_scale(struct scale_info *s)
{
    free(s->kind);
    free(s->description);
    for (size_t i = 0; i < s->nfacts; i++) {
        free(s->facts[i].name);
        free(s->facts[i].type);
        free(s->facts[i].values);
    }
    free(s->facts);
}

static void free_node(struct node *n)
{
    free(n->code);
    free(n->title);
    free(n->children);
    free(n->lead);
    free_strings(n->kinds, n->nkinds);
    free_scale(&n->scale);
    free(n->evidence);
    free_strings(n->evidence_types, n->nevidence_types);
}

static void free_evidence_rules(struct evidence_rules *r)
{
    free_strings(r->issuers, r->nissuers);
    for (size_t i = 0; i < r->npatterns; i++) {
        free(r->patterns[i].pattern);
        re_free(r->patterns[i].re);
    }
    free(r->patterns);
}

/* Frees everything m owns and leaves it zeroed; m itself belongs to the caller. */
void model_free(struct model *m)
{
    if (!m)
        return;
    free(m->file);
    free(m->sha256);
    free(m->title);
    free(m->basis);
    free(m->example);
    for (size_t i = 0; i < m->nnodes; i++)
        free_node(&m->nodes[i]);
    free(m->nodes);
    for (size_t i = 0; i < m->nagencies; i++) {
        free(m->agencies[i].code);
        free(m->agencies[i].name);
    }
    free(m->agencies);
    for (size_t i = 0; i < m->nkinds; i++) {
        free(m->kinds[i].code);
        free(m->kinds[i].name);
    }
    free(m->kinds);
    for (size_t i = 0; i < m->nbands; i++)
        free(m->bands[i].name);
    free(m->bands);
    for (size_t i = 0; i < m->ndeadlines; i++) {
        free(m->deadlines[i].task);
        free_strings(m->deadlines[i].by, m->deadlines[i].nby);
        free(m->deadlines[i].to);
        free(m->deadlines[i].due);
        free(m->deadlines[i].code);
        free(m->deadlines[i].after);
    }
    free(m->deadlines);
    for (size_t i = 0; i < m->nadjustments; i++) {
        free(m->adjustments[i].code);
        free(m->adjustments[i].title);
        free(m->adjustments[i].fact);
    }
    free(m->adjustments);
    workcal_free(m->calendar);
    free(m->calendar);
    for (size_t i = 0; i < m->nsurvey_groups; i++) {
        free(m->survey_groups[i].code);
        free(m->survey_groups[i].name);
        free_strings(m->survey_groups[i].by, m->survey_groups[i].nby);
    }
    free(m->survey_groups);
    for (size_t i = 0; i < m->nfacts; i++) {
        struct fact_def *f = &m->facts[i];
        free(f->code);
        free(f->type);
        free(f->label);
        free(f->agency);
        free(f->values);
        free(f->unit);
    }
    free(m->facts);
    free_evidence_rules(&m->evidence);
    for (size_t i = 0; i < m->nquestions; i++) {
        struct survey_question *q = &m->questions[i];
        free(q->code);
        free(q->text);
        free(q->node);
        for (size_t k = 0; k < q->noptions; k++) {
            free(q->options[k].code);
            free(q->options[k].label);
        }
        free(q->options);
        for (size_t k = 0; k < q->ngroups; k++)
            free(q->groups[k].group);
        free(q->groups);
    }
    free(m->questions);
    free(m->question_order);
    memset(m, 0, sizeof *m);
}

const struct level_names *model_level(long long level)
{
    /* TRANSLATORS: the levels of the index tree as users call them (field = lĩnh vực,
     * criterion = tiêu chí, sub-criterion = tiêu chí thành phần); %s is the node's code. */
    static const struct level_names NAMES[] = {
        {"node", N_("node %s"), N_("node"), N_("nodes"), "?"},
        [LEVEL_FIELD] = {"field", N_("field %s"), N_("field"), N_("fields"), "2"},
        [LEVEL_CRITERION] = {"criterion", N_("criterion %s"), N_("criterion"), N_("criteria"),
                             "2.1"},
        [LEVEL_SUB] = {"sub", N_("sub-criterion %s"), N_("sub-criterion"), N_("sub-criteria"),
                       "2.1.3"},
    };
    return &NAMES[level >= LEVEL_FIELD && level <= LEVEL_SUB ? level : 0];
}

const char *model_node_name(long long level, const char *code, char *buf, size_t size)
{
    snprintf(buf, size, _(model_level(level)->named), code);
    return buf;
}

const struct fact_def *model_fact(const struct model *m, const char *code)
{
    /* a dictionary's codes begin with many letters: strcmp only where the first one agrees */
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].code[0] == code[0] && strcmp(m->facts[i].code, code) == 0)
            return &m->facts[i];
    return NULL;
}

int model_deadline(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->ndeadlines; i++)
        if (m->deadlines[i].code && !strcmp(m->deadlines[i].code, code))
            return (int)i;
    return -1;
}

const struct survey_group *model_survey_group(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->nsurvey_groups; i++)
        if (strcmp(m->survey_groups[i].code, code) == 0)
            return &m->survey_groups[i];
    return NULL;
}

const struct survey_question *model_question(const struct model *m, const char *code)
{
    if (m->question_order && m->nquestion_order == m->nquestions) {
        size_t lo = 0, hi = m->nquestions; /* the place of code is in [lo, hi) if anywhere */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            const struct survey_question *q = &m->questions[m->question_order[mid]];
            int c = strcmp(code, q->code);
            if (c == 0)
                return q;
            if (c < 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        return NULL;
    }
    for (size_t i = 0; i < m->nquestions; i++)
        if (strcmp(m->questions[i].code, code) == 0)
            return &m->questions[i];
    return NULL;
}

/* qsort's comparison of two questions by code. */
static int by_code(const void *a, const void *b)
{
    return strcmp((*(const struct survey_question *const *)a)->code,
                  (*(const struct survey_question *const *)b)->code);
}

int model_index_questions(struct model *m)
{
    free(m->question_order);
    m->question_order = NULL;
    m->nquestion_order = 0;
    if (!m->nquestions)
        return 0;
    const struct survey_question **sorted = malloc(m->nquestions * sizeof *sorted);
    size_t *order = malloc(m->nquestions * sizeof *order);
    if (!sorted || !order) {
        free(sorted);
        free(order);
        return -1;
    }
    for (size_t i = 0; i < m->nquestions; i++)
        sorted[i] = &m->questions[i];
    qsort(sorted, m->nquestions, sizeof *sorted, by_code);
    for (size_t i = 0; i < m->nquestions; i++)
        order[i] = (size_t)(sorted[i] - m->questions);
    free(sorted);
    m->question_order = order;
    m->nquestion_order = m->nquestions;
    return 0;
}

int model_find(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->nnodes; i++)
        if (strcmp(m->nodes[i].code, code) == 0)
            return (int)i;
    return -1;
}

const struct agency *model_agency(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->nagencies; i++)
        if (strcmp(m->agencies[i].code, code) == 0)
            return &m->agencies[i];
    return NULL;
}

const struct unit_kind *model_kind(const struct model *m, const char *code)
{
    for (size_t i = 0; i < m->nkinds; i++)
        if (strcmp(m->kinds[i].code, code) == 0)
            return &m->kinds[i];
    return NULL;
}

int model_applies(const struct model *m, size_t i, const char *kind)
{
    const struct node *n = &m->nodes[i];
    if (n->nkinds == 0)
        return 1;
    for (size_t k = 0; k < n->nkinds; k++)
        if (kind && strcmp(n->kinds[k], kind) == 0)
            return 1;
    return 0;
}

/* The percentage is judged as the user sees it, rounded to 2 places: 89.995 shows as
 * "90.00", so it must get the band that starts at 90, not the one below. */
const struct band *model_band(const struct model *m, double percent)
{
    double shown = num_round(percent, 2);
    for (size_t i = 0; i < m->nbands; i++)
        if (shown >= m->bands[i].min)
            return &m->bands[i];
    return NULL;
}
