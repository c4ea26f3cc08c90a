/* rules_lint.c — the lint of a loaded rule file (see rules_lint.h).
 * Probing: each leaf's declared facts start at an ordinary value; then one fact at a time
 * takes each probe value of its type (and goes missing), and once all go missing.  A data
 * error is a fine answer to a bad value; a rule error or a result outside [0, max] is not.
 * Uses: engine.h (engine_score_leaf), results.h, fileio.h, text.h, findings.h, fact_types.h,
 * model.h (the fact dictionary), numfmt.h, i18n.h (messages), lint_years.h (years left over
 * from last year's copy). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "rules_lint.h"

#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "fact_types.h"
#include "fileio.h"
#include "lint_years.h"
#include "numfmt.h"
#include "text.h"
#include "i18n.h"

#define MAX_PROBES 16

struct probe_values {
    struct fact_value v[MAX_PROBES];
    size_t n;
};

static void add_number(struct probe_values *p, enum fact_type type, double x)
{
    if (p->n < MAX_PROBES) {
        p->v[p->n].type = type;
        p->v[p->n++].num = x;
    }
}

static void add_text(struct probe_values *p, enum fact_type type, const char *s)
{
    if (p->n < MAX_PROBES) {
        p->v[p->n].type = type;
        snprintf(p->v[p->n++].text, sizeof p->v[0].text, "%s", s);
    }
}

/* The probe values of one declared fact; the first is the ordinary value. */
static void probe_values(const struct scale_fact *f, double max, struct probe_values *p)
{
    static const double RATIOS[] = {0.9, 0, 0.25, 0.5, 0.7999, 0.8, 0.9999, 1, 1.2};
    static const double NUMBERS[] = {3, 0, 1, 10, 100, 1e6, -1};
    static const char *const DATES[] = {"2019-06-30", "2017-01-01", "2018-12-31", "2019-01-01",
                                        "2019-12-31", "2020-01-01", "2021-12-31"};
    p->n = 0;
    switch (declared_type_of(f->type)) {
    case DECLARED_BOOL:
        add_number(p, FACT_BOOL, 1);
        add_number(p, FACT_BOOL, 0);
        add_number(p, FACT_NUMBER, 1);
        add_number(p, FACT_NUMBER, 0);
        break;
    case DECLARED_RATIO:
        for (size_t i = 0; i < sizeof RATIOS / sizeof *RATIOS; i++)
            add_number(p, FACT_NUMBER, RATIOS[i]);
        break;
    case DECLARED_POINTS:
        add_number(p, FACT_NUMBER, max / 2);
        add_number(p, FACT_NUMBER, 0);
        add_number(p, FACT_NUMBER, max);
        add_number(p, FACT_NUMBER, max * 1.5);
        break;
    case DECLARED_DATE:
        for (size_t i = 0; i < sizeof DATES / sizeof *DATES; i++)
            add_text(p, FACT_DATE, DATES[i]);
        add_text(p, FACT_TEXT, "đúng hạn");
        add_text(p, FACT_TEXT, "trễ hạn");
        add_number(p, FACT_BOOL, 0);
        break;
    case DECLARED_TEXT:
    case DECLARED_STATUS: {
        const char *s = f->values ? f->values : "";
        while (*s && p->n < MAX_PROBES - 2) {
            const char *bar = strchr(s, '|');
            size_t len = bar ? (size_t)(bar - s) : strlen(s);
            char word[256];
            snprintf(word, sizeof word, "%.*s", (int)len, s);
            add_text(p, FACT_TEXT, word);
            s += len + (bar != NULL);
        }
        add_text(p, FACT_TEXT, "khác");
        break;
    }
    case DECLARED_NUMBER:
    default: /* the loader refuses a type not in fact_types.h */
        for (size_t i = 0; i < sizeof NUMBERS / sizeof *NUMBERS; i++)
            add_number(p, FACT_NUMBER, NUMBERS[i]);
    }
    add_number(p, FACT_NA, 0);
}

struct probe {
    struct rules *rl;
    size_t node;
    struct fact_info *facts; /* one per declared fact */
    size_t nfacts;
    const char *kind;
    long runs;
};

/* Runs the scale with the facts present[i] != 0; returns 0 when the outcome is acceptable,
 * else adds a finding and returns 1 (-1 when a budget ran out). */
static int probe_once(struct probe *p, const unsigned char *present, const char *what,
                      struct findings *out, int *undeclared_reported)
{
    const struct node *n = &p->rl->model.nodes[p->node];
    struct fact_info given[64];
    size_t ngiven = 0;
    for (size_t i = 0; i < p->nfacts && ngiven < 64; i++)
        if (present[i])
            given[ngiven++] = p->facts[i];
    struct results r;
    memset(&r, 0, sizeof r);
    r.model = &p->rl->model;
    struct px_err e = {0};
    int rc = results_add_unit(&r, "PROBE", "PROBE", p->kind);
    if (rc == 0)
        rc = engine_score_leaf(p->rl, p->node, given, ngiven, NULL, &r, &e);
    else
        px_err_set(&e, PX_SYSTEM, _("out of memory"));
    p->runs++;
    int result = 0;
    if (rc != 0 && e.code != PX_DATA) {
        findings_add(out, n->line, _("the scale of %s fails when %s: %s"), n->code, what, e.msg);
        result = e.code == PX_LIMIT || e.code == PX_SYSTEM ? -1 : 1;
    } else if (rc == 0 && !*undeclared_reported) {
        const struct leaf_why *w = &r.units[0].why[p->node];
        for (size_t k = 0; k < w->nfacts_read && !*undeclared_reported; k++) {
            int declared = 0;
            for (size_t i = 0; i < n->scale.nfacts && !declared; i++)
                declared = !strcmp(n->scale.facts[i].name, w->facts_read[k]);
            if (!declared) {
                findings_add(out, n->line, _("the scale of %s reads the fact %s, which it does not "
                             "declare in facts = { … }"), n->code, w->facts_read[k]);
                *undeclared_reported = 1;
            }
        }
    }
    results_free(&r);
    return result;
}

/* Probes one leaf; -1 when a budget ran out. */
static int probe_leaf(struct rules *rl, size_t node, struct findings *out, long *runs)
{
    const struct model *m = &rl->model;
    const struct node *n = &m->nodes[node];
    size_t nf = n->scale.nfacts < 64 ? n->scale.nfacts : 64;
    struct fact_info facts[64];
    struct probe_values values[64];
    unsigned char present[64];
    memset(facts, 0, sizeof facts);
    for (size_t i = 0; i < nf; i++) {
        probe_values(&n->scale.facts[i], n->max, &values[i]);
        facts[i].name = n->scale.facts[i].name;
        facts[i].source = "paridx check";
        facts[i].at = "";
        facts[i].value = values[i].v[0];
        present[i] = 1;
    }
    struct probe p = {rl, node, facts, nf,
                      n->nkinds ? n->kinds[0] : m->nkinds ? m->kinds[0].code : "unit", 0};
    int undeclared = 0, rc = 0;
    char what[400];
    snprintf(what, sizeof what, _("every fact has an ordinary value"));
    rc = probe_once(&p, present, what, out, &undeclared);
    for (size_t i = 0; i < nf && rc == 0; i++) {
        for (size_t k = 0; k <= values[i].n && rc == 0; k++) {
            char shown[300] = "";
            if (k < values[i].n) {
                facts[i].value = values[i].v[k];
                fact_show(&facts[i].value, shown, sizeof shown);
                snprintf(what, sizeof what, "%s = %s", facts[i].name, shown);
            } else {
                present[i] = 0;
                snprintf(what, sizeof what, "%s is missing", facts[i].name);
            }
            rc = probe_once(&p, present, what, out, &undeclared);
        }
        present[i] = 1;
        facts[i].value = values[i].v[0];
    }
    if (rc == 0 && nf) {
        memset(present, 0, sizeof present);
        rc = probe_once(&p, present, "every fact is missing", out, &undeclared);
    }
    *runs += p.runs;
    return rc < 0 ? -1 : 0;
}

static void lint_text(const struct model *m, struct findings *out)
{
    size_t len;
    struct px_err e;
    char *text = file_read(m->file, &len, &e);
    if (!text)
        return;
    int line = 1;
    for (char *s = text; *s; line++) {
        char *nl = strchr(s, '\n');
        if (nl)
            *nl = '\0';
        char *nfc = text_nfc(s, strlen(s), NULL); /* UTF-8: sandbox_load refuses anything else */
        if (nfc && strcmp(nfc, s))
            findings_add(out, line, _("text not in Unicode NFC (precomposed) form; paridx reads it "
                                      "as NFC, but save the file in NFC so searches find it"));
        free(nfc);
        s = nl ? nl + 1 : s + strlen(s);
    }
    free(text);
}

static void lint_model(const struct model *m, struct findings *out)
{
    if (!m->basis)
        findings_add(out, m->index_line, _("the index names no legal basis (basis = \"Quyết định "
                                           "…\")"));
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && !m->nodes[i].lead)
            findings_add(out, m->nodes[i].line, _("%s has no lead agency (lead = \"…\" on it or a "
                                                  "parent)"),
                         m->nodes[i].code);
    for (size_t i = 0; i < m->nsurvey_groups; i++)
        if (!m->survey_groups[i].nby)
            findings_add(out, m->survey_groups[i].line, _("survey group %s names no agency that "
                         "lists its respondents (by = { … })"), m->survey_groups[i].code);
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        if (!d->nby)
            findings_add(out, d->line, _("deadline '%s' names no agency (by = { … })"), d->task);
        if (!d->code && m->calendar)
            findings_add(out, d->line, _("deadline '%s' has no code; give it code = \"…\" so that "
                         "submissions, deadlines and remind can name it"), d->task);
        int year = atoi(d->due);
        if (year < m->year || year > m->year + 1) /* left over from last year's copy? */
            findings_add(out, d->line, _("deadline '%s' is due in %d, neither the index year %d nor "
                         "the next"), d->task, year, m->year);
        if (i > 0 && strcmp(d->due, m->deadlines[i - 1].due) < 0)
            findings_add(out, d->line, _("deadline '%s' comes before the one above it; list "
                                         "deadlines "
                         "in date order"), d->task);
    }
}

/* How many scales declare that they read fact f; a points fact allowing more than a leaf that
 * reads it is worth gets a finding (the leaf's maximum was lowered, the dictionary not). */
static size_t fact_readers(const struct model *m, const struct fact_def *f, struct findings *out)
{
    size_t readers = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        for (size_t k = 0; k < m->nodes[i].scale.nfacts; k++) {
            if (strcmp(m->nodes[i].scale.facts[k].name, f->code))
                continue;
            readers++;
            if (!strcmp(f->type, "points") && f->has_max && f->max > m->nodes[i].max) {
                char allowed[40], worth[40], name[128];
                num_format_vn(f->max, 6, allowed, sizeof allowed);
                num_format_vn(m->nodes[i].max, 6, worth, sizeof worth);
                model_node_name(m->nodes[i].level, m->nodes[i].code, name, sizeof name);
                findings_add(out, f->line, _("fact %s allows up to %s points, but %s, which "
                             "reads it, is worth %s; lower 'max' to the leaf's maximum"), f->code,
                             allowed, name, worth);
            }
        }
    for (size_t i = 0; i < m->nadjustments; i++)
        readers += !strcmp(m->adjustments[i].fact, f->code);
    return readers;
}

/* The fact dictionary: every entry read by some scale, points within the leaf's maximum, and
 * labelled, each label its own, for the people who fill it in (facts read but not declared
 * stop the load: model_check.c). */
static void lint_dictionary(const struct model *m, struct findings *out)
{
    for (size_t i = 0; i < m->nfacts; i++) {
        const struct fact_def *f = &m->facts[i];
        if (!fact_readers(m, f, out))
            findings_add(out, f->line, _("fact %s is declared but no scale reads it; remove it or "
                         "score a leaf with it"), f->code);
        if (!f->label || !f->label[0])
            findings_add(out, f->line, _("fact %s has no label; give it the Vietnamese name the "
                         "agencies know (label = \"Ngày ban hành kế hoạch CCHC năm …\"), which "
                         "forms show and imports accept"), f->code);
        for (size_t j = 0; j < i && f->label && f->label[0]; j++)
            if (m->facts[j].label && !strcmp(m->facts[j].label, f->label)) {
                findings_add(out, f->line, _("fact %s has the same label as fact %s (line %d); "
                             "an import naming the fact by its label could not tell them apart"),
                             f->code, m->facts[j].code, m->facts[j].line);
                break;
            }
    }
}

long rules_lint(struct rules *rl, struct findings *out)
{
    const struct model *m = &rl->model;
    lint_text(m, out);
    lint_model(m, out);
    lint_years(m, out);
    lint_dictionary(m, out);
    long runs = 0;
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && probe_leaf(rl, i, out, &runs) < 0)
            return -1;
    return runs;
}
