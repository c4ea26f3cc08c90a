/* report_remind.h — the reminder to one agency (công văn đôn đốc): its tasks of the plan that
 * are overdue or due soon on a day, each with its due date and the working days overdue or
 * left, in Vietnamese, ready to paste into an official letter or an e-mail.
 * Provides report_remind_needed(), report_remind().  Uses: model.h, deadline_status.h. */
#ifndef PARIDX_REPORT_REMIND_H
#define PARIDX_REPORT_REMIND_H

#include <stdio.h>

#include "deadline_status.h"
#include "model.h"

/* How many of the statuses of `agency` call for a reminder (overdue or due soon). */
size_t report_remind_needed(const struct deadline_status *s, size_t n, const char *agency);

/* Writes the reminder to `agency` (declared in m) on as_of (yyyy-mm-dd).  0, or -1 when the
 * output failed (said). */
int report_remind(FILE *out, const struct model *m, const char *as_of, const char *agency,
                  const struct deadline_status *s, size_t n);

#endif
