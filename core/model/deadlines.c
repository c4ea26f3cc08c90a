/* deadlines.c — resolving relative deadlines (see deadlines.h): a depth-first walk from each
 * deadline to its anchor, marking those in progress, so a cycle is found where it closes and
 * named from its first member.  Uses: deadlines.h, workdays.h, calendar.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "deadlines.h"

#include <stdlib.h>

#include "calendar.h"
#include "workdays.h"
#include "i18n.h"

enum { TODO, WALKING, DONE, FAILED };

struct walk {
    struct model *m;
    struct findings *out;
    unsigned char *state;
};

static const char *name_of(const struct deadline *d)
{
    return d->code ? d->code : d->task;
}

/* "TDG → BC_UBND → TDG": the cycle through i, written from i. */
static void cycle_text(const struct model *m, size_t i, char *buf, size_t n)
{
    size_t used = (size_t)snprintf(buf, n, "%s", name_of(&m->deadlines[i]));
    int k = model_deadline(m, m->deadlines[i].after);
    for (size_t steps = 0; k >= 0 && used < n && steps <= m->ndeadlines; steps++) {
        used += (size_t)snprintf(buf + used, n - used, " → %s", name_of(&m->deadlines[k]));
        if ((size_t)k == i)
            break;
        k = m->deadlines[k].after ? model_deadline(m, m->deadlines[k].after) : -1;
    }
}

/* Counts deadline i from its anchor, once the anchor is resolved; a failure is a finding
 * (unless the anchor's own finding already says why). */
static int resolve(struct walk *w, size_t i)
{
    struct model *m = w->m;
    struct deadline *d = &m->deadlines[i];
    if (w->state[i] == DONE || w->state[i] == FAILED)
        return w->state[i] == DONE ? 0 : -1;
    if (w->state[i] == WALKING) { /* the walk came back: i closes a cycle */
        char cycle[400];
        cycle_text(m, i, cycle, sizeof cycle);
        findings_add(w->out, d->line, _("deadline %s is counted from itself: %s; give one of them "
                     "a date"), name_of(d), cycle);
        w->state[i] = FAILED;
        return -1;
    }
    if (!d->after) {
        w->state[i] = DONE;
        return 0;
    }
    w->state[i] = WALKING;
    int a = model_deadline(m, d->after);
    struct px_date from, due;
    struct px_err e;
    if (a < 0) {
        findings_add(w->out, d->line, _("deadline %s is counted from deadline %s, which does not "
                     "exist (no deadline has code = \"%s\")"), name_of(d), d->after, d->after);
    } else if (resolve(w, (size_t)a) != 0) {
        /* said at the anchor, or at this deadline when it closed a cycle */
    } else if (!m->calendar) {
        findings_add(w->out, d->line, _("deadline %s counts working days but the rule file names "
                     "no calendar; add calendar(require \"calendar_vn\")"), name_of(d));
    } else if (date_parse(m->deadlines[a].due, &from, &e) != 0 ||
               workcal_add(m->calendar, from, d->workdays, &due, &e) != 0) {
        findings_add(w->out, d->line, _("deadline %s: %s"), name_of(d), e.msg);
    } else if (!d->due && !(d->due = malloc(11))) {
        findings_add(w->out, d->line, _("out of memory"));
    } else {
        date_iso(due, d->due);
        w->state[i] = DONE;
        return 0;
    }
    w->state[i] = FAILED;
    return -1;
}

size_t model_resolve_deadlines(struct model *m, struct findings *out)
{
    size_t before = out->n;
    struct walk w = {m, out, calloc(m->ndeadlines ? m->ndeadlines : 1, 1)};
    if (!w.state) {
        findings_add(out, 0, _("out of memory"));
        return 1;
    }
    for (size_t i = 0; i < m->ndeadlines; i++)
        resolve(&w, i);
    free(w.state);
    return out->n - before;
}
