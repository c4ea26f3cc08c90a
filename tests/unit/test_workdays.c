/* test_workdays.c — day arithmetic and working-day calendars: days and weekdays round-trip
 * over four centuries, a calendar's days off and worked Saturdays, adding and counting working
 * days across them, uncovered years and badly listed days refused; and deadline statuses:
 * on time, late, overdue, due soon, not due, waiting for a receipt, most urgent first.
 * Uses: cmocka, workdays.h, deadline_status.h, calendar.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "deadline_status.h"
#include "workdays.h"

static struct px_date D(const char *s)
{
    struct px_date d;
    assert_int_equal(date_parse(s, &d, NULL), 0);
    return d;
}

static void test_days_round_trip(void **state)
{
    (void)state;
    assert_int_equal(date_days(D("1970-01-01")), 0);
    assert_int_equal(date_days(D("2000-03-01")) - date_days(D("2000-02-28")), 2);
    assert_int_equal(date_days(D("1900-03-01")) - date_days(D("1900-02-28")), 1);
    for (long day = date_days(D("1900-01-01")); day <= date_days(D("2199-12-31")); day += 7) {
        struct px_date d = date_from_days(day);
        assert_int_equal(date_days(d), day);
    }
    assert_int_equal(date_weekday(D("01/12/2026")), 1); /* Tuesday */
    assert_int_equal(date_weekday(D("05/01/2019")), 5); /* Saturday */
}

/* 2019 with New Year off and Saturday 05/01 worked; 2020 with 01/01 off. */
static void small_calendar(struct workcal *c)
{
    struct px_err e;
    memset(c, 0, sizeof *c);
    c->name = strdup("test");
    assert_int_equal(workcal_add_year(c, 2020), 0);
    assert_int_equal(workcal_add_year(c, 2019), 0);
    assert_int_equal(c->years[0], 2019);
    assert_int_equal(workcal_add_day(c, D("01/01/2020"), 1, "Tết Dương lịch", &e), 0);
    assert_int_equal(workcal_add_day(c, D("01/01/2019"), 1, "Tết Dương lịch", &e), 0);
    assert_int_equal(workcal_add_day(c, D("05/01/2019"), 0, "làm bù", &e), 0);
    workcal_finish(c);
}

static void test_calendar(void **state)
{
    (void)state;
    struct workcal c;
    struct px_err e;
    struct px_date out;
    long n;
    small_calendar(&c);
    assert_int_equal(workcal_is_workday(&c, D("01/01/2019"), &e), 0);
    assert_int_equal(workcal_is_workday(&c, D("05/01/2019"), &e), 1);
    assert_int_equal(workcal_is_workday(&c, D("06/01/2019"), &e), 0);
    assert_int_equal(workcal_is_workday(&c, D("02/01/2019"), &e), 1);
    assert_int_equal(workcal_is_workday(&c, D("02/01/2021"), &e), -1);
    assert_non_null(strstr(e.msg, "no table for 2021"));
    assert_int_equal(workcal_add(&c, D("31/12/2019"), 1, &out, &e), 0);
    assert_int_equal(date_cmp(out, D("02/01/2020")), 0);
    assert_int_equal(workcal_add(&c, D("04/01/2019"), 1, &out, &e), 0); /* the Saturday */
    assert_int_equal(date_cmp(out, D("05/01/2019")), 0);
    assert_int_equal(workcal_add(&c, D("25/12/2019"), 7, &out, &e), 0);
    assert_int_equal(date_cmp(out, D("06/01/2020")), 0);
    assert_int_equal(workcal_count(&c, D("25/12/2019"), D("06/01/2020"), &n, &e), 0);
    assert_int_equal(n, 7);
    assert_int_equal(workcal_count(&c, D("06/01/2020"), D("25/12/2019"), &n, &e), 0);
    assert_int_equal(n, -7);
    assert_int_equal(workcal_count(&c, D("24/12/2019"), D("24/12/2019"), &n, &e), 0);
    assert_int_equal(n, 0);
    assert_int_equal(workcal_add(&c, D("28/12/2020"), 5, &out, &e), -1);
    assert_int_equal(workcal_add(&c, D("28/12/2019"), -1, &out, &e), -1);
    assert_int_equal(workcal_add_day(&c, D("07/01/2019"), 0, "a Monday", &e), -1);
    assert_non_null(strstr(e.msg, "is a weekday"));
    assert_int_equal(workcal_add_day(&c, D("12/01/2019"), 1, "a Saturday", &e), -1);
    assert_non_null(strstr(e.msg, "is a weekend day"));
    assert_int_equal(workcal_add_day(&c, D("01/01/2019"), 1, "again", &e), -1);
    assert_non_null(strstr(e.msg, "listed twice"));
    assert_int_equal(workcal_add_day(&c, D("01/05/2018"), 1, "uncovered", &e), -1);
    workcal_free(&c);
}

static char *S(const char *s)
{
    return strdup(s);
}

static void test_statuses(void **state)
{
    (void)state;
    struct model m = {0};
    struct workcal *c = calloc(1, sizeof *c);
    small_calendar(c);
    m.calendar = c;
    m.file = S("r.lua");
    m.ndeadlines = 2;
    m.deadlines = calloc(2, sizeof *m.deadlines);
    char **by = calloc(3, sizeof *by);
    by[0] = S("A"), by[1] = S("B"), by[2] = S("C");
    m.deadlines[0] = (struct deadline){.code = S("X"), .task = S("x"), .by = by, .nby = 3,
                                       .due = S("2019-12-24")};
    char **by2 = calloc(1, sizeof *by2);
    by2[0] = S("A");
    m.deadlines[1] = (struct deadline){.code = S("Y"), .task = S("y"), .by = by2, .nby = 1,
                                       .due = S("2019-12-24"), .after = S("X"),
                                       .after_received = 1, .workdays = 2};
    struct receipt r[] = {{"X", "A", "2019-12-23", NULL}, {"X", "B", "2019-12-27", "1/BC"}};
    struct deadline_status *st;
    size_t n;
    struct px_err e;
    assert_int_equal(deadline_statuses(&m, r, 2, "2019-12-30", 3, NULL, &st, &n, &e), 0);
    assert_int_equal(n, 4);
    assert_int_equal(st[0].state, DL_OVERDUE); /* C: 25, 26, 27, 30 */
    assert_string_equal(st[0].agency, "C");
    assert_int_equal(st[0].days, 4);
    assert_int_equal(st[1].state, DL_WAITING); /* Y waits for C's receipt */
    assert_int_equal(st[2].state, DL_LATE);
    assert_int_equal(st[2].days, 3);
    assert_string_equal(st[2].doc, "1/BC");
    assert_int_equal(st[3].state, DL_ON_TIME);
    free(st);
    /* as of 20/12, B's late receipt has not come in: due within 2 working days */
    assert_int_equal(deadline_statuses(&m, r, 2, "2019-12-20", 3, "B", &st, &n, &e), 0);
    assert_int_equal(n, 1);
    assert_int_equal(st[0].state, DL_DUE_SOON);
    assert_int_equal(st[0].days, 2);
    free(st);
    assert_int_equal(deadline_statuses(&m, r, 2, "2019-12-20", 1, "B", &st, &n, &e), 0);
    assert_int_equal(st[0].state, DL_NOT_DUE);
    free(st);
    /* every receipt in: Y is due 2 working days after the last (27/12 → 31/12) */
    struct receipt all[] = {r[0], r[1], {"X", "C", "2019-12-27", NULL}};
    assert_int_equal(deadline_statuses(&m, all, 3, "2020-01-02", 3, "A", &st, &n, &e), 0);
    assert_int_equal(n, 2);
    assert_int_equal(st[0].state, DL_OVERDUE);
    assert_string_equal(st[0].due, "2019-12-31");
    assert_int_equal(st[0].days, 1); /* 01/01 off, 02/01 */
    free(st);
    model_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days_round_trip),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_statuses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
