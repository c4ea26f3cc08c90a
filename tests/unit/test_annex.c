/* test_annex.c — the score report's rows (annex.h) and its writers (report_annex.h), for
 * results built right here: the rows of a scored unit (self and final the scored points,
 * no appraisal yet, evidence and the scale's note on leaves only), of a unit of a kind some
 * nodes do not apply to, and of units not ranked (no points at all); the Ministry's report
 * holding leaves only; CSV for Excel (';', decimal comma) and plain; text a spreadsheet would
 * run as a formula neutralised; every writer
 * failing on a full disk or a file it cannot create; the evidence column from the register
 * (documents judged, explanations, what a leaf lacks).
 * Uses: cmocka, annex.h, report_annex.h, report_csv_record.h, fixture_model.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annex.h"
#include "fixture_model.h"
#include "report_annex.h"
#include "report_csv_record.h"

struct state {
    struct fixture *f;
    struct annex a;
};

/* Lai Châu's register: for 1.1.2 a plan of an issuer the rule file does not know (not
 * valid) and an explanation. */
static char *const LCH_112[] = {"1.1.2"};
static const struct evidence_row REGISTER[] = {
    {.unit = "LCH", .year = 2019, .number = "2756/KH-UBND", .type = "KH",
     .issued = "2019-03-01", .nodes = (char **)LCH_112, .nnodes = 1},
    {.unit = "LCH", .year = 2019, .explanation = "Chờ tỉnh ban hành",
     .nodes = (char **)LCH_112, .nnodes = 1},
};

/* Lai Châu and Sở Tư pháp scored (field 2 does not apply to a department), An Giang with
 * no data and Bắc Ninh with a data error; leaf 1.1.1 requires evidence and Lai Châu's has
 * the scale's note. */
static int setup(void **state)
{
    struct state *s = calloc(1, sizeof *s);
    assert_non_null(s);
    s->f = fixture_new();
    free(s->f->m->nodes[FX_1_1_1].evidence);
    s->f->m->nodes[FX_1_1_1].evidence = strdup("Kế hoạch CCHC năm");
    size_t lch = fixture_add(s->f, "LCH", "Lai Châu", "province",
                             (double[]){3.5, 1.005, 1.5, 0.75, 0.5});
    s->f->r.units[lch].why[FX_1_1_1].note = strdup("chấm 3,5/4 điểm");
    fixture_add(s->f, "STP", "=Sở Tư pháp", "department", (double[]){2.675, 2, 0, 0, 0});
    fixture_add_unranked(s->f);
    results_finish(&s->f->r);
    struct annex_data d = {.year = 2019, .evidence = REGISTER, .nevidence = 2};
    struct px_err e;
    assert_int_equal(annex_build(&s->a, &s->f->r, &d, &e), 0);
    *state = s;
    return 0;
}

static int teardown(void **state)
{
    struct state *s = *state;
    annex_free(&s->a);
    fixture_free(s->f);
    free(s);
    return 0;
}

static const struct annex_unit *unit(const struct state *s, const char *code)
{
    for (size_t i = 0; i < s->a.nunits; i++)
        if (!strcmp(s->a.units[i].u->code, code))
            return &s->a.units[i];
    fail_msg("no unit %s", code);
    return NULL;
}

static void test_rows_of_a_scored_unit(void **state)
{
    const struct annex_unit *au = unit(*state, "LCH");
    assert_int_equal(au->nrows, FX_NNODES);
    for (size_t k = 0; k < au->nrows; k++) {
        const struct annex_row *r = &au->rows[k];
        assert_int_equal(r->node, (int)k);
        assert_true(r->self == au->u->points[k]);
        assert_true(r->final == r->self);
        assert_true(r->max == au->u->max[k]);
        assert_true(annex_is_none(r->appraisal1) && annex_is_none(r->appraisal2));
    }
    assert_true(au->rows[FX_1].self == 4.505);
    assert_string_equal(au->rows[FX_1_1_1].evidence, "Kế hoạch CCHC năm");
    assert_string_equal(au->rows[FX_1_1_1].note, "chấm 3,5/4 điểm");
    assert_null(au->rows[FX_1].note);
}

/* The evidence column lists the unit's registered documents for a leaf, judged, and its
 * explanation; a unit with none for a leaf that requires evidence gets what it lacks. */
static void test_evidence_from_the_register(void **state)
{
    struct state *s = *state;
    assert_string_equal(unit(s, "LCH")->rows[FX_1_1_2].evidence,
                        "2756/KH-UBND (KH, 01/03/2019) — không hợp lệ: cơ quan ban hành 'UBND' "
                        "không có trong danh mục (agency hoặc evidence_rules.issuers); "
                        "giải trình: Chờ tỉnh ban hành");
    assert_null(unit(s, "STP")->rows[3].evidence);
    s->f->m->nodes[FX_1_1_2].evidence_required = 1;
    annex_free(&s->a);
    struct annex_data d = {.year = 2019, .evidence = REGISTER, .nevidence = 2};
    struct px_err e;
    assert_int_equal(annex_build(&s->a, &s->f->r, &d, &e), 0);
    assert_string_equal(unit(s, "STP")->rows[3].evidence, "thiếu: tài liệu kiểm chứng");
    const char *explained = unit(s, "LCH")->rows[FX_1_1_2].evidence; /* not lacking */
    assert_null(strstr(explained, "thiếu"));
    assert_non_null(strstr(explained, "; giải trình: Chờ tỉnh ban hành"));
}

static void test_rows_only_where_the_node_applies(void **state)
{
    const struct annex_unit *au = unit(*state, "STP");
    assert_int_equal(au->nrows, 4);
    assert_int_equal(au->rows[3].node, FX_1_1_2);
}

static void test_units_not_ranked_have_no_points(void **state)
{
    const char *const codes[] = {"NOD", "ERR"};
    for (size_t i = 0; i < 2; i++) {
        const struct annex_unit *au = unit(*state, codes[i]);
        /* the fixture's unit with no data has no applicable node; the one with an error all */
        assert_int_equal(au->nrows, i ? FX_NNODES : 0);
        for (size_t k = 0; k < au->nrows; k++) {
            assert_true(annex_is_none(au->rows[k].self));
            assert_true(annex_is_none(au->rows[k].final));
            assert_false(annex_is_none(au->rows[k].max));
        }
    }
}

typedef int writer(FILE *, const struct annex *, enum annex_for);

static char *written(writer *w, const struct annex *a, enum annex_for f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_non_null(out);
    assert_int_equal(w(out, a, f), 0);
    fclose(out);
    return buf;
}

static void test_md(void **state)
{
    struct state *s = *state;
    char *md = written(report_annex_md, &s->a, ANNEX_UBND);
    assert_non_null(strstr(md, "| 1 | LCH | Lai Châu | 7,26 | 10 | 72,55 | C |  |\n"));
    assert_non_null(strstr(md, "|  | NOD | An Giang |  |  |  |  | chưa có dữ liệu |\n"));
    assert_non_null(strstr(md, "| **1** | **Công tác chỉ đạo, điều hành CCHC** | **6** | "
                               "**4,51** | **—** | **—** | **4,51** |  |  |  |\n"));
    assert_non_null(strstr(md, "| 1.1.1 | Ban hành kế hoạch | 4 | 3,5 | — | — | 3,5 | "
                               "tự đánh giá | Kế hoạch CCHC năm | chấm 3,5/4 điểm |\n"));
    free(md);
    md = written(report_annex_md, &s->a, ANNEX_BNV);
    assert_null(strstr(md, "| **1** |"));
    assert_null(strstr(md, "| 1.1 |"));
    assert_non_null(strstr(md, "| 1.1.1 |"));
    free(md);
}

static void test_csv_neutralises_formulas(void **state)
{
    struct state *s = *state;
    char *csv = written(report_annex_csv_plain, &s->a, ANNEX_BNV);
    assert_non_null(strstr(csv, "department,STP,'=Sở Tư pháp,1.1.1,Ban hành kế hoạch,"
                                "4.00,2.68,,,2.68,tự đánh giá,Kế hoạch CCHC năm,\r\n"));
    assert_null(strstr(csv, ",1.1,"));
    free(csv);
    csv = written(report_annex_csv, &s->a, ANNEX_BNV);
    assert_non_null(strstr(csv, "department;STP;'=Sở Tư pháp;1.1.1;Ban hành kế hoạch;"
                                "4,00;2,68;;;2,68;tự đánh giá;Kế hoạch CCHC năm;\r\n"));
    free(csv);
    assert_true(report_formula_like("=1") && report_formula_like("+1") &&
                report_formula_like("-1") && report_formula_like("@A") &&
                report_formula_like("\tx") && report_formula_like("\rx"));
    assert_false(report_formula_like("Sở - Ban") || report_formula_like(""));
}

static void test_json_nulls(void **state)
{
    struct state *s = *state;
    char *json = written(report_annex_json, &s->a, ANNEX_BNV);
    assert_non_null(strstr(json, "{\"code\":\"NOD\",\"name\":\"An Giang\",\"kind\":\"province\","
                                 "\"status\":\"no_data\",\"rank\":null,\"total\":null,"
                                 "\"max\":null,\"percent\":null,\"band\":null,\"rows\":["));
    assert_non_null(strstr(json, "{\"code\":\"1.1.1\",\"title\":\"Ban hành kế hoạch\","
                                 "\"level\":\"sub\",\"max\":4,\"self\":3.5,\"appraisal1\":null,"
                                 "\"appraisal2\":null,\"final\":3.5,\"source\":\"self\","
                                 "\"evidence\":\"Kế hoạch CCHC năm\",\"note\":\"chấm 3,5/4 điểm\"}"));
    free(json);
}

static void test_writers_fail_on_a_full_disk(void **state)
{
    struct state *s = *state;
    writer *const writers[] = {report_annex_md, report_annex_csv, report_annex_csv_plain,
                               report_annex_json, report_annex_html};
    for (size_t i = 0; i < sizeof writers / sizeof *writers; i++) {
        FILE *full = fopen("/dev/full", "w");
        if (!full)
            skip();
        assert_int_equal(writers[i](full, &s->a, ANNEX_UBND), -1);
        fclose(full);
    }
    assert_int_equal(report_annex_xlsx("/nonexistent-dir/r.xlsx", &s->a, ANNEX_UBND), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_rows_of_a_scored_unit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rows_only_where_the_node_applies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_evidence_from_the_register, setup, teardown),
        cmocka_unit_test_setup_teardown(test_units_not_ranked_have_no_points, setup, teardown),
        cmocka_unit_test_setup_teardown(test_md, setup, teardown),
        cmocka_unit_test_setup_teardown(test_csv_neutralises_formulas, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json_nulls, setup, teardown),
        cmocka_unit_test_setup_teardown(test_writers_fail_on_a_full_disk, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
