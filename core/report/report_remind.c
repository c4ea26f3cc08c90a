/* report_remind.c — one agency's reminder (see report_remind.h): a heading, the tasks most
 * urgent first (the statuses come sorted), and a closing request.  Dates dd/mm/yyyy.
 * Uses: report_remind.h, report_deadlines.h (the status in words), report_out.h, calendar.h,
 * text.h (text from the rule file, controls escaped). */
#include "report_remind.h"

#include <string.h>

#include "calendar.h"
#include "report_deadlines.h"
#include "report_out.h"
#include "text.h"

static int wanted(const struct deadline_status *s, const char *agency)
{
    return !strcmp(s->agency, agency) && (s->state == DL_OVERDUE || s->state == DL_DUE_SOON);
}

size_t report_remind_needed(const struct deadline_status *s, size_t n, const char *agency)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += wanted(&s[i], agency);
    return k;
}

static void vn(const char *iso, char *buf)
{
    struct px_date d;
    if (date_parse(iso, &d, NULL) == 0)
        date_vn(d, buf);
    else
        buf[0] = '\0';
}

int report_remind(FILE *out, const struct model *m, const char *as_of, const char *agency,
                  const struct deadline_status *s, size_t n)
{
    const struct agency *a = model_agency(m, agency);
    const char *name = a ? a->name : agency;
    char day[11], due[11], words[96];
    vn(as_of, day);
    text_printf(out, "Kính gửi: %s\n\n", name);
    text_printf(out, "Thực hiện kế hoạch xác định %s, tính đến ngày %s, %s còn các nhiệm vụ sau "
                "chưa hoàn thành:\n\n", m->title, day, name);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!wanted(&s[i], agency))
            continue;
        const struct deadline *d = &m->deadlines[s[i].deadline];
        const struct agency *to = d->to ? model_agency(m, d->to) : NULL;
        vn(s[i].due, due);
        report_deadline_words(m, &s[i], words, sizeof words);
        text_printf(out, "%zu. %s (mã %s).\n   Hạn: %s%s%s — %s.\n", ++k, d->task, d->code, due,
                    to ? "; gửi " : "", to ? to->name : "", words);
    }
    text_printf(out, "\nĐề nghị %s khẩn trương hoàn thành và gửi kết quả đúng thời hạn theo kế "
                "hoạch.\n", name);
    return report_out_done(out, "the reminder");
}
