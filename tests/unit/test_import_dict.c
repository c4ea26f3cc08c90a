/* test_import_dict.c — unit tests of import_dict.c: a fact named by code, by its label in
 * another case, a misspelled code with its suggestion, a label shared by two facts, and a
 * table of values each declared type accepts, refuses or warns about.
 * Uses: cmocka, import_dict.h, model.h, fact.h, scratch.h (group set-up and tear-down). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fact.h"
#include "import_dict.h"
#include "model.h"
#include "scratch.h"

/* A small dictionary: one fact of each kind the checks tell apart, two sharing a label. */
static struct fact_def FACTS[] = {
    {.code = "legal_review_plan_date", .type = "date", .label = "Ngày ban hành kế hoạch rà soát"},
    {.code = "plan_completion_ratio", .type = "ratio", .label = "Tỷ lệ hoàn thành kế hoạch"},
    {.code = "target_ratio", .type = "ratio", .label = "Vốn so với kế hoạch", .min = 0,
     .has_min = 1},
    {.code = "inspection_done", .type = "bool", .label = "Có kiểm tra"},
    {.code = "docs_count", .type = "number", .label = "Số văn bản", .min = 0, .has_min = 1},
    {.code = "hand_points", .type = "points", .label = "Điểm tự chấm", .min = 0, .max = 1.5,
     .has_min = 1, .has_max = 1},
    {.code = "report_status", .type = "status", .label = "Tình trạng báo cáo",
     .values = "đúng hạn|trễ hạn"},
    {.code = "twin_a", .type = "bool", .label = "Nhãn chung"},
    {.code = "twin_b", .type = "bool", .label = "nhãn chung"},
};

static struct model dictionary(void)
{
    struct model m = {.file = "rules/test.lua", .year = 2019};
    m.facts = FACTS;
    m.nfacts = sizeof FACTS / sizeof *FACTS;
    return m;
}

static void test_resolve(void **state)
{
    (void)state;
    struct model m = dictionary();
    char why[512];
    assert_string_equal(import_dict_resolve(&m, "docs_count", why, sizeof why), "docs_count");
    assert_string_equal(import_dict_resolve(&m, "TỶ LỆ HOÀN THÀNH KẾ HOẠCH", why, sizeof why),
                        "plan_completion_ratio");
    assert_null(import_dict_resolve(&m, "legal_reviw_plan_date", why, sizeof why));
    assert_string_equal(why, "unknown fact 'legal_reviw_plan_date' (did you mean "
                             "legal_review_plan_date?)");
    assert_null(import_dict_resolve(&m, "something_else_entirely", why, sizeof why));
    assert_string_equal(why, "unknown fact 'something_else_entirely' (not in the fact "
                             "dictionary of rules/test.lua)");
    assert_null(import_dict_resolve(&m, "Nhãn chung", why, sizeof why));
    assert_string_equal(why, "'Nhãn chung' is the label of two facts, twin_a and twin_b: "
                             "write the code");
    /* a label without its tone marks is not the label */
    assert_null(import_dict_resolve(&m, "So van ban", why, sizeof why));
}

struct value_case {
    const char *code, *raw;
    int rc;
    const char *why; /* the message, when rc != 0 */
};

static const struct value_case VALUES[] = {
    {"plan_completion_ratio", "85%", 0, ""},
    {"plan_completion_ratio", "0,85", 0, ""},
    {"plan_completion_ratio", "150%", -1, "expected a share from 0% to 100%, found 150%"},
    {"plan_completion_ratio", "85", -1, "expected a share from 0% to 100%, found 85"},
    {"plan_completion_ratio", "có", -1, "expected a share from 0% to 100%, found có"},
    {"plan_completion_ratio", "không áp dụng", 0, ""},
    {"target_ratio", "102%", 0, ""}, /* only min declared: a target may be exceeded */
    {"target_ratio", "-5%", -1, "expected a share of at least 0%, found -5%"},
    {"inspection_done", "có", 0, ""},
    {"inspection_done", "3", -1, "expected có or không, found 3"},
    {"docs_count", "12", 0, ""},
    {"docs_count", "-1", -1, "expected a number of at least 0, found -1"},
    {"hand_points", "1,5", 0, ""},
    {"hand_points", "2", -1, "expected points from 0 to 1,5, found 2"},
    {"legal_review_plan_date", "15/03/2019", 0, ""},
    {"legal_review_plan_date", "31/12/2020", 0, ""},
    {"legal_review_plan_date", "Đúng hạn", 0, ""},
    {"legal_review_plan_date", "sớm", -1,
     "expected a date dd/mm/yyyy or đúng hạn|trễ hạn|không, found sớm"},
    {"legal_review_plan_date", "15/03/2091", 1,
     "legal_review_plan_date: the date 15/03/2091 is far from the data year 2019 (expected "
     "01/01/2018 to 31/12/2020); imported, check it"},
    {"report_status", "trễ hạn", 0, ""},
    {"report_status", "muộn", -1, "expected one of đúng hạn|trễ hạn, found muộn"},
};

static void test_values(void **state)
{
    (void)state;
    struct model m = dictionary();
    for (size_t i = 0; i < sizeof VALUES / sizeof *VALUES; i++) {
        const struct value_case *c = &VALUES[i];
        struct fact_value v;
        struct px_err e;
        assert_int_equal(fact_parse(c->raw, &v, &e), 0);
        char why[512] = "";
        int rc = import_dict_value(&m, 2019, c->code, c->raw, &v, why, sizeof why);
        if (rc != c->rc)
            fail_msg("%s = %s: expected %d, found %d (%s)", c->code, c->raw, c->rc, rc, why);
        if (rc != 0)
            assert_string_equal(why, c->why);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_values),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
