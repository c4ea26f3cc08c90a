/* report_deadlines.c — the deadlines' statuses as a table, CSV or JSON (see
 * report_deadlines.h).  Table and CSV share one list of cells per row; dates as users write
 * them (dd/mm/yyyy), in JSON as yyyy-mm-dd.
 * Uses: report_deadlines.h, report_csv_record.h, report_out.h, json_out.h, text.h,
 * calendar.h. */
#include "report_deadlines.h"

#include <string.h>

#include "calendar.h"
#include "json_out.h"
#include "report_csv_record.h"
#include "report_out.h"
#include "text.h"

enum { NCOLS = 8 };

static const char *const HEADER[NCOLS] = {"Hạn",       "Mã",         "Cơ quan",    "Tình trạng",
                                          "Ngày nhận", "Số văn bản", "Gửi đến",    "Nhiệm vụ"};

static void vn(const char *iso, char *buf)
{
    struct px_date d;
    if (iso[0] && date_parse(iso, &d, NULL) == 0)
        date_vn(d, buf);
    else
        buf[0] = '\0';
}

void report_deadline_words(const struct model *m, const struct deadline_status *s, char *buf,
                           size_t len)
{
    switch (s->state) {
    case DL_OVERDUE:
        snprintf(buf, len, "quá hạn %ld ngày làm việc", s->days);
        break;
    case DL_DUE_SOON:
        if (s->days == 0)
            snprintf(buf, len, "đến hạn hôm nay");
        else
            snprintf(buf, len, "còn %ld ngày làm việc", s->days);
        break;
    case DL_NOT_DUE:
        snprintf(buf, len, "chưa đến hạn (còn %ld ngày làm việc)", s->days);
        break;
    case DL_WAITING:
        snprintf(buf, len, "chờ nhận đủ %s", m->deadlines[s->deadline].after);
        break;
    case DL_LATE:
        snprintf(buf, len, "trễ hạn %ld ngày làm việc", s->days);
        break;
    case DL_ON_TIME:
        snprintf(buf, len, "đúng hạn");
        break;
    }
}

struct cells {
    char due[11], received[11], words[96];
    const char *v[NCOLS];
};

static void cells_of(const struct model *m, const struct deadline_status *s, struct cells *c)
{
    const struct deadline *d = &m->deadlines[s->deadline];
    vn(s->due, c->due);
    vn(s->received, c->received);
    report_deadline_words(m, s, c->words, sizeof c->words);
    const char *v[NCOLS] = {c->due, d->code, s->agency, c->words, c->received,
                            s->doc ? s->doc : "", d->to ? d->to : "", d->task};
    memcpy(c->v, v, sizeof v);
}

static void table(FILE *out, const struct model *m, const char *as_of,
                  const struct deadline_status *s, size_t n)
{
    size_t w[NCOLS];
    struct cells c;
    for (int k = 0; k < NCOLS; k++)
        w[k] = text_width(HEADER[k]);
    for (size_t i = 0; i < n; i++) {
        cells_of(m, &s[i], &c);
        for (int k = 0; k < NCOLS - 1; k++)
            if (text_width(c.v[k]) > w[k])
                w[k] = text_width(c.v[k]);
    }
    char day[11];
    vn(as_of, day);
    text_printf(out, "Tiến độ thực hiện kế hoạch — %s, tính đến ngày %s\n\n", m->title, day);
    for (int k = 0; k < NCOLS; k++) {
        text_pad(out, HEADER[k], k < NCOLS - 1 ? w[k] : 0, 0);
        fputs(k < NCOLS - 1 ? "  " : "\n", out);
    }
    for (size_t i = 0; i < n; i++) {
        cells_of(m, &s[i], &c);
        for (int k = 0; k < NCOLS; k++) {
            text_pad(out, c.v[k], k < NCOLS - 1 ? w[k] : 0, 0);
            fputs(k < NCOLS - 1 ? "  " : "\n", out);
        }
    }
    if (!n)
        fputs("(không có thời hạn nào)\n", out);
}

static void csv(FILE *out, enum csv_style style, const struct model *m,
                const struct deadline_status *s, size_t n)
{
    struct cells c;
    report_csv_begin(out, style);
    report_csv_record(out, style, NCOLS, HEADER, NULL);
    for (size_t i = 0; i < n; i++) {
        cells_of(m, &s[i], &c);
        report_csv_record(out, style, NCOLS, c.v, NULL);
    }
}

static void json_field(FILE *out, const char *key, const char *value, int last)
{
    fprintf(out, "\"%s\": ", key);
    if (value && value[0])
        json_string(out, value);
    else
        fputs("null", out);
    fputs(last ? "" : ", ", out);
}

static void json(FILE *out, const struct model *m, const char *as_of,
                 const struct deadline_status *s, size_t n)
{
    fprintf(out, "{\"as_of\": \"%s\", \"year\": %d, \"deadlines\": [", as_of, m->year);
    for (size_t i = 0; i < n; i++) {
        const struct deadline *d = &m->deadlines[s[i].deadline];
        fputs(i ? ",\n  {" : "\n  {", out);
        json_field(out, "code", d->code, 0);
        json_field(out, "agency", s[i].agency, 0);
        json_field(out, "status", deadline_state_key(s[i].state), 0);
        fprintf(out, "\"working_days\": %ld, ", s[i].days);
        json_field(out, "due", s[i].due, 0);
        json_field(out, "received", s[i].received, 0);
        json_field(out, "doc", s[i].doc, 0);
        json_field(out, "to", d->to, 0);
        json_field(out, "task", d->task, 1);
        fputs("}", out);
    }
    fputs(n ? "\n]}\n" : "]}\n", out);
}

int report_deadlines(FILE *out, enum deadlines_format f, const struct model *m,
                     const char *as_of, const struct deadline_status *s, size_t n)
{
    if (f == DEADLINES_TABLE)
        table(out, m, as_of, s, n);
    else if (f == DEADLINES_CSV || f == DEADLINES_CSV_PLAIN)
        csv(out, f == DEADLINES_CSV ? CSV_EXCEL : CSV_PLAIN, m, s, n);
    else
        json(out, m, as_of, s, n);
    return report_out_done(out, "the deadlines");
}
