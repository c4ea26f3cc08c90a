/* test_report_template.c — unit tests of the agency form's words (report_template.c): the
 * allowed values of each kind of fact as the form shows them, the ranges the .xlsx checks,
 * and the type words.
 * Uses: cmocka, report_template.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "report_template.h"

static struct node LEAF = {.code = "1.1.3", .title = "Điểm chấm", .max = 0.5};

static const char *allowed(const char *type, const char *values, int has_min, double min,
                           int has_max, double max)
{
    static char buf[512];
    struct form_row r = {.leaf = &LEAF, .type = type, .values = values, .min = min,
                         .max = max, .has_min = has_min, .has_max = has_max};
    return form_allowed(&r, buf, sizeof buf);
}

static void test_allowed(void **state)
{
    (void)state;
    assert_string_equal(allowed("bool", NULL, 0, 0, 0, 0), "có, không");
    assert_string_equal(allowed("status", "đúng hạn|trễ hạn|không", 0, 0, 0, 0),
                        "đúng hạn, trễ hạn, không");
    assert_string_equal(allowed("date", "đúng hạn|trễ hạn", 0, 0, 0, 0),
                        "dd/mm/yyyy hoặc đúng hạn, trễ hạn");
    assert_string_equal(allowed("date", NULL, 0, 0, 0, 0), "");
    assert_string_equal(allowed("ratio", NULL, 0, 0, 0, 0), "từ 0% đến 100%");
    assert_string_equal(allowed("ratio", NULL, 1, 0.5, 1, 1.2), "từ 50% đến 120%");
    assert_string_equal(allowed("points", NULL, 0, 0, 0, 0), "từ 0 đến 0,5");
    assert_string_equal(allowed("number", NULL, 1, 1, 0, 0), "từ 1");
    assert_string_equal(allowed("number", NULL, 0, 0, 1, 2.25), "đến 2,25");
    assert_string_equal(allowed("number", NULL, 0, 0, 0, 0), "");
}

static void test_range(void **state)
{
    (void)state;
    struct form_row r = {.leaf = &LEAF, .type = "points", .has_min = 1, .min = 0.25};
    double min, max;
    int has_min, has_max;
    form_range(&r, &min, &max, &has_min, &has_max);
    assert_true(has_min && has_max);
    assert_true(min == 0.25 && max == 0.5);
    r = (struct form_row){.leaf = &LEAF, .type = "number"};
    form_range(&r, &min, &max, &has_min, &has_max);
    assert_false(has_min || has_max);
}

static void test_type_words(void **state)
{
    (void)state;
    assert_string_equal(form_type_words("ratio"), "tỷ lệ (%)");
    assert_string_equal(form_type_words("bool"), "có/không");
    assert_string_equal(form_type_words("colour"), "colour"); /* unknown: as declared */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_allowed),
        cmocka_unit_test(test_range),
        cmocka_unit_test(test_type_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
