/* model_check.c — structural checks of an index model (see model_check.h).
 * Uses: re.h (code shapes), fact_types.h (the declared fact types), results.h (the largest
 * total), numfmt.h (numbers in findings, with a decimal comma), i18n.h (messages). */
#include "model_check.h"

#include <math.h>
#include <string.h>

#include "fact_types.h"
#include "numfmt.h"
#include "re.h"
#include "results.h"
#include "i18n.h"

static int same_amount(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(1.0, fabs(b));
}

static void check_codes(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *n = &m->nodes[i];
        size_t dots = 0;
        for (const char *c = n->code; *c; c++)
            dots += *c == '.';
        if (!re_shape(SHAPE_NODE_CODE, n->code) || dots + 1 != (size_t)n->level) {
            findings_add(out, n->line, _("expected a %s code like \"%s\", found \"%s\""),
                         _(model_level(n->level)->singular), model_level(n->level)->example,
                         n->code);
            continue;
        }
        if (n->parent >= 0) {
            const char *pc = m->nodes[n->parent].code;
            size_t len = strlen(pc);
            if (strncmp(n->code, pc, len) || n->code[len] != '.')
                findings_add(out, n->line, _("%s is inside %s; its code should start with \"%s.\""),
                             n->code, pc, pc);
        }
        for (size_t j = 0; j < i; j++)
            if (!strcmp(m->nodes[j].code, n->code)) {
                findings_add(out, n->line, _("code %s is used twice (first at line %d)"), n->code,
                             m->nodes[j].line);
                break;
            }
    }
}

static void check_maxima(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *n = &m->nodes[i];
        if (!n->nchildren) {
            if (!n->has_scale)
                findings_add(out, n->line, _("%s has no score: give it a scale (score = scale.…) "
                                             "or sub-criteria"), n->code);
            continue;
        }
        /* Per kind of unit: a parent may hold children for departments and for districts. */
        size_t kinds = m->nkinds ? m->nkinds : 1;
        for (size_t k = 0; k < kinds; k++) {
            const char *kind = m->nkinds ? m->kinds[k].code : NULL;
            if (kind && !model_applies(m, i, kind))
                continue;
            double sum = 0;
            for (size_t c = 0; c < n->nchildren; c++)
                if (!kind || model_applies(m, (size_t)n->children[c], kind))
                    sum += m->nodes[n->children[c]].max;
            if (!same_amount(sum, n->max)) {
                char got[40], max[40], name[128];
                num_format_vn(sum, 6, got, sizeof got);
                num_format_vn(n->max, 6, max, sizeof max);
                model_node_name(n->level, n->code, name, sizeof name);
                if (kind && m->nkinds > 1)
                    findings_add(out, n->line, _("the maxima of the %s in %s add up to %s for "
                                 "units of kind %s, but its max is %s"),
                                 _(model_level(n->level + 1)->plural), name, got, kind, max);
                else
                    findings_add(out, n->line, _("the maxima of the %s in %s add up to %s, but "
                                 "its max is %s"), _(model_level(n->level + 1)->plural), name,
                                 got, max);
                break;
            }
        }
    }
    if (m->total > RESULTS_MAX_TOTAL)
        findings_add(out, m->index_line, _("the index total %.15g is more than paridx adds exactly "
                     "(at most %.15g points)"), m->total, RESULTS_MAX_TOTAL);
    /* The fields that apply to each kind of unit must add up to the index total. */
    size_t kinds = m->nkinds ? m->nkinds : 1;
    for (size_t k = 0; k < kinds; k++) {
        const char *kind = m->nkinds ? m->kinds[k].code : NULL;
        double sum = 0;
        for (size_t i = 0; i < m->nnodes; i++)
            if (m->nodes[i].level == LEVEL_FIELD && (!kind || model_applies(m, i, kind)))
                sum += m->nodes[i].max;
        char got[40], total[40];
        num_format_vn(sum, 6, got, sizeof got);
        num_format_vn(m->total, 6, total, sizeof total);
        if (!same_amount(sum, m->total))
            findings_add(out, m->nkinds ? m->kinds[k].line : m->index_line,
                         _("the fields %s%s add up to %s, not the index total %s"),
                         kind ? "for units of kind " : "", kind ? kind : "", got, total);
    }
}

static void check_references(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nagencies; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(m->agencies[i].code, m->agencies[j].code))
                findings_add(out, m->agencies[i].line, _("agency %s is declared twice (first at "
                                                         "line %d)"),
                             m->agencies[i].code, m->agencies[j].line);
    for (size_t i = 0; i < m->nkinds; i++)
        for (size_t j = 0; j < i; j++)
            if (!strcmp(m->kinds[i].code, m->kinds[j].code))
                findings_add(out, m->kinds[i].line, _("unit kind %s is declared twice (first at "
                                                      "line %d)"),
                             m->kinds[i].code, m->kinds[j].line);
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *n = &m->nodes[i];
        int inherited = n->parent >= 0 && m->nodes[n->parent].lead && n->lead &&
                        !strcmp(n->lead, m->nodes[n->parent].lead);
        if (n->lead && !inherited && !model_agency(m, n->lead))
            findings_add(out, n->line, _("%s: unknown lead agency %s (declare it with agency { "
                                         "code = \"%s\", … })"),
                         n->code, n->lead, n->lead);
        int kinds_inherited = n->parent >= 0 && m->nodes[n->parent].nkinds;
        for (size_t k = 0; k < n->nkinds && !kinds_inherited; k++)
            if (!model_kind(m, n->kinds[k]))
                findings_add(out, n->line, _("%s: unknown unit kind %s (declare it with unit_kind "
                                             "{ … })"),
                             n->code, n->kinds[k]);
    }
    for (size_t i = 0; i < m->nsurvey_groups; i++) {
        const struct survey_group *g = &m->survey_groups[i];
        for (size_t j = 0; j < i; j++)
            if (!strcmp(g->code, m->survey_groups[j].code))
                findings_add(out, g->line,
                             _("survey group %s is declared twice (first at line %d)"),
                             g->code, m->survey_groups[j].line);
        for (size_t b = 0; b < g->nby; b++)
            if (!model_agency(m, g->by[b]))
                findings_add(out, g->line, _("survey group %s: unknown agency %s"), g->code,
                             g->by[b]);
    }
    for (size_t i = 0; i < m->nquestions; i++) {
        const struct survey_question *q = &m->questions[i];
        int node = model_find(m, q->node);
        int ratio = 0;
        for (size_t k = 0; node >= 0 && k < m->nodes[node].scale.nfacts && !ratio; k++)
            ratio = m->nodes[node].scale.facts[k].type &&
                    !strcmp(m->nodes[node].scale.facts[k].type, "ratio");
        if (node < 0 || m->nodes[node].nchildren || !m->nodes[node].survey)
            findings_add(out, q->line, _("question %s: %s is not a survey-assessed leaf "
                         "(survey = true, without children)"), q->code, q->node);
        else if (!ratio)
            findings_add(out, q->line, _("question %s: the scale of %s reads no share (a ratio "
                         "fact, as scale.share does) for the answers to feed"), q->code, q->node);
        for (size_t j = 0; j < i; j++)
            if (!strcmp(q->code, m->questions[j].code))
                findings_add(out, q->line, _("question %s is declared twice (first at line %d)"),
                             q->code, m->questions[j].line);
        for (size_t g = 0; g < q->ngroups; g++)
            if (!model_survey_group(m, q->groups[g].group))
                findings_add(out, q->line, _("question %s: unknown survey group %s"), q->code,
                             q->groups[g].group);
    }
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        for (size_t b = 0; b < d->nby; b++)
            if (!model_agency(m, d->by[b]))
                findings_add(out, d->line, _("deadline '%s': unknown agency %s"), d->task,
                             d->by[b]);
        if (d->to && !model_agency(m, d->to))
            findings_add(out, d->line, _("deadline '%s': unknown agency %s"), d->task, d->to);
    }
}

static void check_bands(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nbands; i++) {
        const struct band *b = &m->bands[i];
        char min[40], above[40];
        num_format_vn(b->min, 6, min, sizeof min);
        if (b->min > 100)
            findings_add(out, b->line, _("band %s: the threshold %s is above 100%%"), b->name, min);
        if (i > 0 && b->min >= m->bands[i - 1].min) {
            num_format_vn(m->bands[i - 1].min, 6, above, sizeof above);
            findings_add(out, b->line, _("band %s: thresholds must go down from the best band; "
                         "%s is not below %s's %s"), b->name, min, m->bands[i - 1].name, above);
        }
    }
}

/* Every fact a scale reads is declared with a type of the one list. */
static void check_fact_types(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct scale_info *s = &m->nodes[i].scale;
        for (size_t k = 0; k < s->nfacts; k++) {
            if (declared_type_of(s->facts[k].type) >= 0)
                continue;
            char types[128] = "";
            size_t used = 0;
            for (int t = 0; t < DECLARED_NTYPES && used < sizeof types; t++)
                used += (size_t)snprintf(types + used, sizeof types - used, "%s%s", t ? ", " : "",
                                         declared_type_name(t));
            char name[128];
            findings_add(out, m->nodes[i].line, _("%s: the scale's fact %s has the type \"%s\"; "
                         "expected one of: %s"),
                         model_node_name(m->nodes[i].level, m->nodes[i].code, name, sizeof name),
                         s->facts[k].name, s->facts[k].type, types);
        }
    }
}

/* The fact dictionary: its agencies declared and, once a rule file declares any fact, every
 * fact a scale reads declared in it with the same type (and the same words, where both list
 * them). */
static void check_dictionary(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].agency && !model_agency(m, m->facts[i].agency))
            findings_add(out, m->facts[i].line, _("fact %s: unknown agency %s (declare it with "
                         "agency { code = \"%s\", … })"), m->facts[i].code, m->facts[i].agency,
                         m->facts[i].agency);
    for (size_t i = 0; i < m->nnodes && m->nfacts; i++) {
        const struct node *n = &m->nodes[i];
        char name[128];
        model_node_name(n->level, n->code, name, sizeof name);
        for (size_t k = 0; k < n->scale.nfacts; k++) {
            const struct scale_fact *s = &n->scale.facts[k];
            const struct fact_def *d = model_fact(m, s->name);
            if (declared_type_of(s->type) < 0)
                continue; /* check_fact_types says so */
            if (!d)
                findings_add(out, n->line, _("%s: the scale reads the fact %s, which the fact "
                             "dictionary does not declare (add fact \"%s\" { type = \"%s\", "
                             "label = \"…\" })"), name, s->name, s->name, s->type);
            else if (strcmp(d->type, s->type))
                findings_add(out, n->line, _("%s: the scale reads the fact %s as %s, but the "
                             "fact dictionary declares it as %s at line %d"), name,
                             s->name, s->type, d->type, d->line);
            else if (s->values && d->values && strcmp(s->values, d->values))
                findings_add(out, n->line, _("%s: the scale reads the fact %s as one of %s, "
                             "but the fact dictionary allows %s at line %d"), name,
                             s->name, s->values, d->values, d->line);
        }
    }
}

/* Bonus and penalty items: each code its own and not a node's; the fact each reads declared
 * as points when the rule file declares facts; caps no larger than the index. */
static void check_adjustments(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nadjustments; i++) {
        const struct adjustment *a = &m->adjustments[i];
        const char *what = a->penalty ? "penalty" : "bonus";
        const struct fact_def *d = model_fact(m, a->fact);
        if (model_find(m, a->code) >= 0)
            findings_add(out, a->line, _("%s %s has the code of a node of the index; give it "
                         "its own"), what, a->code);
        if (m->nfacts && !d)
            findings_add(out, a->line, _("%s %s reads the fact %s, which the fact dictionary does "
                         "not declare (add fact \"%s\" { type = \"points\", label = \"…\" })"),
                         what, a->code, a->fact, a->fact);
        else if (d && strcmp(d->type, "points"))
            findings_add(out, a->line, _("%s %s reads the fact %s as points, but the fact "
                         "dictionary declares it as %s at line %d"), what, a->code, a->fact,
                         d->type, d->line);
    }
    if (m->bonus_max > m->total || m->penalty_max > m->total)
        findings_add(out, m->index_line, _("index: bonus_max and penalty_max must not exceed the "
                     "index's total %g"), m->total);
}

void model_check(const struct model *m, struct findings *out)
{
    if (!m->index_line) {
        findings_add(out, 1, _("the rule file has no index { year = …, title = … } declaration"));
        return;
    }
    if (!m->nnodes)
        findings_add(out, m->index_line, _("the index has no fields (field \"1\" { … })"));
    check_codes(m, out);
    check_maxima(m, out);
    check_references(m, out);
    check_bands(m, out);
    check_fact_types(m, out);
    check_dictionary(m, out);
    check_adjustments(m, out);
}
