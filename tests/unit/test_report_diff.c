/* test_report_diff.c — the diff written as a table (labels, alignment by display width, long
 * values on their own lines, dates as dd/mm/yyyy, the summary line) and as JSON (keys per
 * family, added/removed values, typed values, escaping, every kind in the summary).
 * Uses: cmocka, report_diff.h, model_diff.h, fixture_pair.h, re.h (releasing date shapes). */
#define _POSIX_C_SOURCE 200809L /* strdup, open_memstream */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"
#include "fixture_pair.h"
#include "model_diff.h"
#include "re.h"
#include "report_diff.h"

/* What `write` prints for the diff of p's models (kept in p->out). */
static const char *written(struct fixture_pair *p, int (*write)(FILE *, const struct model_diff *))
{
    assert_int_equal(model_diff(p->a, p->b, &p->d), 0);
    size_t len;
    FILE *mem = open_memstream(&p->out, &len);
    assert_non_null(mem);
    assert_int_equal(write(mem, &p->d), 0);
    fclose(mem);
    return p->out;
}

static void test_table_no_changes(void **state)
{
    assert_string_equal(written(*state, report_diff_table),
                        "Thay đổi từ rules/fixture.lua (năm 2019) sang rules/fixture.lua (năm 2019)\n"
                        "\n"
                        "2019 → 2019: không có thay đổi\n");
}

/* Columns padded by display width ("đổi điểm tối đa" is 15 columns, more bytes); renames on
 * "trước:"/"sau:" lines under the Trước column; not-set kinds read "mọi loại"; removed
 * nodes after the others; the summary counts each kind in the kinds' order. */
static void test_table_rows(void **state)
{
    struct fixture_pair *p = *state;
    p->b->year = 2020;
    fixture_set(&p->b->file, "rules/b.lua");
    fixture_set(&p->b->nodes[FX_1_1_2].code, "1.1.3");
    fixture_set(&p->b->nodes[FX_2_1].title, "Ban hành văn bản QPPL");
    p->b->nodes[FX_2_2].max = 2;
    struct node *n = &p->b->nodes[FX_2_3];
    n->kinds = realloc(n->kinds, 2 * sizeof *n->kinds);
    n->kinds[n->nkinds++] = strdup("department");
    fixture_set(&p->b->deadlines[0].due, "2020-01-05");
    assert_string_equal(
        written(p, report_diff_table),
        "Thay đổi từ rules/fixture.lua (năm 2019) sang rules/b.lua (năm 2020)\n"
        "\n"
        "Thay đổi            Mã     Trước       Sau                   Nội dung\n"
        "──────────────────  ─────  ──────────  ────────────────────  ───────────────────────────\n"
        "đổi năm                    2019        2020\n"
        "thêm nút            1.1.3              2                     Mức độ thực hiện kế hoạch\n"
        "đổi tên nút         2.1\n"
        "                           trước: Ban hành VBQPPL\n"
        "                           sau:   Ban hành văn bản QPPL\n"
        "đổi điểm tối đa     2.2    1,5         2                     Rà soát VBQPPL\n"
        "đổi đơn vị áp dụng  2.3    province    province, department  Kiểm tra VBQPPL\n"
        "bỏ nút              1.1.2  2                                 Mức độ thực hiện kế hoạch\n"
        "dời thời hạn               25/12/2019  05/01/2020            Tự chấm điểm, gửi Sở Nội vụ\n"
        "\n"
        "2019 → 2020: 7 thay đổi — 1 đổi năm, 1 thêm nút, 1 bỏ nút, 1 đổi tên nút, "
        "1 đổi điểm tối đa, 1 đổi đơn vị áp dụng, 1 dời thời hạn\n");
}

/* Scales as "kind: text", facts as "name (type: values)", not-set values in words. */
static void test_table_scale_fact_and_not_set(void **state)
{
    struct fixture_pair *p = *state;
    struct node *n = &p->b->nodes[FX_1_1_1];
    fixture_set(&n->scale.kind, "binary");
    fixture_set(&n->scale.description, "có → đủ điểm");
    fixture_set(&n->scale.facts[0].type, "status");
    fixture_set(&n->evidence, NULL);
    n->kinds = calloc(1, sizeof *n->kinds);
    n->kinds[0] = strdup("province");
    n->nkinds = 1;
    assert_string_equal(
        written(p, report_diff_table),
        "Thay đổi từ rules/fixture.lua (năm 2019) sang rules/fixture.lua (năm 2019)\n"
        "\n"
        "Thay đổi                 Mã     Trước     Sau       Nội dung\n"
        "───────────────────────  ─────  ────────  ────────  ─────────────────\n"
        "đổi thang điểm           1.1.1                      Ban hành kế hoạch\n"
        "                                trước: bands: ≥ 100% → đủ điểm; ≥ 80% → một nửa; còn lại 0\n"
        "                                sau:   binary: có → đủ điểm\n"
        "đổi dữ kiện              1.1.1                      Ban hành kế hoạch\n"
        "                                trước: plan_issued (text: đúng hạn|trễ hạn|không)\n"
        "                                sau:   plan_issued (status: đúng hạn|trễ hạn|không)\n"
        "đổi đơn vị áp dụng       1.1.1  mọi loại  province  Ban hành kế hoạch\n"
        "đổi tài liệu kiểm chứng  1.1.1                      Ban hành kế hoạch\n"
        "                                trước: KH\n"
        "                                sau:   không yêu cầu\n"
        "\n"
        "2019 → 2019: 4 thay đổi — 1 đổi thang điểm, 1 đổi dữ kiện, 1 đổi đơn vị áp dụng, "
        "1 đổi tài liệu kiểm chứng\n");
}

/* A node without a scale, and a node that became a field, say so in words. */
static void test_table_no_scale_and_field(void **state)
{
    struct fixture_pair *p = *state;
    p->b->nodes[FX_1_1_1].has_scale = 0;
    p->b->nodes[FX_1_1].parent = -1;
    const char *out = written(p, report_diff_table);
    assert_non_null(strstr(out, "trước: bands: ≥ 100% → đủ điểm; ≥ 80% → một nửa; còn lại 0\n"));
    assert_non_null(strstr(out, "sau:   không có (chấm theo tiêu chí con)\n"));
    assert_non_null(strstr(out, "chuyển nút      1.1    1      (lĩnh vực)  Kế hoạch CCHC\n"));
    assert_non_null(strstr(out, "trước: plan_issued (text: đúng hạn|trễ hạn|không)\n"));
    assert_null(strstr(out, "sau:   plan_issued"));
}

static void test_json_no_changes(void **state)
{
    const char *out = written(*state, report_diff_json);
    const char *head = "{\"a\":{\"file\":\"rules/fixture.lua\",\"year\":2019},"
                       "\"b\":{\"file\":\"rules/fixture.lua\",\"year\":2019},"
                       "\"changes\":[],\"summary\":{\"total\":0,\"index_year\":0,";
    assert_memory_equal(out, head, strlen(head));
    assert_non_null(strstr(out, ",\"deadline_to_changed\":0,\"survey_group_added\":0,"
                                "\"survey_group_removed\":0,\"survey_group_renamed\":0,"
                                "\"survey_group_quota_changed\":0,\"survey_group_by_changed\":0,"
                                "\"dictionary_fact_added\":0,\"dictionary_fact_removed\":0,"
                                "\"dictionary_fact_relabelled\":0,\"dictionary_fact_retyped\":0,"
                                "\"dictionary_fact_range_changed\":0,"
                                "\"dictionary_fact_unit_changed\":0,"
                                "\"dictionary_fact_agency_changed\":0}}\n"));
    size_t keys = 0;
    for (const char *s = out; (s = strstr(s, "\":0")); s++)
        keys++;
    assert_int_equal(keys, 1 + DIFF_NKINDS);
}

/* One change of each family, with the keys report_diff.h documents. */
static void test_json_changes(void **state)
{
    struct fixture_pair *p = *state;
    p->b->total = 12.5;
    fixture_set(&p->b->nodes[FX_1_1_2].code, "1.1.3");
    p->b->nodes[FX_2_2].survey = 1;
    fixture_set(&p->b->agencies[1].name, "Sở Tư pháp tỉnh");
    fixture_set(&p->b->kinds[2].code, "district");
    p->b->bands[2].min = 65.5;
    fixture_set(&p->b->deadlines[0].to, NULL);
    assert_string_equal(
        written(p, report_diff_json),
        "{\"a\":{\"file\":\"rules/fixture.lua\",\"year\":2019},"
        "\"b\":{\"file\":\"rules/fixture.lua\",\"year\":2019},\"changes\":["
        "{\"kind\":\"index_total\",\"old\":10,\"new\":12.5},"
        "{\"kind\":\"node_added\",\"code\":\"1.1.3\",\"title\":\"Mức độ thực hiện kế hoạch\",\"max\":2},"
        "{\"kind\":\"survey_changed\",\"code\":\"2.2\",\"title\":\"Rà soát VBQPPL\","
        "\"old\":false,\"new\":true},"
        "{\"kind\":\"node_removed\",\"code\":\"1.1.2\",\"title\":\"Mức độ thực hiện kế hoạch\",\"max\":2},"
        "{\"kind\":\"agency_renamed\",\"code\":\"STP\",\"old\":\"Sở Tư pháp\",\"new\":\"Sở Tư pháp tỉnh\"},"
        "{\"kind\":\"kind_added\",\"code\":\"district\",\"name\":\"Xã\"},"
        "{\"kind\":\"kind_removed\",\"code\":\"commune\",\"name\":\"Xã\"},"
        "{\"kind\":\"band_changed\",\"name\":\"C\",\"old\":70,\"new\":65.5},"
        "{\"kind\":\"deadline_to_changed\",\"task\":\"Tự chấm điểm, gửi Sở Nội vụ\","
        "\"old\":\"SNV\",\"new\":null}],"
        "\"summary\":{\"total\":9,\"index_year\":0,\"index_title\":0,\"index_basis\":0,"
        "\"index_total\":1,\"node_added\":1,\"node_scoring\":0,\"node_removed\":1,"
        "\"node_renamed\":0,"
        "\"max_changed\":0,\"scale_changed\":0,\"fact_added\":0,\"fact_removed\":0,"
        "\"fact_changed\":0,\"lead_changed\":0,\"survey_changed\":1,\"kinds_changed\":0,"
        "\"evidence_changed\":0,\"node_moved\":0,\"agency_added\":0,\"agency_removed\":0,"
        "\"agency_renamed\":1,\"kind_added\":1,\"kind_removed\":1,\"kind_renamed\":0,"
        "\"band_added\":0,\"band_removed\":0,\"band_changed\":1,\"deadline_added\":0,"
        "\"deadline_removed\":0,\"deadline_moved\":0,\"deadline_by_changed\":0,"
        "\"deadline_to_changed\":1,\"survey_group_added\":0,\"survey_group_removed\":0,"
        "\"survey_group_renamed\":0,\"survey_group_quota_changed\":0,"
        "\"survey_group_by_changed\":0,\"dictionary_fact_added\":0,"
        "\"dictionary_fact_removed\":0,\"dictionary_fact_relabelled\":0,"
        "\"dictionary_fact_retyped\":0,\"dictionary_fact_range_changed\":0,"
        "\"dictionary_fact_unit_changed\":0,\"dictionary_fact_agency_changed\":0}}\n");
}

/* Scales, facts, lists and dates as JSON values. */
static void test_json_values(void **state)
{
    struct fixture_pair *p = *state;
    struct node *n = &p->b->nodes[FX_2_1];
    fixture_set(&n->scale.description, NULL);
    fixture_set(&n->scale.facts[0].values, NULL);
    fixture_set(&p->b->deadlines[0].due, "2020-01-05");
    fixture_set(&p->b->deadlines[0].by[0], "STC");
    const char *out = written(p, report_diff_json);
    assert_non_null(strstr(out, "{\"kind\":\"scale_changed\",\"code\":\"2.1\",\"title\":\"Ban hành VBQPPL\","
                                "\"old\":{\"kind\":\"bands\",\"text\":\"≥ 100% → đủ điểm; ≥ 80% → một nửa; "
                                "còn lại 0\"},\"new\":{\"kind\":\"bands\",\"text\":null}}"));
    assert_non_null(strstr(out, "\"old\":{\"name\":\"issued_ratio\",\"type\":\"text\","
                                "\"values\":\"đúng hạn|trễ hạn|không\"},"
                                "\"new\":{\"name\":\"issued_ratio\",\"type\":\"text\",\"values\":null}}"));
    assert_non_null(strstr(out, "\"old\":\"2019-12-25\",\"new\":\"2020-01-05\"}"));
    assert_non_null(strstr(out, "\"old\":[\"STP\",\"SNV\"],\"new\":[\"STC\",\"SNV\"]}"));
}

static void test_json_escapes(void **state)
{
    struct fixture_pair *p = *state;
    fixture_set(&p->b->title, "Chỉ số \"CCHC\"\n\\2020\t\x01");
    const char *out = written(p, report_diff_json);
    assert_non_null(strstr(out, "\"new\":\"Chỉ số \\\"CCHC\\\"\\n\\\\2020\\t\\u0001\"}"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, fixture_pair_setup, fixture_pair_teardown)
    const struct CMUnitTest tests[] = {
        T(test_table_no_changes),
        T(test_table_rows),
        T(test_table_scale_fact_and_not_set),
        T(test_table_no_scale_and_field),
        T(test_json_no_changes),
        T(test_json_changes),
        T(test_json_values),
        T(test_json_escapes),
    };
#undef T
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    re_shapes_free(); /* date_parse's compiled shapes */
    return rc;
}
