/* report_html_plan.c — the deadlines' statuses and the survey's coverage in the HTML score
 * report (see report_html_plan.h).  Uses: report_html_plan.h, report_html_svg.h,
 * report_deadlines.h (a status in words), calendar.h, survey.h. */
#include "report_html_plan.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "report_deadlines.h"
#include "report_html_svg.h"

/* yyyy-mm-dd as users write it (dd/mm/yyyy), "" for "". */
static const char *vn_date(const char *iso, char buf[11])
{
    struct px_date d;
    buf[0] = '\0';
    if (iso[0] && date_parse(iso, &d, NULL) == 0)
        date_vn(d, buf);
    return buf;
}

void html_deadlines(FILE *out, const struct annex *a)
{
    const struct model *m = a->r->model;
    char day[11];
    fputs("<h2>Tình trạng thời hạn</h2>\n", out);
    if (!m->ndeadlines) {
        fputs("<p>Quy định không đặt thời hạn nào.</p>\n", out);
        return;
    }
    if (a->deadlines_why[0]) {
        fputs("<p>Không xác định được tình trạng các thời hạn: ", out);
        html_text(out, a->deadlines_why);
        fputs("</p>\n", out);
        return;
    }
    fprintf(out, "<p>Tình trạng tính đến ngày %s, việc cấp bách nhất trước.</p>\n",
            vn_date(a->as_of, day));
    static const char *const HEAD[] = {"Hạn", "Nhiệm vụ", "Cơ quan thực hiện", "Gửi đến",
                                       "Tình trạng", "Ngày nhận", "Văn bản"};
    fputs("<table><thead>", out);
    html_row(out, "th", HEAD, NULL, sizeof HEAD / sizeof *HEAD);
    fputs("</thead><tbody>\n", out);
    for (size_t i = 0; i < a->ndeadlines; i++) {
        const struct deadline_status *s = &a->deadlines[i];
        const struct deadline *d = &m->deadlines[s->deadline];
        char due[11], received[11], words[96];
        report_deadline_words(m, s, words, sizeof words);
        const char *row[] = {vn_date(s->due, due), d->task, s->agency, d->to ? d->to : "",
                             words, vn_date(s->received, received), s->doc ? s->doc : ""};
        html_row(out, "td", row, NULL, sizeof row / sizeof *row);
    }
    fputs("</tbody></table>\n", out);
}

/* Answers per group of respondents against its quota (or its minimum). */
static void groups(FILE *out, const struct annex *a)
{
    const struct model *m = a->r->model;
    static const char *const HEAD[] = {"Nhóm người trả lời", "Số phiếu", "Chỉ tiêu",
                                       "Đánh giá"};
    static const unsigned char RIGHT[] = {0, 1, 1, 0};
    fputs("<p>Số phiếu của mỗi nhóm: số câu trả lời nhiều nhất mà nhóm đã trả lời cho một câu "
          "hỏi, trên mọi đơn vị.</p>\n<table><thead>", out);
    html_row(out, "th", HEAD, RIGHT, 4);
    fputs("</thead><tbody>\n", out);
    for (size_t g = 0; g < m->nsurvey_groups; g++) {
        const struct survey_group *sg = &m->survey_groups[g];
        double target = sg->quota > 0 ? sg->quota : sg->min;
        char got[32], want[32];
        snprintf(got, sizeof got, "%ld", a->group_answers[g]);
        snprintf(want, sizeof want, "%.0f", target);
        const char *row[] = {sg->name ? sg->name : sg->code, got, target > 0 ? want : "—",
                             target > 0 ? ((double)a->group_answers[g] >= target ? "đủ" : "chưa đủ")
                             : sg->per_agency > 0 ? "chỉ tiêu theo từng cơ quan lập danh sách"
                                                  : "không đặt chỉ tiêu"};
        html_row(out, "td", row, RIGHT, 4);
    }
    fputs("</tbody></table>\n", out);
}

/* Answers per unit and survey-assessed sub-criterion. */
static void leaves(FILE *out, const struct annex *a)
{
    const struct model *m = a->r->model;
    static const char *const HEAD[] = {"Đơn vị", "Tiêu chí thành phần", "Số phiếu hợp lệ",
                                       "Ghi chú"};
    static const unsigned char RIGHT[] = {0, 0, 1, 0};
    fputs("<table><thead>", out);
    html_row(out, "th", HEAD, RIGHT, 4);
    fputs("</thead><tbody>\n", out);
    for (size_t i = 0; i < a->nunits; i++)
        for (size_t k = 0; k < a->units[i].nrows; k++) {
            const struct annex_row *r = &a->units[i].rows[k];
            if (r->survey_answers < 0)
                continue;
            char n[32];
            snprintf(n, sizeof n, "%ld", r->survey_answers);
            const char *row[] = {a->units[i].u->code, m->nodes[r->node].code, n,
                                 r->survey_answers == 0 ? "chưa có phiếu"
                                 : r->survey_few        ? "ít phiếu (dưới số tối thiểu)"
                                                        : ""};
            html_row(out, "td", row, RIGHT, 4);
        }
    fputs("</tbody></table>\n", out);
}

/* 1 when some leaf of the model is assessed by the survey. */
static int has_survey(const struct model *m)
{
    for (size_t i = 0; i < m->nnodes; i++)
        if (m->nodes[i].survey && !m->nodes[i].nchildren)
            return 1;
    return 0;
}

void html_survey_coverage(FILE *out, const struct annex *a)
{
    const struct model *m = a->r->model;
    fputs("<h2>Độ bao phủ điều tra xã hội học</h2>\n", out);
    if (!has_survey(m))
        fputs("<p>Bộ chỉ số không có tiêu chí thành phần nào đánh giá qua điều tra xã hội "
              "học.</p>\n", out);
    else if (!a->survey_answered)
        fputs("<p>Cơ sở dữ liệu chưa có phiếu điều tra xã hội học nào của năm đánh giá; điểm "
              "các tiêu chí điều tra là tỷ lệ đã nhập sẵn.</p>\n", out);
    else {
        groups(out, a);
        leaves(out, a);
    }
}
