/* fixture_model.c — the hand-built index of fixture_model.h and results over it.
 * Uses: model.h, results.h, diag.h, libc. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "fixture_model.h"

#include <stdlib.h>
#include <string.h>

static char **strings(size_t n, const char *const *v)
{
    char **out = calloc(n, sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = strdup(v[i]);
    return out;
}

static int *ints(size_t n, const int *v)
{
    int *out = calloc(n, sizeof *out);
    memcpy(out, v, n * sizeof *out);
    return out;
}

static void set_node(struct node *n, const char *code, const char *title, double max,
                     int parent, size_t nchildren, const int *children)
{
    n->code = strdup(code);
    n->title = strdup(title);
    n->max = max;
    n->parent = parent;
    int dots = 0;
    for (const char *c = code; *c; c++)
        dots += *c == '.';
    n->level = (enum node_level)(LEVEL_FIELD + dots);
    n->nchildren = nchildren;
    n->children = nchildren ? ints(nchildren, children) : NULL;
    n->lead = strdup(code[0] == '1' ? "SNV" : "STP");
    n->line = 10 + (int)strlen(code);
}

static void set_kinds(struct node *n, size_t nkinds, const char *const *kinds)
{
    n->kinds = strings(nkinds, kinds);
    n->nkinds = nkinds;
}

static void set_scale(struct node *n, const char *fact)
{
    n->has_scale = 1;
    n->scale.kind = strdup("bands");
    n->scale.description = strdup("≥ 100% → đủ điểm; ≥ 80% → một nửa; còn lại 0");
    n->scale.nfacts = 1;
    n->scale.facts = calloc(1, sizeof *n->scale.facts);
    n->scale.facts[0].name = strdup(fact);
    n->scale.facts[0].type = strdup("text");
    n->scale.facts[0].values = strdup("đúng hạn|trễ hạn|không");
    n->evidence = strdup("KH");
}

struct model *fixture_model(void)
{
    static const char *const PROVINCE[] = {"province"};
    static const char *const PROV_DEPT[] = {"province", "department"};
    struct model *m = calloc(1, sizeof *m);
    m->file = strdup("rules/fixture.lua");
    m->sha256 = strdup("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    m->year = 2019;
    m->title = strdup("Chỉ số CCHC năm 2019");
    m->basis = strdup("Quyết định 2636/QĐ-BNV");
    m->total = 10;

    m->nnodes = FX_NNODES;
    m->nodes = calloc(FX_NNODES, sizeof *m->nodes);
    struct node *n = m->nodes;
    set_node(&n[FX_1], "1", "Công tác chỉ đạo, điều hành CCHC", 6, -1, 1, (int[]){FX_1_1});
    set_node(&n[FX_1_1], "1.1", "Kế hoạch CCHC", 6, FX_1, 2, (int[]){FX_1_1_1, FX_1_1_2});
    set_node(&n[FX_1_1_1], "1.1.1", "Ban hành kế hoạch", 4, FX_1_1, 0, NULL);
    set_node(&n[FX_1_1_2], "1.1.2", "Mức độ thực hiện kế hoạch", 2, FX_1_1, 0, NULL);
    set_node(&n[FX_2], "2", "Văn bản QPPL", 4, -1, 3, (int[]){FX_2_1, FX_2_2, FX_2_3});
    set_node(&n[FX_2_1], "2.1", "Ban hành VBQPPL", 1.5, FX_2, 0, NULL);
    set_node(&n[FX_2_2], "2.2", "Rà soát VBQPPL", 1.5, FX_2, 0, NULL);
    set_node(&n[FX_2_3], "2.3", "Kiểm tra VBQPPL", 1, FX_2, 0, NULL);
    set_kinds(&n[FX_1_1_2], 2, PROV_DEPT);
    for (int i = FX_2; i <= FX_2_3; i++)
        set_kinds(&n[i], 1, PROVINCE);
    set_scale(&n[FX_1_1_1], "plan_issued");
    set_scale(&n[FX_2_1], "issued_ratio");

    m->nagencies = 2;
    m->agencies = calloc(2, sizeof *m->agencies);
    m->agencies[0] = (struct agency){strdup("SNV"), strdup("Sở Nội vụ"), 3};
    m->agencies[1] = (struct agency){strdup("STP"), strdup("Sở Tư pháp"), 4};
    m->nkinds = 3;
    m->kinds = calloc(3, sizeof *m->kinds);
    m->kinds[0] = (struct unit_kind){strdup("province"), strdup("Tỉnh"), 5};
    m->kinds[1] = (struct unit_kind){strdup("department"), strdup("Sở, ban, ngành"), 6};
    m->kinds[2] = (struct unit_kind){strdup("commune"), strdup("Xã"), 7};
    m->nbands = 3;
    m->bands = calloc(3, sizeof *m->bands);
    m->bands[0] = (struct band){strdup("A"), 90, 40};
    m->bands[1] = (struct band){strdup("B"), 80, 41};
    m->bands[2] = (struct band){strdup("C"), 70, 42};
    m->ndeadlines = 1;
    m->deadlines = calloc(1, sizeof *m->deadlines);
    m->deadlines[0] = (struct deadline){.task = strdup("Tự chấm điểm, gửi Sở Nội vụ"),
                                        .by = strings(2, (const char *const[]){"STP", "SNV"}),
                                        .nby = 2, .to = strdup("SNV"),
                                        .due = strdup("2019-12-25"), .line = 30};
    return m;
}

struct fixture *fixture_new(void)
{
    struct fixture *f = calloc(1, sizeof *f);
    f->m = fixture_model();
    f->r.model = f->m;
    return f;
}

size_t fixture_add(struct fixture *f, const char *code, const char *name, const char *kind,
                   const double *leaf_points)
{
    if (results_add_unit(&f->r, code, name, kind) != 0)
        abort();
    size_t u = f->r.nunits - 1;
    struct unit_result *unit = &f->r.units[u];
    size_t k = 0;
    for (size_t i = 0; leaf_points && i < f->m->nnodes; i++) {
        if (f->m->nodes[i].nchildren > 0)
            continue;
        double points = leaf_points[k++];
        if (!model_applies(f->m, i, unit->kind))
            continue;
        unit->applicable[i] = 1;
        unit->max[i] = f->m->nodes[i].max;
        unit->points[i] = points;
    }
    return u;
}

void fixture_add_unranked(struct fixture *f)
{
    fixture_add(f, "NOD", "An Giang", "province", NULL);
    f->r.units[f->r.nunits - 1].status = UNIT_NO_DATA;
    fixture_add(f, "ERR", "Bắc Ninh", "province", (double[]){4, 2, 1.5, 1.5, 1});
    struct px_err e;
    px_err_at(&e, PX_DATA, "rules.lua", 17, 0, "dữ kiện x: expected a number, found \"y\"");
    if (results_set_error(&f->r, &e, FX_2_1) != 0)
        abort();
}

void fixture_free(struct fixture *f)
{
    results_free(&f->r);
    model_free(f->m);
    free(f->m);
    free(f);
}
