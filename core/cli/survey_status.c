/* survey_status.c — `paridx survey RULES status`: per group and listing agency, the list
 * received or missing against the agency's deadline (as of --as-of, else today), the
 * respondents against the group's quota (exact, minimum, per agency), respondents listed
 * twice, and the Post Office round: questionnaires distributed (one per listed respondent)
 * and returned (respondents with answers), the return rate per group.
 * Uses: store_survey.h, model.h, report_rows.h, calendar.h (dates as people write them). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "survey_views.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "report_out.h"
#include "store_survey.h"
#include "vec.h"

struct listed {
    char *group, *agency, *at;
    long listed, returned;
};

struct status {
    const char *as_of; /* yyyy-mm-dd */
    struct listed *v;
    size_t n, cap;
    struct report_rows lists, groups, twins;
    int findings;
};

static int take_count(void *ud, const struct survey_listed *c)
{
    struct status *st = ud;
    if (strncmp(c->listed_at, st->as_of, 10) > 0)
        return 0; /* came after the date asked about */
    struct listed l = {strdup(c->group), strdup(c->agency), strdup(c->listed_at), c->listed,
                       c->returned};
    if (!l.group || !l.agency || !l.at || VEC_PUSH(st->v, st->n, st->cap, l) != 0) {
        free(l.group);
        free(l.agency);
        free(l.at);
        return -1;
    }
    return 0;
}

static const struct listed *find_listed(const struct status *st, const char *group,
                                        const char *agency)
{
    for (size_t i = 0; i < st->n; i++)
        if (!strcmp(st->v[i].group, group) && (!agency || !strcmp(st->v[i].agency, agency)))
            return &st->v[i];
    return NULL;
}

/* The agency's first deadline in the rule file (yyyy-mm-dd), or NULL. */
static const char *due_of(const struct model *m, const char *agency)
{
    const char *due = NULL;
    for (size_t i = 0; i < m->ndeadlines; i++)
        for (size_t b = 0; b < m->deadlines[i].nby; b++)
            if (!strcmp(m->deadlines[i].by[b], agency) &&
                (!due || strcmp(m->deadlines[i].due, due) < 0))
                due = m->deadlines[i].due;
    return due;
}

/* yyyy-mm-dd… → dd/mm/yyyy; "" for NULL. */
static void shown_date(const char *iso, char buf[11])
{
    if (!iso || strlen(iso) < 10)
        buf[0] = '\0';
    else
        snprintf(buf, 11, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

static int list_row(struct status *st, const struct model *m, const struct survey_group *g,
                    const char *agency)
{
    const struct listed *l = find_listed(st, g->code, agency);
    const char *due = due_of(m, agency);
    char due_s[11], at_s[11], need[32] = "", state[64], count[32], judged[48] = "";
    shown_date(due, due_s);
    shown_date(l ? l->at : NULL, at_s);
    int late = l && due && strncmp(l->at, due, 10) > 0;
    int overdue = !l && due && strcmp(st->as_of, due) > 0;
    snprintf(state, sizeof state, "%s%s", l ? "đã nhận" : "chưa nhận",
             late ? ", trễ hạn" : overdue ? ", quá hạn" : "");
    snprintf(count, sizeof count, "%ld", l ? l->listed : 0);
    if (g->per_agency > 0) {
        snprintf(need, sizeof need, "≥ %.0f", g->per_agency);
        long short_by = (long)g->per_agency - (l ? l->listed : 0);
        if (short_by > 0)
            snprintf(judged, sizeof judged, "thiếu %ld", short_by);
        else
            snprintf(judged, sizeof judged, "đủ");
        st->findings |= short_by > 0;
    }
    st->findings |= !l;
    const char *cells[] = {g->code, agency, due_s, at_s, state, count, need, judged};
    double num[] = {0, 0, 0, 0, 0, l ? (double)l->listed : 0, 0, 0};
    static const signed char PLACES[] = {-1, -1, -1, -1, -1, 0, -1, -1};
    return report_rows_add(&st->lists, cells, num, PLACES);
}

static const signed char NO_RATE[] = {-1, -1, 0, -1, -1, 0, 0, -1};

static int group_row(struct status *st, const struct survey_group *g)
{
    long listed = 0, returned = 0;
    for (size_t i = 0; i < st->n; i++)
        if (!strcmp(st->v[i].group, g->code)) {
            listed += st->v[i].listed;
            returned += st->v[i].returned;
        }
    char need[32] = "", judged[48] = "đủ", rate[32] = "";
    long want = g->quota > 0 ? (long)g->quota : (long)g->min;
    if (g->quota > 0)
        snprintf(need, sizeof need, "đúng %ld", want);
    else if (g->min > 0)
        snprintf(need, sizeof need, "≥ %ld", want);
    if (want && listed < want)
        snprintf(judged, sizeof judged, "thiếu %ld", want - listed);
    else if (g->quota > 0 && listed > want)
        snprintf(judged, sizeof judged, "thừa %ld", listed - want);
    else if (!want)
        judged[0] = '\0';
    st->findings |= want && listed != want && (g->quota > 0 || listed < want);
    if (listed) {
        num_format_vn(100.0 * (double)returned / (double)listed, 1, rate, sizeof rate - 1);
        strcat(rate, "%");
    }
    char l_s[24], r_s[24];
    snprintf(l_s, sizeof l_s, "%ld", listed);
    snprintf(r_s, sizeof r_s, "%ld", returned);
    const char *cells[] = {g->code, g->name, l_s, need, judged, l_s, r_s, rate};
    double num[] = {0, 0, (double)listed, 0, 0, (double)listed, (double)returned,
                    listed ? (double)returned / (double)listed : 0};
    static const signed char PLACES[] = {-1, -1, 0, -1, -1, 0, 0, 4};
    return report_rows_add(&st->groups, cells, num, listed ? PLACES : NO_RATE);
}

static int twin_row(void *ud, const char *const pair[4])
{
    struct status *st = ud;
    st->findings = 1;
    return report_rows_add(&st->twins, pair, NULL, NULL);
}

static const char *const LIST_HEAD[] = {"Nhóm", "Cơ quan", "Hạn", "Ngày nhận", "Tình trạng",
                                        "Số người", "Yêu cầu", "Đánh giá"};
static const char *const LIST_KEYS[] = {"group", "agency", "due", "received", "status",
                                        "respondents", "required", "judged"};
static const char *const GROUP_HEAD[] = {"Nhóm", "Tên nhóm", "Số người", "Yêu cầu", "Đánh giá",
                                         "Đã phát", "Đã thu", "Tỷ lệ thu hồi"};
static const char *const GROUP_KEYS[] = {"group", "name", "respondents", "required", "judged",
                                         "distributed", "returned", "return_rate"};
static const char *const TWIN_HEAD[] = {"Mã", "Nơi", "Trùng với", "Nơi"};
static const char *const TWIN_KEYS[] = {"code", "source", "same_as", "same_as_source"};

static int build(struct status *st, const struct model *m, struct store *s, int year,
                 struct px_err *e)
{
    if (store_survey_counts(s, year, take_count, st, e) != 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < m->nsurvey_groups && rc == 0; i++) {
        const struct survey_group *g = &m->survey_groups[i];
        for (size_t b = 0; b < g->nby && rc == 0; b++)
            rc = list_row(st, m, g, g->by[b]);
        if (rc == 0)
            rc = group_row(st, g);
    }
    if (rc == 0 && store_survey_twins(s, year, twin_row, st, e) != 0)
        return -1;
    if (rc != 0)
        px_err_set(e, PX_SYSTEM, _("out of memory"));
    return rc;
}

static int write(FILE *out, struct status *st, enum rows_format f, const char *as_of)
{
    char title[96], shown[11];
    shown_date(as_of, shown);
    if (f == ROWS_JSON) {
        fputs("{\"lists\":", out);
        report_rows_json(out, &st->lists);
        fputs(",\"groups\":", out);
        report_rows_json(out, &st->groups);
        fputs(",\"duplicates\":", out);
        report_rows_json(out, &st->twins);
        fputs("}\n", out);
        return report_out_done(out, "the survey's status");
    }
    snprintf(title, sizeof title, "Danh sách đối tượng điều tra, tính đến ngày %s", shown);
    int rc = report_rows_write(out, &st->lists, f, title);
    st->groups.no_bom = st->twins.no_bom = 1;
    if (f == ROWS_TABLE)
        fputc('\n', out);
    rc |= report_rows_write(out, &st->groups, f, "Số người theo nhóm; phát và thu phiếu");
    if (f == ROWS_TABLE)
        fputc('\n', out);
    if (f == ROWS_TABLE && !st->twins.nrows)
        fputs("Không có người trùng tên và điện thoại hoặc e-mail giữa các danh sách.\n", out);
    else
        rc |= report_rows_write(out, &st->twins, f, "Người có tên trong hai danh sách");
    return rc;
}

int survey_status(FILE *out, const struct model *m, struct store *s, int year, const char *as_of,
                  enum rows_format f)
{
    struct status st = {.as_of = as_of,
                        .lists = {8, LIST_HEAD, LIST_KEYS, 0, NULL, 0, 0},
                        .groups = {8, GROUP_HEAD, GROUP_KEYS, 0, NULL, 0, 0},
                        .twins = {4, TWIN_HEAD, TWIN_KEYS, 0, NULL, 0, 0}};
    struct px_err e;
    int rc = build(&st, m, s, year, &e);
    if (rc != 0)
        px_report(&e);
    else
        rc = write(out, &st, f, as_of) != 0 ? PX_SYSTEM : st.findings ? PX_FINDINGS : PX_OK;
    for (size_t i = 0; i < st.n; i++) {
        free(st.v[i].group);
        free(st.v[i].agency);
        free(st.v[i].at);
    }
    free(st.v);
    report_rows_free(&st.lists);
    report_rows_free(&st.groups);
    report_rows_free(&st.twins);
    return rc < 0 ? (int)e.code : rc;
}
