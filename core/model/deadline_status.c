/* deadline_status.c — the statuses of the plan's deadlines on a day (see deadline_status.h).
 * Uses: deadline_status.h, workdays.h, calendar.h, vec.h, i18n.h (messages). */
#include "deadline_status.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "vec.h"
#include "workdays.h"
#include "i18n.h"

static const char *const NAMES[] = {"quá hạn", "sắp đến hạn", "chưa đến hạn", "chờ",
                                    "trễ hạn", "đúng hạn"};
static const char *const KEYS[] = {"overdue", "due_soon", "not_due", "waiting", "late", "on_time"};

const char *deadline_state_name(enum deadline_state s)
{
    return NAMES[s];
}

const char *deadline_state_key(enum deadline_state s)
{
    return KEYS[s];
}

static const struct receipt *find(const struct receipt *r, size_t nr, const char *deadline,
                                  const char *agency, const char *as_of)
{
    for (size_t i = 0; i < nr; i++)
        if (!strcmp(r[i].deadline, deadline) && !strcmp(r[i].agency, agency) &&
            strcmp(r[i].received, as_of) <= 0)
            return &r[i];
    return NULL;
}

/* The due date of d into due (""), from its anchor's last receipt when it is counted from
 * one: "" when some agency of the anchor has not delivered by as_of.  0, or -1 with e. */
static int due_of(const struct model *m, const struct deadline *d, const struct receipt *r,
                  size_t nr, const char *as_of, char due[11], struct px_err *e)
{
    if (!d->after_received) {
        memcpy(due, d->due, 11);
        return 0;
    }
    const struct deadline *a = &m->deadlines[model_deadline(m, d->after)];
    char last[11] = "";
    for (size_t k = 0; k < a->nby; k++) {
        const struct receipt *got = find(r, nr, a->code, a->by[k], as_of);
        if (!got) {
            due[0] = '\0';
            return 0;
        }
        if (strcmp(got->received, last) > 0)
            memcpy(last, got->received, 11);
    }
    struct px_date from, to;
    if (date_parse(last, &from, e) != 0 || workcal_add(m->calendar, from, d->workdays, &to, e))
        return -1;
    date_iso(to, due);
    return 0;
}

/* Working days in (a, b] over the model's calendar. */
static int count(const struct model *m, const char *a, const char *b, long *n, struct px_err *e)
{
    struct px_date x, y;
    if (date_parse(a, &x, e) != 0 || date_parse(b, &y, e) != 0)
        return -1;
    return workcal_count(m->calendar, x, y, n, e);
}

static int fill(const struct model *m, struct deadline_status *s, const struct receipt *got,
                const char *as_of, long within, struct px_err *e)
{
    if (!s->due[0]) {
        s->state = DL_WAITING;
        return 0;
    }
    if (got) {
        memcpy(s->received, got->received, 11);
        s->doc = got->doc;
        if (strcmp(got->received, s->due) <= 0) {
            s->state = DL_ON_TIME;
            return 0;
        }
        s->state = DL_LATE;
        return count(m, s->due, got->received, &s->days, e);
    }
    if (strcmp(as_of, s->due) > 0) {
        s->state = DL_OVERDUE;
        return count(m, s->due, as_of, &s->days, e);
    }
    if (count(m, as_of, s->due, &s->days, e) != 0)
        return -1;
    s->state = s->days <= within ? DL_DUE_SOON : DL_NOT_DUE;
    return 0;
}

static int urgency(const void *pa, const void *pb)
{
    const struct deadline_status *a = pa, *b = pb;
    if (a->state != b->state)
        return (int)a->state - (int)b->state;
    if (a->days != b->days && (a->state == DL_OVERDUE || a->state == DL_LATE))
        return a->days > b->days ? -1 : 1;
    int c = strcmp(a->due, b->due);
    if (c)
        return c;
    if (a->deadline != b->deadline)
        return a->deadline < b->deadline ? -1 : 1;
    return strcmp(a->agency, b->agency);
}

int deadline_statuses(const struct model *m, const struct receipt *r, size_t nr,
                      const char *as_of, long within, const char *agency,
                      struct deadline_status **out, size_t *n, struct px_err *e)
{
    struct deadline_status *v = NULL;
    size_t count_ = 0, cap = 0;
    *out = NULL;
    *n = 0;
    e->msg[0] = '\0';
    if (!m->calendar) {
        px_err_at(e, PX_RULE, m->file, m->index_line, 0, _("the rule file names no working-day "
                  "calendar; add calendar(require \"calendar_vn\")"));
        return -1;
    }
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        for (size_t k = 0; d->code && k < d->nby; k++) {
            if (agency && strcmp(agency, d->by[k]))
                continue;
            struct deadline_status s = {.deadline = i, .agency = d->by[k]};
            if (due_of(m, d, r, nr, as_of, s.due, e) != 0 ||
                fill(m, &s, find(r, nr, d->code, d->by[k], as_of), as_of, within, e) != 0 ||
                VEC_PUSH(v, count_, cap, s) != 0) {
                if (!e->msg[0])
                    px_err_set(e, PX_SYSTEM, _("out of memory"));
                free(v);
                return -1;
            }
        }
    }
    if (count_)
        qsort(v, count_, sizeof *v, urgency);
    *out = v;
    *n = count_;
    return 0;
}
