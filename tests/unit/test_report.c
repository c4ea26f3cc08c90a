/* test_report.c — the scoreboard writers: the aligned table, Excel CSV (formulas
 * neutralised) and JSON, checked byte for byte against their golden format for results built
 * right here (units per kind, units not ranked: a data error, no data, facts missing), and
 * failing on a full disk; and the grid they share.  Uses: cmocka, report.h, report_common.h, fixture_model.h. */
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "report.h"
#include "re.h"
#include "report_common.h"

static int teardown(void **state)
{
    fixture_free(*state);
    return 0;
}

/* Three units: two provinces and a department (field 2 does not apply to it).  The points
 * need rounding: 2.675 + 2 shows 4.68, 3.5 + 1.005 shows 4.51, and Lai Châu's total 7.255
 * shows 7.26. */
static int setup_three(void **state)
{
    struct fixture *f = fixture_new();
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){3.5, 1.005, 1.5, 0.75, 0.5});
    fixture_add(f, "DBP", "Điện Biên Phủ", "province", (double[]){4, 2, 1.5, 1.5, 0.25});
    fixture_add(f, "STP", "Sở Tư pháp", "department", (double[]){2.675, 2, 0, 0, 0});
    f->r.as_of = strdup("2019-12-25");
    results_finish(&f->r);
    *state = f;
    return 0;
}

/* One unit of no kind, with awkward text (quotes, comma, backslash, control characters,
 * which the table shows as escapes such as \x01) and no band; no as_of. */
static int setup_awkward(void **state)
{
    struct fixture *f = fixture_new();
    fixture_add(f, "B.DT", "Ban \"Dân tộc\", tỉnh\\\x01\tLai Châu", NULL, (double[]){1, 0, 0, 0, 0});
    results_finish(&f->r);
    *state = f;
    return 0;
}

typedef int writer(FILE *, const struct results *);

static char *written(writer *w, const struct results *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    assert_int_equal(w(out, r), 0);
    fclose(out);
    return buf;
}

static void check_written(writer *w, const struct results *r, const char *want)
{
    char *got = written(w, r);
    assert_string_equal(got, want);
    free(got);
}

/* A full disk is an error of the writer, not a silent success. */
static void test_writers_fail_on_a_full_disk(void **state)
{
    struct fixture *f = *state;
    writer *const writers[] = {report_table, report_csv, report_json};
    for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
        FILE *full = fopen("/dev/full", "w");
        if (!full)
            skip();
        assert_int_equal(writers[i](full, &f->r), -1);
        fclose(full);
    }
}

static void test_table(void **state)
{
    struct fixture *f = *state;
    check_written(report_table, &f->r,
        "Chỉ số CCHC năm 2019 — 3 đơn vị, tính đến ngày 25/12/2019\n"
        "\n"
        "Tỉnh — 2 đơn vị\n"
        "\n"
        "Hạng  Mã   Đơn vị            1     2  Tổng  Tối đa  Chỉ số (%)  Xếp loại\n"
        "────  ───  ─────────────  ────  ────  ────  ──────  ──────────  ────────\n"
        "   1  DBP  Điện Biên Phủ  6,00  3,25  9,25   10,00       92,50  A\n"
        "   2  LCH  Lai Châu       4,51  2,75  7,26   10,00       72,55  C\n"
        "\n"
        "Sở, ban, ngành — 1 đơn vị\n"
        "\n"
        "Hạng  Mã   Đơn vị         1  Tổng  Tối đa  Chỉ số (%)  Xếp loại\n"
        "────  ───  ──────────  ────  ────  ──────  ──────────  ────────\n"
        "   1  STP  Sở Tư pháp  4,68  4,68    6,00       77,92  C\n");
}

static void test_table_without_date_or_band(void **state)
{
    struct fixture *f = *state;
    check_written(report_table, &f->r,
        "Chỉ số CCHC năm 2019 — 1 đơn vị\n"
        "\n"
        "Hạng  Mã    Đơn vị                                   1  Tổng  Tối đa  Chỉ số (%)  "
        "Xếp loại\n"
        "────  ────  ────────────────────────────────────  ────  ────  ──────  ──────────  "
        "────────\n"
        "   1  B.DT  Ban \"Dân tộc\", tỉnh\\\\x01\\x09Lai Châu  1,00  1,00    4,00       25,00\n");
}

static void test_csv(void **state)
{
    struct fixture *f = *state;
    check_written(report_csv, &f->r,
        "\xEF\xBB\xBF"
        "Loại;Hạng;Mã;Đơn vị;1;2;Tổng;Tối đa;Chỉ số (%);Xếp loại;Ghi chú\r\n"
        "province;1;DBP;Điện Biên Phủ;6,00;3,25;9,25;10,00;92,50;A;\r\n"
        "province;2;LCH;Lai Châu;4,51;2,75;7,26;10,00;72,55;C;\r\n"
        "department;1;STP;Sở Tư pháp;4,68;;4,68;6,00;77,92;C;\r\n");
}

/* The CSV for programs: ',' between fields, a decimal point, no BOM; a name holding a comma
 * is quoted. */
static void test_csv_plain(void **state)
{
    struct fixture *f = *state;
    check_written(report_csv_plain, &f->r,
        "Loại,Hạng,Mã,Đơn vị,1,2,Tổng,Tối đa,Chỉ số (%),Xếp loại,Ghi chú\r\n"
        "province,1,DBP,Điện Biên Phủ,6.00,3.25,9.25,10.00,92.50,A,\r\n"
        "province,2,LCH,Lai Châu,4.51,2.75,7.26,10.00,72.55,C,\r\n"
        "department,1,STP,Sở Tư pháp,4.68,,4.68,6.00,77.92,C,\r\n");
}

static void test_csv_plain_quotes(void **state)
{
    struct fixture *f = *state;
    check_written(report_csv_plain, &f->r,
        "Loại,Hạng,Mã,Đơn vị,1,Tổng,Tối đa,Chỉ số (%),Xếp loại,Ghi chú\r\n"
        ",1,B.DT,\"Ban \"\"Dân tộc\"\", tỉnh\\\x01\tLai Châu\",1.00,1.00,4.00,25.00,,\r\n");
}

static void test_csv_quotes(void **state)
{
    struct fixture *f = *state;
    check_written(report_csv, &f->r,
        "\xEF\xBB\xBF"
        "Loại;Hạng;Mã;Đơn vị;1;Tổng;Tối đa;Chỉ số (%);Xếp loại;Ghi chú\r\n"
        ";1;B.DT;\"Ban \"\"Dân tộc\"\", tỉnh\\\x01\tLai Châu\";1,00;1,00;4,00;25,00;;\r\n");
}

/* Text a spreadsheet would run as a formula gets an apostrophe in front: names, and the band
 * (from the rule file); a hyphen inside a name and the numbers are left alone. */
static void test_csv_neutralises_formulas(void **state)
{
    struct fixture *f = fixture_new();
    *state = f;
    free(f->m->bands[0].name);
    f->m->bands[0].name = strdup("=1+1");
    fixture_add(f, "E1", "\rSở Xây dựng", "province", (double[]){4, 2, 1.5, 1.5, 1});
    fixture_add(f, "E2", "@SUM(1)", "province", (double[]){4, 2, 1.5, 1.5, 0});
    fixture_add(f, "E3", "\tSở Nội vụ - Ban Thi đua", "province", (double[]){4, 2, 1.5, 0.5, 0});
    results_finish(&f->r);
    check_written(report_csv, &f->r,
        "\xEF\xBB\xBF"
        "Loại;Hạng;Mã;Đơn vị;1;2;Tổng;Tối đa;Chỉ số (%);Xếp loại;Ghi chú\r\n"
        "province;1;E1;\"'\rSở Xây dựng\";6,00;4,00;10,00;10,00;100,00;'=1+1;\r\n"
        "province;2;E2;'@SUM(1);6,00;3,00;9,00;10,00;90,00;'=1+1;\r\n"
        "province;3;E3;'\tSở Nội vụ - Ban Thi đua;6,00;2,00;8,00;10,00;80,00;B;\r\n");
}

static void test_json(void **state)
{
    struct fixture *f = *state;
    check_written(report_json, &f->r,
        "{\"year\":2019,\"index\":\"Chỉ số CCHC năm 2019\",\"as_of\":\"2019-12-25\",\"units\":["
        "{\"code\":\"DBP\",\"name\":\"Điện Biên Phủ\",\"kind\":\"province\","
        "\"status\":\"scored\",\"missing\":0,\"total\":9.25,"
        "\"max\":10,\"percent\":92.5,\"rank\":1,\"band\":\"A\",\"fields\":{"
        "\"1\":{\"points\":6,\"max\":6},\"2\":{\"points\":3.25,\"max\":4}}},"
        "{\"code\":\"LCH\",\"name\":\"Lai Châu\",\"kind\":\"province\","
        "\"status\":\"scored\",\"missing\":0,\"total\":7.255,"
        "\"max\":10,\"percent\":72.55,\"rank\":2,\"band\":\"C\",\"fields\":{"
        "\"1\":{\"points\":4.505,\"max\":6},\"2\":{\"points\":2.75,\"max\":4}}},"
        "{\"code\":\"STP\",\"name\":\"Sở Tư pháp\",\"kind\":\"department\","
        "\"status\":\"scored\",\"missing\":0,\"total\":4.675,"
        "\"max\":6,\"percent\":77.91666666666667,\"rank\":1,\"band\":\"C\",\"fields\":{"
        "\"1\":{\"points\":4.675,\"max\":6}}}],\"errors\":[]}\n");
}

static void test_json_escapes_and_nulls(void **state)
{
    struct fixture *f = *state;
    check_written(report_json, &f->r,
        "{\"year\":2019,\"index\":\"Chỉ số CCHC năm 2019\",\"as_of\":null,\"units\":["
        "{\"code\":\"B.DT\",\"name\":\"Ban \\\"Dân tộc\\\", tỉnh\\\\\\u0001\\tLai Châu\","
        "\"kind\":null,\"status\":\"scored\",\"missing\":0,\"total\":1,\"max\":4,"
        "\"percent\":25,\"rank\":1,\"band\":null,"
        "\"fields\":{\"1\":{\"points\":1,\"max\":4}}}],\"errors\":[]}\n");
}

static void test_json_without_units_or_title(void **state)
{
    struct fixture *f = fixture_new();
    *state = f;
    free(f->m->title);
    f->m->title = NULL;
    results_finish(&f->r);
    check_written(report_json, &f->r,
                  "{\"year\":2019,\"index\":null,\"as_of\":null,\"units\":[],\"errors\":[]}\n");
    check_written(report_csv, &f->r,
                  "\xEF\xBB\xBFLoại;Hạng;Mã;Đơn vị;Tổng;Tối đa;Chỉ số (%);Xếp loại;Ghi chú\r\n");
    check_written(report_table, &f->r,
                  "Kết quả — 0 đơn vị\n\nHạng  Mã  Đơn vị  Tổng  Tối đa  Chỉ số (%)  Xếp loại\n"
                  "────  ──  ──────  ────  ──────  ──────────  ────────\n");
}

static void test_grid(void **state)
{
    struct fixture *f = *state;
    struct report_grid *g = report_grid_build(&f->r, 0);
    assert_non_null(g);
    assert_int_equal(g->ncols, 9);
    assert_int_equal(g->nrows, 3);
    assert_string_equal(g->head[3], "1");
    assert_string_equal(g->head[4], "2");
    static const unsigned char right[9] = {1, 0, 0, 1, 1, 1, 1, 1, 0};
    assert_memory_equal(g->right, right, 9);
    assert_string_equal(report_grid_cell(g, 2, 1), "STP");
    assert_string_equal(report_grid_cell(g, 2, 4), ""); /* field 2 does not apply */
    assert_string_equal(report_grid_cell(g, 1, 5), "7,26");
    assert_string_equal(report_grid_cell(g, 1, 8), "C");
    report_grid_free(g);
    report_grid_free(NULL);
}

/* One unit scored without a fact, one whose data a scale refused, one with no data: the
 * latter two unranked, without points, and a note on each; the error below the table and
 * in JSON's "errors" with its place. */
static int setup_unranked(void **state)
{
    struct fixture *f = fixture_new();
    fixture_add_unranked(f);
    fixture_add(f, "LCH", "Lai Châu", "province", (double[]){4, 2, 1.5, 1.5, 1});
    struct leaf_why *w = &f->r.units[2].why[FX_2_2];
    assert_int_equal(results_set_reads(w, (const char *[]){"docs_checked"},
                                       (const unsigned char[]){1}, 1), 0);
    results_finish(&f->r);
    *state = f;
    return 0;
}

static void test_table_unranked(void **state)
{
    struct fixture *f = *state;
    check_written(report_table, &f->r,
        "Chỉ số CCHC năm 2019 — 3 đơn vị\n"
        "\n"
        "Tỉnh — 3 đơn vị\n"
        "\n"
        "Hạng  Mã   Đơn vị       1     2   Tổng  Tối đa  Chỉ số (%)  Xếp loại  Ghi chú\n"
        "────  ───  ────────  ────  ────  ─────  ──────  ──────────  ────────  ───────────────\n"
        "   1  LCH  Lai Châu  6,00  4,00  10,00   10,00      100,00  A         thiếu 1 dữ kiện\n"
        "      ERR  Bắc Ninh                                                   lỗi dữ liệu\n"
        "      NOD  An Giang                                                   chưa có dữ liệu\n"
        "\n"
        "Lỗi dữ liệu:\n"
        "rules.lua:17: criterion 2.1, unit ERR: dữ kiện x: expected a number, found \"y\"\n");
}

static void test_json_unranked(void **state)
{
    struct fixture *f = *state;
    char *got = written(report_json, &f->r);
    assert_non_null(strstr(got, "{\"code\":\"ERR\",\"name\":\"Bắc Ninh\",\"kind\":\"province\","
                                "\"status\":\"error\",\"missing\":0,\"total\":null,\"max\":null,"
                                "\"percent\":null,\"rank\":null,\"band\":null,\"fields\":{}}"));
    assert_non_null(strstr(got, "\"status\":\"no_data\""));
    assert_non_null(strstr(got, "\"code\":\"LCH\",\"name\":\"Lai Châu\",\"kind\":\"province\","
                                "\"status\":\"scored\",\"missing\":1,"));
    assert_non_null(strstr(got, "],\"errors\":[{\"unit\":\"ERR\",\"node\":\"2.1\","
                                "\"message\":\"dữ kiện x: expected a number, found \\\"y\\\"\","
                                "\"file\":\"rules.lua\",\"line\":17}]}\n"));
    free(got);
}

static void test_csv_unranked(void **state)
{
    struct fixture *f = *state;
    check_written(report_csv, &f->r,
        "\xEF\xBB\xBF"
        "Loại;Hạng;Mã;Đơn vị;1;2;Tổng;Tối đa;Chỉ số (%);Xếp loại;Ghi chú\r\n"
        "province;1;LCH;Lai Châu;6,00;4,00;10,00;10,00;100,00;A;thiếu 1 dữ kiện\r\n"
        "province;;ERR;Bắc Ninh;;;;;;;lỗi dữ liệu\r\n"
        "province;;NOD;An Giang;;;;;;;chưa có dữ liệu\r\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_table, setup_three, teardown),
        cmocka_unit_test_setup_teardown(test_table_without_date_or_band, setup_awkward, teardown),
        cmocka_unit_test_setup_teardown(test_csv, setup_three, teardown),
        cmocka_unit_test_setup_teardown(test_csv_quotes, setup_awkward, teardown),
        cmocka_unit_test_setup_teardown(test_csv_plain, setup_three, teardown),
        cmocka_unit_test_setup_teardown(test_csv_plain_quotes, setup_awkward, teardown),
        cmocka_unit_test_setup_teardown(test_csv_neutralises_formulas, NULL, teardown),
        cmocka_unit_test_setup_teardown(test_json, setup_three, teardown),
        cmocka_unit_test_setup_teardown(test_json_escapes_and_nulls, setup_awkward, teardown),
        cmocka_unit_test_setup_teardown(test_json_without_units_or_title, NULL, teardown),
        cmocka_unit_test_setup_teardown(test_grid, setup_three, teardown),
        cmocka_unit_test_setup_teardown(test_table_unranked, setup_unranked, teardown),
        cmocka_unit_test_setup_teardown(test_json_unranked, setup_unranked, teardown),
        cmocka_unit_test_setup_teardown(test_csv_unranked, setup_unranked, teardown),
        cmocka_unit_test_setup_teardown(test_writers_fail_on_a_full_disk, setup_three, teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    re_shapes_free();
    return rc;
}
