/* deadline_status.h — where each deadline of the plan stands for each agency that must meet
 * it, on a given day: delivered on time or late by N working days, overdue by N working days,
 * due within N working days, not yet due, or waiting for the receipt it is counted from; most
 * urgent first.
 * Provides struct receipt, struct deadline_status, deadline_statuses().
 * Uses: model.h, workdays.h, calendar.h. */
#ifndef PARIDX_DEADLINE_STATUS_H
#define PARIDX_DEADLINE_STATUS_H

#include <stddef.h>

#include "diag.h"
#include "model.h"

/* A submission as the statuses need it (borrowed strings). */
struct receipt {
    const char *deadline, *agency;
    const char *received; /* yyyy-mm-dd */
    const char *doc;      /* or NULL */
};

/* Most urgent first. */
enum deadline_state {
    DL_OVERDUE,  /* not received, the due date passed: days = working days overdue */
    DL_DUE_SOON, /* not received, due within `within` working days: days = working days left */
    DL_NOT_DUE,  /* not received, due later: days = working days left */
    DL_WAITING,  /* counted from a receipt that has not all come in: no due date yet */
    DL_LATE,     /* received after the due date: days = working days late */
    DL_ON_TIME,  /* received by the due date: days = 0 */
};

struct deadline_status {
    size_t deadline;      /* index into model.deadlines */
    const char *agency;   /* borrowed from the model */
    enum deadline_state state;
    long days;
    char due[11];         /* yyyy-mm-dd, "" while waiting */
    char received[11];    /* yyyy-mm-dd, "" when not received */
    const char *doc;      /* borrowed from the receipt, or NULL */
};

/* The statuses on as_of (yyyy-mm-dd; receipts after it count as not yet received) of every
 * deadline with a code, for every agency in its `by` (only `agency` when not NULL), sorted
 * most urgent first (then by due date, the rule file's order and the agency).  Working days
 * need the model's calendar.  0 with *out (free()), or -1 with e (PX_RULE: no calendar, or a
 * date outside it). */
int deadline_statuses(const struct model *m, const struct receipt *r, size_t nr,
                      const char *as_of, long within, const char *agency,
                      struct deadline_status **out, size_t *n, struct px_err *e);

/* "quá hạn", "sắp đến hạn", "chưa đến hạn", "chờ", "trễ hạn", "đúng hạn". */
const char *deadline_state_name(enum deadline_state s);
/* The English key of the state for JSON: "overdue", "due_soon", "not_due", "waiting",
 * "late", "on_time". */
const char *deadline_state_key(enum deadline_state s);

#endif
