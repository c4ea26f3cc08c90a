/* model_diff.c — compares two loaded index models (see model_diff.h).  Every declared list
 * (nodes, agencies, unit kinds, bands, deadlines, survey groups, the fact dictionary) goes
 * through one matcher: items are paired
 * by key (the k-th item with a key in B with the k-th in A), pairs compared, the rest added or
 * removed.  Uses: model.h, vec.h (the list of changes), libc. */
#include "model_diff.h"

#include <stdlib.h>
#include <string.h>

#include "vec.h"

static const struct {
    const char *name;
    enum diff_family family;
} KINDS[DIFF_NKINDS] = {
    [DIFF_INDEX_YEAR] = {"index_year", DIFF_OF_INDEX},
    [DIFF_INDEX_TITLE] = {"index_title", DIFF_OF_INDEX},
    [DIFF_INDEX_BASIS] = {"index_basis", DIFF_OF_INDEX},
    [DIFF_INDEX_TOTAL] = {"index_total", DIFF_OF_INDEX},
    [DIFF_NODE_ADDED] = {"node_added", DIFF_OF_NODE},
    [DIFF_NODE_SCORING] = {"node_scoring", DIFF_OF_NODE},
    [DIFF_NODE_REMOVED] = {"node_removed", DIFF_OF_NODE},
    [DIFF_NODE_RENAMED] = {"node_renamed", DIFF_OF_NODE},
    [DIFF_MAX_CHANGED] = {"max_changed", DIFF_OF_NODE},
    [DIFF_SCALE_CHANGED] = {"scale_changed", DIFF_OF_NODE},
    [DIFF_FACT_ADDED] = {"fact_added", DIFF_OF_NODE},
    [DIFF_FACT_REMOVED] = {"fact_removed", DIFF_OF_NODE},
    [DIFF_FACT_CHANGED] = {"fact_changed", DIFF_OF_NODE},
    [DIFF_LEAD_CHANGED] = {"lead_changed", DIFF_OF_NODE},
    [DIFF_SURVEY_CHANGED] = {"survey_changed", DIFF_OF_NODE},
    [DIFF_KINDS_CHANGED] = {"kinds_changed", DIFF_OF_NODE},
    [DIFF_EVIDENCE_CHANGED] = {"evidence_changed", DIFF_OF_NODE},
    [DIFF_NODE_MOVED] = {"node_moved", DIFF_OF_NODE},
    [DIFF_AGENCY_ADDED] = {"agency_added", DIFF_OF_AGENCY},
    [DIFF_AGENCY_REMOVED] = {"agency_removed", DIFF_OF_AGENCY},
    [DIFF_AGENCY_RENAMED] = {"agency_renamed", DIFF_OF_AGENCY},
    [DIFF_KIND_ADDED] = {"kind_added", DIFF_OF_KIND},
    [DIFF_KIND_REMOVED] = {"kind_removed", DIFF_OF_KIND},
    [DIFF_KIND_RENAMED] = {"kind_renamed", DIFF_OF_KIND},
    [DIFF_BAND_ADDED] = {"band_added", DIFF_OF_BAND},
    [DIFF_BAND_REMOVED] = {"band_removed", DIFF_OF_BAND},
    [DIFF_BAND_CHANGED] = {"band_changed", DIFF_OF_BAND},
    [DIFF_DEADLINE_ADDED] = {"deadline_added", DIFF_OF_DEADLINE},
    [DIFF_DEADLINE_REMOVED] = {"deadline_removed", DIFF_OF_DEADLINE},
    [DIFF_DEADLINE_MOVED] = {"deadline_moved", DIFF_OF_DEADLINE},
    [DIFF_DEADLINE_BY_CHANGED] = {"deadline_by_changed", DIFF_OF_DEADLINE},
    [DIFF_DEADLINE_TO_CHANGED] = {"deadline_to_changed", DIFF_OF_DEADLINE},
    [DIFF_GROUP_ADDED] = {"survey_group_added", DIFF_OF_GROUP},
    [DIFF_GROUP_REMOVED] = {"survey_group_removed", DIFF_OF_GROUP},
    [DIFF_GROUP_RENAMED] = {"survey_group_renamed", DIFF_OF_GROUP},
    [DIFF_GROUP_QUOTA_CHANGED] = {"survey_group_quota_changed", DIFF_OF_GROUP},
    [DIFF_GROUP_BY_CHANGED] = {"survey_group_by_changed", DIFF_OF_GROUP},
    [DIFF_DICT_ADDED] = {"dictionary_fact_added", DIFF_OF_FACT},
    [DIFF_DICT_REMOVED] = {"dictionary_fact_removed", DIFF_OF_FACT},
    [DIFF_DICT_RELABELLED] = {"dictionary_fact_relabelled", DIFF_OF_FACT},
    [DIFF_DICT_RETYPED] = {"dictionary_fact_retyped", DIFF_OF_FACT},
    [DIFF_DICT_RANGE_CHANGED] = {"dictionary_fact_range_changed", DIFF_OF_FACT},
    [DIFF_DICT_UNIT_CHANGED] = {"dictionary_fact_unit_changed", DIFF_OF_FACT},
    [DIFF_DICT_AGENCY_CHANGED] = {"dictionary_fact_agency_changed", DIFF_OF_FACT},
};

const char *diff_kind_name(enum diff_kind k)
{
    return KINDS[k].name;
}

enum diff_family diff_kind_family(enum diff_kind k)
{
    return KINDS[k].family;
}

/* ---- values ---- */

static struct diff_value none(void)
{
    return (struct diff_value){.type = DV_NONE};
}

static struct diff_value text(const char *s)
{
    return s ? (struct diff_value){.type = DV_TEXT, .text = s} : none();
}

static struct diff_value number(double x)
{
    return (struct diff_value){.type = DV_NUMBER, .number = x};
}

static struct diff_value boolean(int b)
{
    return (struct diff_value){.type = DV_BOOL, .number = b != 0};
}

static struct diff_value date(const char *iso)
{
    return iso ? (struct diff_value){.type = DV_DATE, .text = iso} : none();
}

static struct diff_value list(char *const *v, size_t n)
{
    return (struct diff_value){.type = DV_LIST, .list = v, .nlist = n};
}

static struct diff_value scale(const struct node *n)
{
    return n->has_scale ? (struct diff_value){.type = DV_SCALE, .scale = &n->scale} : none();
}

static struct diff_value fact(const struct scale_fact *f)
{
    return (struct diff_value){.type = DV_FACT, .fact = f};
}

/* Texts equal, NULL equal only to NULL. */
static int same_text(const char *x, const char *y)
{
    return x == y || (x && y && strcmp(x, y) == 0);
}

static int contains(char *const *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (same_text(v[i], s))
            return 1;
    return 0;
}

/* The same codes, in any order. */
static int same_set(char *const *x, size_t nx, char *const *y, size_t ny)
{
    if (nx != ny)
        return 0;
    for (size_t i = 0; i < nx; i++)
        if (!contains(y, ny, x[i]))
            return 0;
    return 1;
}

/* ---- the list of changes ---- */

struct ctx {
    struct model_diff *d;
    int failed; /* out of memory: stop adding */
};

static void add(struct ctx *c, enum diff_kind k, const char *code, const char *name,
                struct diff_value before, struct diff_value after)
{
    struct model_diff *d = c->d;
    if (c->failed)
        return;
    struct diff_change change = {k, code, name, before, after};
    if (VEC_PUSH(d->changes, d->nchanges, d->cap, change) != 0) {
        c->failed = 1;
        return;
    }
    d->count[k]++;
}

/* ---- matching items of one declared list by key ---- */

/* What the matcher needs of item i of a model's list. */
struct item {
    const char *key;          /* node/agency/kind code, band name, deadline task */
    const char *name;         /* title or name, NULL when the key is the name */
    struct diff_value value;  /* shown when the item is added or removed */
};

struct keyed {
    enum diff_kind added, removed, renamed; /* renamed: DIFF_NKINDS when items have no name */
    struct item (*item)(const struct model *m, size_t i);
    void (*compare)(struct ctx *c, size_t ia, size_t ib); /* NULL: nothing more to compare */
    void (*added_detail)(struct ctx *c, size_t ib); /* more about an added item, or NULL */
};

/* Index in m's list (n items) of the occurrence-th item with this key, or -1. */
static long find(const struct model *m, size_t n, const struct keyed *k, const char *key,
                 size_t occurrence)
{
    for (size_t i = 0; i < n; i++)
        if (same_text(k->item(m, i).key, key) && occurrence-- == 0)
            return (long)i;
    return -1;
}

/* How many items before i in m's list have the same key as i. */
static size_t occurrence(const struct model *m, const struct keyed *k, size_t i)
{
    const char *key = k->item(m, i).key;
    size_t before = 0;
    for (size_t j = 0; j < i; j++)
        before += same_text(k->item(m, j).key, key);
    return before;
}

/* Code and name of a change about item it: families without codes carry the key as name. */
static void subject(const struct keyed *k, struct item it, const char **code, const char **name)
{
    enum diff_family f = diff_kind_family(k->added);
    int coded = f == DIFF_OF_NODE || f == DIFF_OF_AGENCY || f == DIFF_OF_KIND ||
                f == DIFF_OF_GROUP || f == DIFF_OF_FACT;
    *code = coded ? it.key : NULL;
    *name = coded ? it.name : it.key;
}

static void compare_pair(struct ctx *c, const struct keyed *k, size_t ia, size_t ib)
{
    struct item x = k->item(c->d->a, ia), y = k->item(c->d->b, ib);
    if (k->renamed != DIFF_NKINDS && !same_text(x.name, y.name))
        add(c, k->renamed, y.key, NULL, text(x.name), text(y.name));
    if (k->compare)
        k->compare(c, ia, ib);
}

static void match(struct ctx *c, const struct keyed *k, size_t na, size_t nb)
{
    const struct model *a = c->d->a, *b = c->d->b;
    const char *code, *name;
    for (size_t ib = 0; ib < nb; ib++) {
        struct item y = k->item(b, ib);
        long ia = find(a, na, k, y.key, occurrence(b, k, ib));
        if (ia >= 0) {
            compare_pair(c, k, (size_t)ia, ib);
            continue;
        }
        subject(k, y, &code, &name);
        add(c, k->added, code, name, none(), y.value);
        if (k->added_detail)
            k->added_detail(c, ib);
    }
    for (size_t ia = 0; ia < na; ia++) {
        struct item x = k->item(a, ia);
        if (find(b, nb, k, x.key, occurrence(a, k, ia)) >= 0)
            continue;
        subject(k, x, &code, &name);
        add(c, k->removed, code, name, x.value, none());
    }
}

/* ---- nodes ---- */

static struct item node_item(const struct model *m, size_t i)
{
    const struct node *n = &m->nodes[i];
    return (struct item){n->code, n->title, number(n->max)};
}

static const char *parent_code(const struct model *m, const struct node *n)
{
    return n->parent < 0 ? NULL : m->nodes[n->parent].code;
}

static int same_lead(const struct node *x, const struct node *y)
{
    return same_text(x->lead, y->lead);
}

static int same_kinds(const struct node *x, const struct node *y)
{
    return same_set(x->kinds, x->nkinds, y->kinds, y->nkinds);
}

/* 1 when node ib (paired with ia) only follows its parent's change of what `same` compares:
 * equal to its parent before and after, so the change is reported once, at the parent. */
static int inherited(const struct ctx *c, size_t ia, size_t ib,
                     int (*same)(const struct node *, const struct node *))
{
    const struct model *a = c->d->a, *b = c->d->b;
    const struct node *x = &a->nodes[ia], *y = &b->nodes[ib];
    if (x->parent < 0 || y->parent < 0 ||
        !same_text(a->nodes[x->parent].code, b->nodes[y->parent].code))
        return 0;
    return same(x, &a->nodes[x->parent]) && same(y, &b->nodes[y->parent]);
}

static int same_fact(const struct scale_fact *x, const struct scale_fact *y)
{
    return same_text(x->type, y->type) && same_text(x->values, y->values);
}

static const struct scale_fact *find_fact(const struct node *n, const char *name)
{
    for (size_t i = 0; n->has_scale && i < n->scale.nfacts; i++)
        if (same_text(n->scale.facts[i].name, name))
            return &n->scale.facts[i];
    return NULL;
}

static void compare_facts(struct ctx *c, const struct node *x, const struct node *y)
{
    for (size_t i = 0; y->has_scale && i < y->scale.nfacts; i++) {
        const struct scale_fact *now = &y->scale.facts[i], *was = find_fact(x, now->name);
        if (!was)
            add(c, DIFF_FACT_ADDED, y->code, y->title, none(), fact(now));
        else if (!same_fact(was, now))
            add(c, DIFF_FACT_CHANGED, y->code, y->title, fact(was), fact(now));
    }
    for (size_t i = 0; x->has_scale && i < x->scale.nfacts; i++)
        if (!find_fact(y, x->scale.facts[i].name))
            add(c, DIFF_FACT_REMOVED, y->code, y->title, fact(&x->scale.facts[i]), none());
}

static void compare_scale(struct ctx *c, const struct node *x, const struct node *y)
{
    int changed = x->has_scale != y->has_scale ||
                  (x->has_scale && (!same_text(x->scale.kind, y->scale.kind) ||
                                    !same_text(x->scale.description, y->scale.description)));
    if (changed)
        add(c, DIFF_SCALE_CHANGED, y->code, y->title, scale(x), scale(y));
    compare_facts(c, x, y);
}

/* Lead agency, survey flag, unit kinds, evidence and parent: the node's place and duties. */
static void compare_duties(struct ctx *c, size_t ia, size_t ib)
{
    const struct model *a = c->d->a, *b = c->d->b;
    const struct node *x = &a->nodes[ia], *y = &b->nodes[ib];
    if (!same_lead(x, y) && !inherited(c, ia, ib, same_lead))
        add(c, DIFF_LEAD_CHANGED, y->code, y->title, text(x->lead), text(y->lead));
    if (!x->survey != !y->survey)
        add(c, DIFF_SURVEY_CHANGED, y->code, y->title, boolean(x->survey), boolean(y->survey));
    if (!same_kinds(x, y) && !inherited(c, ia, ib, same_kinds))
        add(c, DIFF_KINDS_CHANGED, y->code, y->title,
            x->nkinds ? list(x->kinds, x->nkinds) : none(),
            y->nkinds ? list(y->kinds, y->nkinds) : none());
    if (!same_text(x->evidence, y->evidence))
        add(c, DIFF_EVIDENCE_CHANGED, y->code, y->title, text(x->evidence), text(y->evidence));
    const char *was = parent_code(a, x), *now = parent_code(b, y);
    if (!same_text(was, now))
        add(c, DIFF_NODE_MOVED, y->code, y->title, text(was), text(now));
}

static void compare_node(struct ctx *c, size_t ia, size_t ib)
{
    const struct node *x = &c->d->a->nodes[ia], *y = &c->d->b->nodes[ib];
    if (x->max != y->max)
        add(c, DIFF_MAX_CHANGED, y->code, y->title, number(x->max), number(y->max));
    compare_scale(c, x, y);
    compare_duties(c, ia, ib);
}

/* ---- agencies, unit kinds, bands, deadlines ---- */

static struct item agency_item(const struct model *m, size_t i)
{
    return (struct item){m->agencies[i].code, m->agencies[i].name, none()};
}

static struct item kind_item(const struct model *m, size_t i)
{
    return (struct item){m->kinds[i].code, m->kinds[i].name, none()};
}

static struct item band_item(const struct model *m, size_t i)
{
    return (struct item){m->bands[i].name, NULL, number(m->bands[i].min)};
}

static void compare_band(struct ctx *c, size_t ia, size_t ib)
{
    const struct band *x = &c->d->a->bands[ia], *y = &c->d->b->bands[ib];
    if (x->min != y->min)
        add(c, DIFF_BAND_CHANGED, NULL, y->name, number(x->min), number(y->min));
}

static struct item deadline_item(const struct model *m, size_t i)
{
    return (struct item){m->deadlines[i].task, NULL, date(m->deadlines[i].due)};
}

static void compare_deadline(struct ctx *c, size_t ia, size_t ib)
{
    const struct deadline *x = &c->d->a->deadlines[ia], *y = &c->d->b->deadlines[ib];
    if (!same_text(x->due, y->due))
        add(c, DIFF_DEADLINE_MOVED, NULL, y->task, date(x->due), date(y->due));
    if (!same_set(x->by, x->nby, y->by, y->nby))
        add(c, DIFF_DEADLINE_BY_CHANGED, NULL, y->task, list(x->by, x->nby), list(y->by, y->nby));
    if (!same_text(x->to, y->to))
        add(c, DIFF_DEADLINE_TO_CHANGED, NULL, y->task, text(x->to), text(y->to));
}

/* A quota of 0 means none is set. */
static struct diff_value quota(double q)
{
    return q > 0 ? number(q) : none();
}

static struct item group_item(const struct model *m, size_t i)
{
    const struct survey_group *g = &m->survey_groups[i];
    return (struct item){g->code, g->name, quota(g->quota)};
}

static void compare_group(struct ctx *c, size_t ia, size_t ib)
{
    const struct survey_group *x = &c->d->a->survey_groups[ia], *y = &c->d->b->survey_groups[ib];
    if (x->quota != y->quota)
        add(c, DIFF_GROUP_QUOTA_CHANGED, y->code, y->name, quota(x->quota), quota(y->quota));
    if (!same_set(x->by, x->nby, y->by, y->nby))
        add(c, DIFF_GROUP_BY_CHANGED, y->code, y->name, list(x->by, x->nby), list(y->by, y->nby));
}

/* ---- the fact dictionary ---- */

static int has_range(const struct fact_def *f)
{
    return f->has_min || f->has_max || f->values;
}

static struct diff_value range(const struct fact_def *f)
{
    return has_range(f) ? (struct diff_value){.type = DV_RANGE, .def = f} : none();
}

static int same_range(const struct fact_def *x, const struct fact_def *y)
{
    return x->has_min == y->has_min && x->has_max == y->has_max &&
           (!x->has_min || x->min == y->min) && (!x->has_max || x->max == y->max) &&
           same_text(x->values, y->values);
}

static struct item dict_item(const struct model *m, size_t i)
{
    const struct fact_def *f = &m->facts[i];
    return (struct item){f->code, f->label, (struct diff_value){.type = DV_DEF, .def = f}};
}

static void compare_dict(struct ctx *c, size_t ia, size_t ib)
{
    const struct fact_def *x = &c->d->a->facts[ia], *y = &c->d->b->facts[ib];
    if (!same_text(x->type, y->type))
        add(c, DIFF_DICT_RETYPED, y->code, y->label, text(x->type), text(y->type));
    if (!same_range(x, y))
        add(c, DIFF_DICT_RANGE_CHANGED, y->code, y->label, range(x), range(y));
    if (!same_text(x->unit, y->unit))
        add(c, DIFF_DICT_UNIT_CHANGED, y->code, y->label, text(x->unit), text(y->unit));
    if (!same_text(x->agency, y->agency))
        add(c, DIFF_DICT_AGENCY_CHANGED, y->code, y->label, text(x->agency), text(y->agency));
}

/* ---- the whole model ---- */

static void compare_index(struct ctx *c)
{
    const struct model *a = c->d->a, *b = c->d->b;
    if (a->year != b->year)
        add(c, DIFF_INDEX_YEAR, NULL, NULL, number(a->year), number(b->year));
    if (!same_text(a->title, b->title))
        add(c, DIFF_INDEX_TITLE, NULL, NULL, text(a->title), text(b->title));
    if (!same_text(a->basis, b->basis))
        add(c, DIFF_INDEX_BASIS, NULL, NULL, text(a->basis), text(b->basis));
    if (a->total != b->total)
        add(c, DIFF_INDEX_TOTAL, NULL, NULL, number(a->total), number(b->total));
}

/* An added leaf: how it is scored (its scale, with its thresholds), so that a proposal can be
 * written from the diff alone. */
static void added_node_scale(struct ctx *c, size_t ib)
{
    const struct node *y = &c->d->b->nodes[ib];
    if (y->has_scale)
        add(c, DIFF_NODE_SCORING, y->code, y->title, none(), scale(y));
}

int model_diff(const struct model *a, const struct model *b, struct model_diff *d)
{
    static const struct keyed NODES = {DIFF_NODE_ADDED, DIFF_NODE_REMOVED, DIFF_NODE_RENAMED,
                                       node_item, compare_node, added_node_scale};
    static const struct keyed AGENCIES = {DIFF_AGENCY_ADDED, DIFF_AGENCY_REMOVED,
                                          DIFF_AGENCY_RENAMED, agency_item, NULL, NULL};
    static const struct keyed UNIT_KINDS = {DIFF_KIND_ADDED, DIFF_KIND_REMOVED,
                                            DIFF_KIND_RENAMED, kind_item, NULL, NULL};
    static const struct keyed BANDS = {DIFF_BAND_ADDED, DIFF_BAND_REMOVED, DIFF_NKINDS,
                                       band_item, compare_band, NULL};
    static const struct keyed DEADLINES = {DIFF_DEADLINE_ADDED, DIFF_DEADLINE_REMOVED,
                                           DIFF_NKINDS, deadline_item, compare_deadline, NULL};
    static const struct keyed GROUPS = {DIFF_GROUP_ADDED, DIFF_GROUP_REMOVED, DIFF_GROUP_RENAMED,
                                        group_item, compare_group, NULL};
    static const struct keyed DICTIONARY = {DIFF_DICT_ADDED, DIFF_DICT_REMOVED,
                                            DIFF_DICT_RELABELLED, dict_item, compare_dict, NULL};
    memset(d, 0, sizeof *d);
    d->a = a;
    d->b = b;
    struct ctx c = {d, 0};
    compare_index(&c);
    match(&c, &NODES, a->nnodes, b->nnodes);
    match(&c, &AGENCIES, a->nagencies, b->nagencies);
    match(&c, &UNIT_KINDS, a->nkinds, b->nkinds);
    match(&c, &BANDS, a->nbands, b->nbands);
    match(&c, &DEADLINES, a->ndeadlines, b->ndeadlines);
    match(&c, &GROUPS, a->nsurvey_groups, b->nsurvey_groups);
    match(&c, &DICTIONARY, a->nfacts, b->nfacts);
    if (c.failed) {
        model_diff_free(d);
        return -1;
    }
    return 0;
}

void model_diff_free(struct model_diff *d)
{
    free(d->changes);
    memset(d, 0, sizeof *d);
}
