/* import_dict.c — facts checked against the fact dictionary at import (see import_dict.h).
 * Uses: model.h, fact.h, fact_types.h, numfmt.h (num_format_vn), text.h (text_casefold),
 * import_plan.h (submissions checked against the deadlines), i18n.h (messages). */
#include "import_dict.h"
#include "import_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fact_types.h"
#include "numfmt.h"
#include "text.h"
#include "i18n.h"

/* Levenshtein distance between a and b (codes are short ASCII words). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 255 || lb > 255)
        return (size_t)-1;
    size_t row[256];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* The declared code nearest to name, when it is within a third of name's length (at least
 * 2 edits); NULL otherwise. */
static const char *nearest_code(const struct model *m, const char *name)
{
    size_t limit = strlen(name) / 3 > 2 ? strlen(name) / 3 : 2, best = limit + 1;
    const char *code = NULL;
    for (size_t i = 0; i < m->nfacts; i++) {
        size_t d = edit_distance(name, m->facts[i].code);
        if (d < best) {
            best = d;
            code = m->facts[i].code;
        }
    }
    return code;
}

/* import_dict_resolve, with the entry found in *def. */
static const char *resolve_def(const struct model *m, const char *name,
                               const struct fact_def **def, char *why, size_t n)
{
    const struct fact_def *d = model_fact(m, name);
    *def = d;
    if (d)
        return d->code;
    char *folded = text_casefold(name);
    const struct fact_def *first = NULL, *second = NULL;
    for (size_t i = 0; folded && i < m->nfacts && !second; i++) {
        char *label = m->facts[i].label ? text_casefold(m->facts[i].label) : NULL;
        if (label && strcmp(label, folded) == 0) {
            if (first)
                second = &m->facts[i];
            else
                first = &m->facts[i];
        }
        free(label);
    }
    free(folded);
    if (second) {
        snprintf(why, n, _("'%s' is the label of two facts, %s and %s: write the code"), name,
                 first->code, second->code);
        return NULL;
    }
    *def = first;
    if (first)
        return first->code;
    const char *near = nearest_code(m, name);
    if (near)
        snprintf(why, n, _("unknown fact '%s' (did you mean %s?)"), name, near);
    else
        snprintf(why, n, _("unknown fact '%s' (not in the fact dictionary of %s)"), name, m->file);
    return NULL;
}

/* Whether the folded raw text is one of the words "a|b|c". */
static int is_word_of(const char *raw, const char *words)
{
    char *folded = text_casefold(raw), *list = text_casefold(words);
    int found = 0;
    for (char *w = list, *bar; w && folded && !found; w = bar ? bar + 1 : NULL) {
        bar = strchr(w, '|');
        if (bar)
            *bar = '\0';
        found = strcmp(w, folded) == 0;
    }
    free(folded);
    free(list);
    return found;
}

/* "from 0% to 100%", "from 0", "up to 5" or "" for the declared range (shares in percent). */
static void range_text(const struct fact_def *d, int share, char *buf, size_t n)
{
    char lo[64], hi[64];
    double scale = share ? 100 : 1;
    const char *pct = share ? "%" : "";
    num_format_vn(d->min * scale, 6, lo, sizeof lo);
    num_format_vn(d->max * scale, 6, hi, sizeof hi);
    if (d->has_min && d->has_max)
        snprintf(buf, n, _(" from %s%s to %s%s"), lo, pct, hi, pct);
    else if (d->has_min)
        snprintf(buf, n, _(" of at least %s%s"), lo, pct);
    else if (d->has_max)
        snprintf(buf, n, _(" of at most %s%s"), hi, pct);
    else
        buf[0] = '\0';
}

/* A number fact: the type, then the declared range (a share declared without one: 0%…100%;
 * with only min = 0, as for targets exceeded, no upper bound). */
static int check_number(const struct fact_def *d, int share, const char *raw,
                        const struct fact_value *v, char *why, size_t n)
{
    struct fact_def r = *d;
    if (share && !r.has_min && !r.has_max) /* a share of a whole, unless the rule says */
        r.min = 0, r.has_min = 1, r.max = 1, r.has_max = 1;
    if (v->type == FACT_NUMBER && !(r.has_min && v->num < r.min) &&
        !(r.has_max && v->num > r.max))
        return 0;
    char range[160]; /* the refusal's words, only for a refused value */
    range_text(&r, share, range, sizeof range);
    const char *what = share                             ? _("a share")
                       : strcmp(d->type, "points") == 0 ? _("points")
                                                         : _("a number");
    snprintf(why, n, _("expected %s%s, found %s"), what, range, raw);
    return -1;
}

/* A date fact: a date, or a timeliness word (the declared values, or đúng hạn/trễ hạn/không);
 * a date far from the year warns. */
static int check_date(const struct fact_def *d, int year, const char *raw,
                      const struct fact_value *v, char *why, size_t n)
{
    const char *words = d->values ? d->values : "đúng hạn|trễ hạn|không";
    if (v->type != FACT_DATE) {
        if (is_word_of(raw, words))
            return 0;
        snprintf(why, n, _("expected a date dd/mm/yyyy or %s, found %s"), words, raw);
        return -1;
    }
    int y = atoi(v->text);
    if (year > 0 && (y < year - 1 || y > year + 1)) {
        snprintf(why, n, _("%s: the date %s is far from the data year %d (expected 01/01/%d to "
                 "31/12/%d); imported, check it"), d->code, raw, year, year - 1, year + 1);
        return 1;
    }
    return 0;
}

const char *import_dict_resolve(const struct model *m, const char *name, char *why, size_t n)
{
    const struct fact_def *d;
    return resolve_def(m, name, &d, why, n);
}

/* import_dict_value of the entry d (NULL: not declared, so not checked). */
static int value_of_def(const struct fact_def *d, int year, const char *raw,
                        const struct fact_value *v, char *why, size_t n)
{
    if (!d || v->type == FACT_NA)
        return 0;
    switch (declared_type_of(d->type)) {
    case DECLARED_BOOL:
        if (v->type == FACT_BOOL)
            return 0;
        snprintf(why, n, _("expected có or không, found %s"), raw);
        return -1;
    case DECLARED_NUMBER:
    case DECLARED_POINTS:
        return check_number(d, 0, raw, v, why, n);
    case DECLARED_RATIO:
        return check_number(d, 1, raw, v, why, n);
    case DECLARED_DATE:
        return check_date(d, year, raw, v, why, n);
    default: /* text and status words */
        if (!d->values || is_word_of(raw, d->values))
            return 0;
        snprintf(why, n, _("expected one of %s, found %s"), d->values, raw);
        return -1;
    }
}

int import_dict_value(const struct model *m, int year, const char *code, const char *raw,
                      const struct fact_value *v, char *why, size_t n)
{
    return value_of_def(model_fact(m, code), year, raw, v, why, n);
}

static const char *resolve(const void *ctx, const char *name, const void **fact, char *why,
                           size_t n)
{
    const struct fact_def *d = NULL;
    const char *code = resolve_def(ctx, name, &d, why, n);
    *fact = d;
    return code;
}

static int check(const void *ctx, const void *fact, int year, const char *raw,
                 const struct fact_value *v, char *why, size_t n)
{
    (void)ctx;
    return value_of_def(fact, year, raw, v, why, n);
}

int import_dict_node(const struct model *m, const char *code, double points, char *why,
                     size_t n)
{
    int i = model_find(m, code);
    const struct node *node = i >= 0 ? &m->nodes[i] : NULL;
    if (!node) {
        snprintf(why, n, _("expected a self-assessed sub-criterion of %s, found '%s'"), m->file,
                 code);
        return -1;
    }
    if (node->nchildren || node->survey) {
        snprintf(why, n, node->survey ? _("expected a self-assessed sub-criterion of %s, found "
                                          "'%s', which the survey scores")
                                      : _("expected a self-assessed sub-criterion of %s, found "
                                          "'%s', which has sub-criteria"),
                 m->file, code);
        return -1;
    }
    if (points > node->max) {
        char max[32], shown[32];
        num_format_vn(node->max, 2, max, sizeof max);
        num_format_vn(points, 6, shown, sizeof shown);
        snprintf(why, n, _("expected points from 0 to %s, the maximum of %s, found %s"), max, code,
                 shown);
        return -1;
    }
    return 0;
}

static int node_check(const void *model, const char *code, double points, char *why, size_t n)
{
    return import_dict_node(model, code, points, why, n);
}

/* 1 when a bonus or penalty item of the model reads the fact: the council enters it. */
static int council_fact(const void *model, const char *fact)
{
    const struct model *m = model;
    for (size_t i = 0; i < m->nadjustments; i++)
        if (!strcmp(m->adjustments[i].fact, fact))
            return 1;
    return 0;
}

struct import_facts import_dict_facts(const struct model *m, int year, const char *year_from)
{
    struct import_facts f = {.year = year, .year_from = year_from, .resolve = resolve,
                             .check = check, .model = m};
    if (m && m->nfacts)
        f.ctx = m;
    if (m) { /* appraisals are checked against the tree, submissions against the deadlines */
        f.node = node_check;
        f.council = council_fact;
        f.plan = m;
        f.check_submission = import_plan_check;
    }
    return f;
}
