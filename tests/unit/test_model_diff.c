/* test_model_diff.c — comparing two models: identical ones give nothing; every kind of change
 * is found, once, with its before and after; inherited lead and kind changes are reported at
 * the top node only; changes come in B's tree order with removed items last; items with the
 * same key are paired in order; every kind has a name and a family.
 * Uses: cmocka, model_diff.h, fixture_pair.h (A and B both start as fixture_model.h's index). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "fixture_pair.h"
#include "model_diff.h"

/* Runs the diff and checks it found exactly `expected` changes. */
static const struct model_diff *diff(struct fixture_pair *p, size_t expected)
{
    assert_int_equal(model_diff(p->a, p->b, &p->d), 0);
    assert_ptr_equal(p->d.a, p->a);
    assert_ptr_equal(p->d.b, p->b);
    assert_int_equal(p->d.nchanges, expected);
    size_t sum = 0;
    for (int k = 0; k < DIFF_NKINDS; k++)
        sum += p->d.count[k];
    assert_int_equal(sum, expected);
    return &p->d;
}

/* The one change of kind k. */
static const struct diff_change *only(const struct model_diff *d, enum diff_kind k)
{
    assert_int_equal(d->count[k], 1);
    for (size_t i = 0; i < d->nchanges; i++)
        if (d->changes[i].kind == k)
            return &d->changes[i];
    fail();
    return NULL;
}

static void assert_text(const struct diff_value *v, const char *s)
{
    assert_int_equal(v->type, DV_TEXT);
    assert_string_equal(v->text, s);
}

static void assert_number(const struct diff_value *v, double x)
{
    assert_int_equal(v->type, DV_NUMBER);
    assert_true(v->number == x);
}

static void test_identical_models_give_no_changes(void **state)
{
    const struct model_diff *d = diff(*state, 0);
    assert_null(d->changes);
}

static void test_index_changes(void **state)
{
    struct fixture_pair *p = *state;
    p->b->year = 2020;
    fixture_set(&p->b->title, "Chỉ số CCHC năm 2020");
    fixture_set(&p->b->basis, NULL);
    p->b->total = 100;
    const struct model_diff *d = diff(p, 4);
    const struct diff_change *c = only(d, DIFF_INDEX_YEAR);
    assert_ptr_equal(c, &d->changes[0]);
    assert_number(&c->before, 2019);
    assert_number(&c->after, 2020);
    assert_null(c->code);
    assert_null(c->name);
    c = only(d, DIFF_INDEX_TITLE);
    assert_text(&c->before, "Chỉ số CCHC năm 2019");
    assert_text(&c->after, "Chỉ số CCHC năm 2020");
    c = only(d, DIFF_INDEX_BASIS);
    assert_text(&c->before, "Quyết định 2636/QĐ-BNV");
    assert_int_equal(c->after.type, DV_NONE);
    c = only(d, DIFF_INDEX_TOTAL);
    assert_number(&c->before, 10);
    assert_number(&c->after, 100);
}

/* An added leaf comes with how it is scored: its scale, right after the node_added. */
static void test_added_leaf_scoring(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_1_1_1].code, "1.1.9");
    const struct model_diff *d = diff(p, 3);
    assert_int_equal(d->changes[0].kind, DIFF_NODE_ADDED);
    const struct diff_change *c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_NODE_SCORING);
    assert_string_equal(c->code, "1.1.9");
    assert_int_equal(c->before.type, DV_NONE);
    assert_int_equal(c->after.type, DV_SCALE);
    assert_string_equal(c->after.scale->description, "≥ 100% → đủ điểm; ≥ 80% → một nửa; còn lại 0");
    assert_int_equal(d->changes[2].kind, DIFF_NODE_REMOVED);
    assert_int_equal(d->count[DIFF_NODE_SCORING], 1);
}

/* A node whose code changes is removed under the old code and added under the new one;
 * the added one comes where B has it, the removed one after every node of B. */
static void test_node_added_and_removed(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_1_1_2].code, "1.1.3");
    p->b->nodes[FX_2_2].max = 2;
    const struct model_diff *d = diff(p, 3);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_NODE_ADDED);
    assert_string_equal(c->code, "1.1.3");
    assert_string_equal(c->name, "Mức độ thực hiện kế hoạch");
    assert_int_equal(c->before.type, DV_NONE);
    assert_number(&c->after, 2);
    assert_int_equal(d->changes[1].kind, DIFF_MAX_CHANGED);
    assert_string_equal(d->changes[1].code, "2.2");
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_NODE_REMOVED);
    assert_string_equal(c->code, "1.1.2");
    assert_number(&c->before, 2);
    assert_int_equal(c->after.type, DV_NONE);
}

static void test_renamed_and_max(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_2_1].title, "Ban hành văn bản QPPL");
    p->b->nodes[FX_2_1].max = 1.25;
    const struct model_diff *d = diff(p, 2);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_NODE_RENAMED);
    assert_string_equal(c->code, "2.1");
    assert_null(c->name);
    assert_text(&c->before, "Ban hành VBQPPL");
    assert_text(&c->after, "Ban hành văn bản QPPL");
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_MAX_CHANGED);
    assert_string_equal(c->name, "Ban hành văn bản QPPL");
    assert_number(&c->before, 1.5);
    assert_number(&c->after, 1.25);
}

static void test_scale_kind_and_text(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_1_1_1].scale.kind, "timeliness");
    fixture_set(&p->b->nodes[FX_2_1].scale.description, "≥ 100% → đủ điểm; còn lại 0");
    const struct model_diff *d = diff(p, 2);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_SCALE_CHANGED);
    assert_string_equal(c->code, "1.1.1");
    assert_int_equal(c->before.type, DV_SCALE);
    assert_ptr_equal(c->before.scale, &p->a->nodes[FX_1_1_1].scale);
    assert_ptr_equal(c->after.scale, &p->b->nodes[FX_1_1_1].scale);
    assert_string_equal(d->changes[1].code, "2.1");
    assert_int_equal(d->changes[1].kind, DIFF_SCALE_CHANGED);
}

/* A leaf that gets a scale (in a hand-built model) shows no scale before, and its facts. */
static void test_scale_appears(void **state)
{
    struct fixture_pair *p = *state;
    struct node *n = &p->b->nodes[FX_2_2];
    n->has_scale = 1;
    n->scale.kind = strdup("points");
    n->scale.nfacts = 1;
    n->scale.facts = calloc(1, sizeof *n->scale.facts);
    n->scale.facts[0].name = strdup("review_points");
    n->scale.facts[0].type = strdup("points");
    const struct model_diff *d = diff(p, 2);
    const struct diff_change *c = only(d, DIFF_SCALE_CHANGED);
    assert_int_equal(c->before.type, DV_NONE);
    assert_int_equal(c->after.type, DV_SCALE);
    c = only(d, DIFF_FACT_ADDED);
    assert_string_equal(c->code, "2.2");
    assert_int_equal(c->after.type, DV_FACT);
    assert_string_equal(c->after.fact->name, "review_points");
}

static void test_facts_added_removed_changed(void **state)
{
    struct fixture_pair *p = *state;
    struct scale_info *s = &p->b->nodes[FX_1_1_1].scale;
    fixture_set(&s->facts[0].values, "đúng hạn|trễ hạn");
    fixture_set(&p->b->nodes[FX_2_1].scale.facts[0].name, "issued_share");
    const struct model_diff *d = diff(p, 3);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_FACT_CHANGED);
    assert_string_equal(c->code, "1.1.1");
    assert_string_equal(c->before.fact->values, "đúng hạn|trễ hạn|không");
    assert_string_equal(c->after.fact->values, "đúng hạn|trễ hạn");
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_FACT_ADDED);
    assert_string_equal(c->after.fact->name, "issued_share");
    assert_int_equal(c->before.type, DV_NONE);
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_FACT_REMOVED);
    assert_string_equal(c->code, "2.1");
    assert_string_equal(c->before.fact->name, "issued_ratio");
    assert_int_equal(c->after.type, DV_NONE);
}

static void test_fact_type_changed(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_2_1].scale.facts[0].type, "status");
    const struct diff_change *c = only(diff(p, 1), DIFF_FACT_CHANGED);
    assert_string_equal(c->before.fact->type, "text");
    assert_string_equal(c->after.fact->type, "status");
}

static void test_lead_changed_at_one_node(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_1_1_2].lead, "STP");
    const struct diff_change *c = only(diff(p, 1), DIFF_LEAD_CHANGED);
    assert_string_equal(c->code, "1.1.2");
    assert_text(&c->before, "SNV");
    assert_text(&c->after, "STP");
}

/* Field 1 and all it contains get another lead (as inheritance makes it): one change. */
static void test_inherited_lead_reported_once(void **state)
{
    struct fixture_pair *p = *state;
    for (int i = FX_1; i <= FX_1_1_2; i++)
        fixture_set(&p->b->nodes[i].lead, "STP");
    const struct diff_change *c = only(diff(p, 1), DIFF_LEAD_CHANGED);
    assert_string_equal(c->code, "1");
}

/* A criterion whose new lead differs from its field's new lead is a change of its own; its
 * sub-criteria, following it, are not. */
static void test_child_lead_not_inherited(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_1].lead, "STP");
    for (int i = FX_1_1; i <= FX_1_1_2; i++)
        fixture_set(&p->b->nodes[i].lead, "STC");
    const struct model_diff *d = diff(p, 2);
    assert_int_equal(d->count[DIFF_LEAD_CHANGED], 2);
    assert_string_equal(d->changes[0].code, "1");
    assert_string_equal(d->changes[1].code, "1.1");
    assert_text(&d->changes[1].before, "SNV");
    assert_text(&d->changes[1].after, "STC");
}

static void test_survey_changed(void **state)
{
    struct fixture_pair *p = *state;
    p->b->nodes[FX_2_3].survey = 1;
    const struct diff_change *c = only(diff(p, 1), DIFF_SURVEY_CHANGED);
    assert_string_equal(c->code, "2.3");
    assert_int_equal(c->before.type, DV_BOOL);
    assert_true(c->before.number == 0);
    assert_true(c->after.number == 1);
}

/* Field 2 (and, inherited, its criteria) now also for departments: one change, at 2. */
static void test_kinds_changed_once(void **state)
{
    static const char *const BOTH[] = {"province", "department"};
    struct fixture_pair *p = *state;
    for (int i = FX_2; i <= FX_2_3; i++)
        fixture_set_list(&p->b->nodes[i].kinds, &p->b->nodes[i].nkinds, 2, BOTH);
    const struct diff_change *c = only(diff(p, 1), DIFF_KINDS_CHANGED);
    assert_string_equal(c->code, "2");
    assert_int_equal(c->before.type, DV_LIST);
    assert_int_equal(c->before.nlist, 1);
    assert_int_equal(c->after.nlist, 2);
    assert_string_equal(c->after.list[1], "department");
}

/* The same kinds in another order are no change; no kinds means every kind (DV_NONE). */
static void test_kinds_order_and_every_kind(void **state)
{
    static const char *const REVERSED[] = {"department", "province"};
    struct fixture_pair *p = *state;
    struct node *n = &p->b->nodes[FX_1_1_2];
    fixture_set_list(&n->kinds, &n->nkinds, 2, REVERSED);
    fixture_set_list(&p->b->nodes[FX_1_1_1].kinds, &p->b->nodes[FX_1_1_1].nkinds, 1,
             (const char *const[]){"commune"});
    const struct diff_change *c = only(diff(p, 1), DIFF_KINDS_CHANGED);
    assert_string_equal(c->code, "1.1.1");
    assert_int_equal(c->before.type, DV_NONE);
    assert_int_equal(c->after.type, DV_LIST);
}

static void test_evidence_changed(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->nodes[FX_2_1].evidence, NULL);
    const struct diff_change *c = only(diff(p, 1), DIFF_EVIDENCE_CHANGED);
    assert_text(&c->before, "KH");
    assert_int_equal(c->after.type, DV_NONE);
}

static void test_node_moved(void **state)
{
    struct fixture_pair *p = *state;
    p->b->nodes[FX_2_3].parent = FX_1;
    const struct diff_change *c = only(diff(p, 1), DIFF_NODE_MOVED);
    assert_string_equal(c->code, "2.3");
    assert_text(&c->before, "2");
    assert_text(&c->after, "1");
}

static void test_agencies(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->agencies[0].name, "Sở Nội vụ tỉnh");
    fixture_set(&p->b->agencies[1].code, "STC");
    fixture_set(&p->b->agencies[1].name, "Sở Tài chính");
    const struct model_diff *d = diff(p, 3);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_AGENCY_RENAMED);
    assert_string_equal(c->code, "SNV");
    assert_text(&c->before, "Sở Nội vụ");
    assert_text(&c->after, "Sở Nội vụ tỉnh");
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_AGENCY_ADDED);
    assert_string_equal(c->code, "STC");
    assert_string_equal(c->name, "Sở Tài chính");
    assert_int_equal(c->after.type, DV_NONE);
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_AGENCY_REMOVED);
    assert_string_equal(c->code, "STP");
    assert_string_equal(c->name, "Sở Tư pháp");
}

static void test_unit_kinds(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->kinds[1].name, "Sở, ngành");
    fixture_set(&p->b->kinds[2].code, "district");
    const struct model_diff *d = diff(p, 3);
    assert_string_equal(only(d, DIFF_KIND_RENAMED)->code, "department");
    assert_string_equal(only(d, DIFF_KIND_ADDED)->code, "district");
    const struct diff_change *c = only(d, DIFF_KIND_REMOVED);
    assert_string_equal(c->code, "commune");
    assert_string_equal(c->name, "Xã");
}

static void test_bands(void **state)
{
    struct fixture_pair *p = *state;
    p->b->bands[1].min = 85;
    fixture_set(&p->b->bands[2].name, "Trung bình");
    const struct model_diff *d = diff(p, 3);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_BAND_CHANGED);
    assert_null(c->code);
    assert_string_equal(c->name, "B");
    assert_number(&c->before, 80);
    assert_number(&c->after, 85);
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_BAND_ADDED);
    assert_string_equal(c->name, "Trung bình");
    assert_number(&c->after, 70);
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_BAND_REMOVED);
    assert_string_equal(c->name, "C");
    assert_number(&c->before, 70);
}

/* Gives m two survey groups: the deputies (quota 45, listed by SNV) and the citizens. */
static void add_groups(struct model *m)
{
    m->survey_groups = calloc(2, sizeof *m->survey_groups);
    assert_non_null(m->survey_groups);
    m->nsurvey_groups = 2;
    struct survey_group *g = m->survey_groups;
    fixture_set(&g[0].code, "DBHDND");
    fixture_set(&g[0].name, "Đại biểu HĐND tỉnh");
    g[0].quota = 45;
    fixture_set_list(&g[0].by, &g[0].nby, 1, (const char *const[]){"SNV"});
    fixture_set(&g[1].code, "SIPAS");
    fixture_set(&g[1].name, "Người dân, tổ chức");
}

static void test_survey_groups(void **state)
{
    struct fixture_pair *p = *state;
    add_groups(p->a);
    add_groups(p->b);
    diff(p, 0);
    struct survey_group *g = p->b->survey_groups;
    g[0].quota = 50;
    fixture_set_list(&g[0].by, &g[0].nby, 2, (const char *const[]){"SNV", "STP"});
    fixture_set(&g[1].code, "DN");
    const struct model_diff *d = diff(p, 4);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_GROUP_QUOTA_CHANGED);
    assert_string_equal(c->code, "DBHDND");
    assert_number(&c->before, 45);
    assert_number(&c->after, 50);
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_GROUP_BY_CHANGED);
    assert_int_equal(c->after.nlist, 2);
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_GROUP_ADDED);
    assert_string_equal(c->code, "DN");
    assert_int_equal(c->after.type, DV_NONE); /* no quota set */
    c = &d->changes[3];
    assert_int_equal(c->kind, DIFF_GROUP_REMOVED);
    assert_string_equal(c->code, "SIPAS");
}

static void test_survey_group_renamed(void **state)
{
    struct fixture_pair *p = *state;
    add_groups(p->a);
    add_groups(p->b);
    fixture_set(&p->b->survey_groups[0].name, "Đại biểu Hội đồng nhân dân tỉnh");
    const struct model_diff *d = diff(p, 1);
    assert_int_equal(d->changes[0].kind, DIFF_GROUP_RENAMED);
    assert_text(&d->changes[0].after, "Đại biểu Hội đồng nhân dân tỉnh");
}

/* Gives m a fact dictionary: a date from SNV and a share 0..1 in %. */
static void add_dictionary(struct model *m)
{
    m->facts = calloc(2, sizeof *m->facts);
    assert_non_null(m->facts);
    m->nfacts = 2;
    struct fact_def *f = m->facts;
    fixture_set(&f[0].code, "plan_date");
    fixture_set(&f[0].type, "date");
    fixture_set(&f[0].label, "Ngày ban hành kế hoạch CCHC năm 2019");
    fixture_set(&f[0].agency, "SNV");
    fixture_set(&f[1].code, "docs_ratio");
    fixture_set(&f[1].type, "ratio");
    fixture_set(&f[1].label, "Tỷ lệ văn bản QPPL được ban hành so với kế hoạch");
    fixture_set(&f[1].unit, "%");
    f[1].has_min = f[1].has_max = 1;
    f[1].max = 1;
}

static void test_fact_dictionary(void **state)
{
    struct fixture_pair *p = *state;
    add_dictionary(p->a);
    add_dictionary(p->b);
    diff(p, 0);
    struct fact_def *f = p->b->facts;
    fixture_set(&f[0].label, "Ngày ban hành kế hoạch CCHC năm 2020");
    fixture_set(&f[0].agency, NULL);
    fixture_set(&f[1].type, "number");
    fixture_set(&f[1].unit, "văn bản");
    f[1].has_max = 0;
    const struct model_diff *d = diff(p, 5);
    const struct diff_change *c = only(d, DIFF_DICT_RELABELLED);
    assert_string_equal(c->code, "plan_date");
    assert_null(c->name);
    assert_text(&c->before, "Ngày ban hành kế hoạch CCHC năm 2019");
    assert_text(&c->after, "Ngày ban hành kế hoạch CCHC năm 2020");
    c = only(d, DIFF_DICT_AGENCY_CHANGED);
    assert_text(&c->before, "SNV");
    assert_int_equal(c->after.type, DV_NONE);
    c = only(d, DIFF_DICT_RETYPED);
    assert_string_equal(c->name, "Tỷ lệ văn bản QPPL được ban hành so với kế hoạch");
    assert_text(&c->before, "ratio");
    assert_text(&c->after, "number");
    c = only(d, DIFF_DICT_RANGE_CHANGED);
    assert_int_equal(c->before.type, DV_RANGE);
    assert_ptr_equal(c->before.def, &p->a->facts[1]);
    assert_ptr_equal(c->after.def, &p->b->facts[1]);
    c = only(d, DIFF_DICT_UNIT_CHANGED);
    assert_text(&c->after, "văn bản");
    fixture_set(&f[1].code, "docs_count");
    model_diff_free(&p->d);
    d = diff(p, 4);
    c = only(d, DIFF_DICT_ADDED);
    assert_string_equal(c->code, "docs_count");
    assert_int_equal(c->after.type, DV_DEF);
    c = only(d, DIFF_DICT_REMOVED);
    assert_string_equal(c->code, "docs_ratio");
    assert_ptr_equal(c->before.def, &p->a->facts[1]);
}

static void test_deadline_moved_and_agencies(void **state)
{
    struct fixture_pair *p = *state;
    struct deadline *dl = &p->b->deadlines[0];
    fixture_set(&dl->due, "2020-12-20");
    fixture_set_list(&dl->by, &dl->nby, 1, (const char *const[]){"STP"});
    fixture_set(&dl->to, NULL);
    const struct model_diff *d = diff(p, 3);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_DEADLINE_MOVED);
    assert_null(c->code);
    assert_string_equal(c->name, "Tự chấm điểm, gửi Sở Nội vụ");
    assert_int_equal(c->before.type, DV_DATE);
    assert_string_equal(c->before.text, "2019-12-25");
    assert_string_equal(c->after.text, "2020-12-20");
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_DEADLINE_BY_CHANGED);
    assert_int_equal(c->before.nlist, 2);
    assert_int_equal(c->after.nlist, 1);
    c = &d->changes[2];
    assert_int_equal(c->kind, DIFF_DEADLINE_TO_CHANGED);
    assert_text(&c->before, "SNV");
    assert_int_equal(c->after.type, DV_NONE);
}

static void test_deadline_by_order_is_no_change(void **state)
{
    struct fixture_pair *p = *state;
    struct deadline *dl = &p->b->deadlines[0];
    fixture_set_list(&dl->by, &dl->nby, 2, (const char *const[]){"SNV", "STP"});
    diff(p, 0);
}

static void test_deadline_task_changed(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->deadlines[0].task, "Tự đánh giá, chấm điểm");
    const struct model_diff *d = diff(p, 2);
    const struct diff_change *c = &d->changes[0];
    assert_int_equal(c->kind, DIFF_DEADLINE_ADDED);
    assert_string_equal(c->name, "Tự đánh giá, chấm điểm");
    assert_int_equal(c->after.type, DV_DATE);
    c = &d->changes[1];
    assert_int_equal(c->kind, DIFF_DEADLINE_REMOVED);
    assert_string_equal(c->before.text, "2019-12-25");
}

/* Appends a copy of the fixture's deadline with another due date. */
static void add_deadline(struct model *m, const char *due)
{
    m->deadlines = realloc(m->deadlines, (m->ndeadlines + 1) * sizeof *m->deadlines);
    struct deadline *dl = &m->deadlines[m->ndeadlines++];
    *dl = (struct deadline){.task = strdup(m->deadlines[0].task), .due = strdup(due), .line = 31};
}

/* Two deadlines with the same task: the second in B is paired with the second in A. */
static void test_same_task_paired_in_order(void **state)
{
    struct fixture_pair *p = *state;
    add_deadline(p->a, "2020-01-14");
    add_deadline(p->b, "2020-01-19");
    const struct diff_change *c = only(diff(p, 1), DIFF_DEADLINE_MOVED);
    assert_string_equal(c->before.text, "2020-01-14");
    assert_string_equal(c->after.text, "2020-01-19");
}

/* One more deadline with the same task in B: added, the first pair unchanged. */
static void test_same_task_extra_is_added(void **state)
{
    struct fixture_pair *p = *state;
    add_deadline(p->b, "2020-01-19");
    const struct diff_change *c = only(diff(p, 1), DIFF_DEADLINE_ADDED);
    assert_string_equal(c->after.text, "2020-01-19");
}

/* Changes of one node come in the documented order. */
static void test_order_within_a_node(void **state)
{
    struct fixture_pair *p = *state;
    struct node *n = &p->b->nodes[FX_2_1];
    n->parent = FX_1;
    fixture_set(&n->evidence, "BC");
    n->survey = 1;
    fixture_set(&n->lead, "SNV");
    fixture_set(&n->scale.kind, "binary");
    n->max = 2;
    fixture_set(&n->title, "Khác");
    fixture_set_list(&n->kinds, &n->nkinds, 0, NULL);
    static const enum diff_kind ORDER[] = {
        DIFF_NODE_RENAMED, DIFF_MAX_CHANGED,      DIFF_SCALE_CHANGED,    DIFF_LEAD_CHANGED,
        DIFF_SURVEY_CHANGED, DIFF_KINDS_CHANGED, DIFF_EVIDENCE_CHANGED, DIFF_NODE_MOVED};
    const struct model_diff *d = diff(p, sizeof ORDER / sizeof *ORDER);
    for (size_t i = 0; i < d->nchanges; i++) {
        assert_int_equal(d->changes[i].kind, ORDER[i]);
        assert_string_equal(d->changes[i].code, "2.1");
    }
}

/* Sections come in order: index, nodes, agencies, unit kinds, bands, deadlines. */
static void test_order_of_sections(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->deadlines[0].due, "2020-12-20");
    p->b->bands[0].min = 95;
    fixture_set(&p->b->kinds[0].name, "Tỉnh, thành phố");
    fixture_set(&p->b->agencies[0].name, "SNV");
    p->b->nodes[FX_2_3].max = 3;
    p->b->year = 2020;
    static const enum diff_kind ORDER[] = {DIFF_INDEX_YEAR,     DIFF_MAX_CHANGED,
                                           DIFF_AGENCY_RENAMED, DIFF_KIND_RENAMED,
                                           DIFF_BAND_CHANGED,   DIFF_DEADLINE_MOVED};
    const struct model_diff *d = diff(p, sizeof ORDER / sizeof *ORDER);
    for (size_t i = 0; i < d->nchanges; i++)
        assert_int_equal(d->changes[i].kind, ORDER[i]);
}

/* Every kind has a distinct name in snake_case and the family its name says. */
static void test_kind_names_and_families(void **state)
{
    (void)state;
    static const struct {
        const char *prefix;
        enum diff_family family;
    } FAMILY_OF[] = {{"index_", DIFF_OF_INDEX}, {"agency_", DIFF_OF_AGENCY},
                     {"kind_", DIFF_OF_KIND},   {"band_", DIFF_OF_BAND},
                     {"deadline_", DIFF_OF_DEADLINE}, {"survey_group_", DIFF_OF_GROUP},
                     {"dictionary_fact_", DIFF_OF_FACT}};
    for (int k = 0; k < DIFF_NKINDS; k++) {
        const char *name = diff_kind_name((enum diff_kind)k);
        assert_non_null(name);
        assert_true(strspn(name, "abcdefghijklmnopqrstuvwxyz_") == strlen(name));
        for (int j = 0; j < k; j++)
            assert_string_not_equal(name, diff_kind_name((enum diff_kind)j));
        enum diff_family expected = DIFF_OF_NODE;
        for (size_t f = 0; f < sizeof FAMILY_OF / sizeof *FAMILY_OF; f++)
            if (!strncmp(name, FAMILY_OF[f].prefix, strlen(FAMILY_OF[f].prefix)))
                expected = FAMILY_OF[f].family;
        assert_int_equal(diff_kind_family((enum diff_kind)k), expected);
    }
    assert_string_equal(diff_kind_name(DIFF_NODE_ADDED), "node_added");
    assert_string_equal(diff_kind_name(DIFF_MAX_CHANGED), "max_changed");
    assert_string_equal(diff_kind_name(DIFF_DEADLINE_TO_CHANGED), "deadline_to_changed");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fixture_pair_setup, fixture_pair_teardown)
    const struct CMUnitTest tests[] = {
        T(test_identical_models_give_no_changes),
        T(test_index_changes),
        T(test_node_added_and_removed),
        T(test_renamed_and_max),
        T(test_scale_kind_and_text),
        T(test_scale_appears),
        T(test_facts_added_removed_changed),
        T(test_fact_type_changed),
        T(test_lead_changed_at_one_node),
        T(test_inherited_lead_reported_once),
        T(test_child_lead_not_inherited),
        T(test_survey_changed),
        T(test_kinds_changed_once),
        T(test_kinds_order_and_every_kind),
        T(test_evidence_changed),
        T(test_added_leaf_scoring),
        T(test_node_moved),
        T(test_agencies),
        T(test_unit_kinds),
        T(test_bands),
        T(test_survey_groups),
        T(test_survey_group_renamed),
        T(test_fact_dictionary),
        T(test_deadline_moved_and_agencies),
        T(test_deadline_by_order_is_no_change),
        T(test_deadline_task_changed),
        T(test_same_task_paired_in_order),
        T(test_same_task_extra_is_added),
        T(test_order_within_a_node),
        T(test_order_of_sections),
        cmocka_unit_test(test_kind_names_and_families),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
