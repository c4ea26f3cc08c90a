/* submissions.h — the submissions of a year's deadlines in the store: that an agency
 * delivered a deadline's task, when it was received, the document it sent and a note.
 * Provides struct submission_row, store_put_submission(), store_submissions(),
 * store_free_submissions().  Uses: store.h, diag.h. */
#ifndef PARIDX_SUBMISSIONS_H
#define PARIDX_SUBMISSIONS_H

#include <stddef.h>

#include "diag.h"
#include "store.h"

struct submission_row {
    int year;
    char *deadline, *agency; /* codes */
    char *received;          /* yyyy-mm-dd */
    char *doc;               /* the document's number, or NULL */
    char *doc_date;          /* yyyy-mm-dd, or NULL */
    char *note;              /* or NULL */
    char *source;            /* "paridx submit", "file.csv:12" */
};

/* Records (or replaces) the submission of (year, deadline, agency), unless it is recorded
 * already with the same receipt, document, date and note; every change is written to the
 * audit log by `actor` ("submit", "import"): 'submission.add', or 'submission.change'
 * with the old and new receipt and document.  Inside the caller's transaction.  0, or -1
 * with e naming the step. */
int store_put_submission(struct store *s, const struct submission_row *r, const char *actor,
                         struct px_err *e);

/* The submissions of `year`, by deadline then agency.  0 with *out (free with
 * store_free_submissions), or -1 with e. */
int store_submissions(struct store *s, int year, struct submission_row **out, size_t *n,
                      struct px_err *e);
void store_free_submissions(struct submission_row *v, size_t n);

#endif
