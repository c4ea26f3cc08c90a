/* report_template.c — which rows an agency's form has and how its types and allowed values
 * read, and the texts of its cells (see report_template.h).  Uses: model.h, fact.h, form.h,
 * numfmt.h (numbers in Vietnamese), vec.h. */
#include "report_template.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "vec.h"

/* The stored fact for unit (its value and note), or NULL. */
static const struct fact_info *current(const struct form_unit *u, const char *fact)
{
    for (size_t i = 0; i < u->nfacts; i++)
        if (strcmp(u->facts[i].name, fact) == 0)
            return &u->facts[i];
    return NULL;
}

/* 1 when an earlier leaf than `leaf` (in tree order) already asks for fact. */
static int asked_before(const struct model *m, size_t leaf, const char *fact)
{
    for (size_t i = 0; i < leaf; i++)
        for (size_t k = 0; m->nodes[i].has_scale && k < m->nodes[i].scale.nfacts; k++)
            if (strcmp(m->nodes[i].scale.facts[k].name, fact) == 0)
                return 1;
    return 0;
}

/* The row for fact sf of leaf for unit u, from the dictionary when it declares the fact. */
static struct form_row row_of(const struct model *m, const struct node *leaf,
                              const struct scale_fact *sf, const struct form_unit *u)
{
    const struct fact_def *d = model_fact(m, sf->name);
    struct form_row r = {u, leaf, sf->name, "", sf->type, sf->values, NULL, 0, 0, 0, 0,
                         current(u, sf->name)};
    if (d) {
        r.label = d->label ? d->label : "";
        r.type = d->type;
        r.values = d->values ? d->values : sf->values;
        r.measure = d->unit;
        r.min = d->min;
        r.max = d->max;
        r.has_min = d->has_min;
        r.has_max = d->has_max;
    }
    return r;
}

/* The agency that supplies fact for leaf: the dictionary's, else the leaf's lead. */
static const char *supplier(const struct model *m, const struct node *leaf, const char *fact)
{
    const struct fact_def *d = model_fact(m, fact);
    return d && d->agency ? d->agency : leaf->lead;
}

int form_build(struct form *f, const struct model *m, const struct agency *agency,
               const struct form_unit *units, size_t nunits)
{
    memset(f, 0, sizeof *f);
    f->m = m;
    f->agency = agency;
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *leaf = &m->nodes[i];
        if (!leaf->has_scale || leaf->survey)
            continue;
        for (size_t k = 0; k < leaf->scale.nfacts; k++) {
            const struct scale_fact *sf = &leaf->scale.facts[k];
            const char *by = supplier(m, leaf, sf->name);
            if (!by || strcmp(by, agency->code) != 0 || asked_before(m, i, sf->name))
                continue;
            for (size_t u = 0; u < nunits; u++)
                if (model_applies(m, i, units[u].kind) &&
                    VEC_PUSH(f->rows, f->nrows, f->cap, row_of(m, leaf, sf, &units[u])) != 0) {
                    form_free(f);
                    return -1;
                }
        }
    }
    return 0;
}

void form_free(struct form *f)
{
    free(f->rows);
    memset(f, 0, sizeof *f);
}

const char *form_type_words(const char *type)
{
    static const struct {
        const char *type, *words;
    } WORDS[] = {{"bool", "có/không"},        {"number", "số"},
                 {"ratio", "tỷ lệ (%)"},      {"date", "ngày (dd/mm/yyyy)"},
                 {"points", "điểm"},          {"text", "chữ (chọn trong danh sách)"},
                 {"status", "trạng thái (chọn trong danh sách)"}};
    for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
        if (strcmp(WORDS[i].type, type) == 0)
            return WORDS[i].words;
    return type;
}

/* A bound as shown: a share in percent, any number with a decimal comma. */
static void bound(const struct form_row *r, double x, char *buf, size_t n)
{
    int share = strcmp(r->type, "ratio") == 0;
    num_format_vn(share ? x * 100 : x, 4, buf, n);
    if (share)
        strncat(buf, "%", n - strlen(buf) - 1);
}

void form_range(const struct form_row *r, double *min, double *max, int *has_min, int *has_max)
{
    *min = r->min;
    *max = r->max;
    *has_min = r->has_min;
    *has_max = r->has_max;
    if (strcmp(r->type, "ratio") == 0 && !*has_min && !*has_max) { /* a share: 0% to 100% */
        *min = 0;
        *max = 1;
        *has_min = *has_max = 1;
    }
    if (strcmp(r->type, "points") == 0 && !*has_max) { /* points: up to the leaf's maximum */
        *min = *has_min ? *min : 0;
        *max = r->leaf->max;
        *has_min = *has_max = 1;
    }
}

const char *form_allowed(const struct form_row *r, char *buf, size_t n)
{
    char lo[64], hi[64];
    if (r->values) { /* the words, "a|b|c" → "a, b, c", after "dd/mm/yyyy hoặc" for dates */
        size_t used = (size_t)snprintf(buf, n, "%s", strcmp(r->type, "date") == 0 ?
                                       "dd/mm/yyyy hoặc " : "");
        for (const char *s = r->values; *s && used + 3 < n; s++)
            used += (size_t)(*s == '|' ? snprintf(buf + used, n - used, ", ")
                                       : snprintf(buf + used, n - used, "%c", *s));
        return buf;
    }
    if (strcmp(r->type, "bool") == 0) {
        snprintf(buf, n, "có, không");
        return buf;
    }
    double min, max;
    int has_min, has_max;
    form_range(r, &min, &max, &has_min, &has_max);
    if (has_min)
        bound(r, min, lo, sizeof lo);
    if (has_max)
        bound(r, max, hi, sizeof hi);
    if (has_min && has_max)
        snprintf(buf, n, "từ %s đến %s", lo, hi);
    else if (has_min || has_max)
        snprintf(buf, n, "%s %s", has_min ? "từ" : "đến", has_min ? lo : hi);
    else
        buf[0] = '\0';
    return buf;
}

void form_row_cells(const struct form_row *r, struct form_cells *c)
{
    c->value[0] = '\0';
    if (r->current)
        fact_show(&r->current->value, c->value, sizeof c->value);
    c->text[FORM_UNIT] = r->unit->code;
    c->text[FORM_NODE] = r->leaf->code;
    c->text[FORM_TITLE] = r->leaf->title;
    c->text[FORM_LABEL] = r->label;
    c->text[FORM_FACT] = r->fact;
    c->text[FORM_TYPE] = form_type_words(r->type);
    c->text[FORM_ALLOWED] = form_allowed(r, c->allowed, sizeof c->allowed);
    c->text[FORM_MEASURE] = r->measure ? r->measure : "";
    c->text[FORM_EVIDENCE] = r->leaf->evidence ? r->leaf->evidence : "";
    c->text[FORM_VALUE] = c->value;
    c->text[FORM_NOTE] = r->current && r->current->note ? r->current->note : "";
    c->text[FORM_DOCUMENT] = "";
}
