/* import.h — loading CSV files exported from Excel into the store: units, agencies, facts.
 * One file is one transaction: any bad row rejects the whole file and the database is
 * exactly as before.  Every stored row remembers "file:line" and the import it came from.
 * Provides import_*.  Uses: csv.h, fact.h, re.h, store.h, submissions.h, fileio.h. */
#ifndef PARIDX_IMPORT_H
#define PARIDX_IMPORT_H

#include "csv.h"
#include "diag.h"
#include "fact.h"
#include "store.h"
#include "submissions.h"

enum import_kind {
    IMPORT_UNITS, IMPORT_AGENCIES, IMPORT_FACTS, IMPORT_SUBMISSIONS, IMPORT_EVIDENCE,
    IMPORT_APPRAISALS
};

/* "units", "agencies", "facts", "submissions", "evidence", "appraisals" → kind; -1 when
 * unknown. */
int import_kind_from_name(const char *name, enum import_kind *out);
const char *import_kind_name(enum import_kind kind);

/* What an import did. */
struct import_result {
    long rows;        /* rows loaded */
    char already[20]; /* "YYYY-MM-DD HH:MM:SS" when the same file (sha256) was imported then and
                       * the database still holds what it says: nothing was changed or
                       * recorded; "" otherwise */
};

/* The year facts are imported into and how each is checked: by a rule file's fact
 * dictionary (ctx and the two functions), or only by its shape (ctx NULL). */
struct import_facts {
    int year;              /* the assessment year the facts belong to */
    const char *year_from; /* where it came from, for messages: "--year", "rules/2019.lua" */
    const void *ctx;       /* the dictionary, passed to the functions; NULL: none */
    /* The code of the fact a CSV names (by code or label), with its entry in the dictionary
     * in *fact (for check, which then need not look it up again); or NULL with why set. */
    const char *(*resolve)(const void *ctx, const char *name, const void **fact, char *why,
                           size_t n);
    /* 0: the value typed as raw fits the fact (resolve's entry); -1: refused, why set; 1:
     * fits, a warning in why. */
    int (*check)(const void *ctx, const void *fact, int year, const char *raw,
                 const struct fact_value *v, char *why, size_t n);
    /* Appraisals: 0 when `code` names a self-assessed sub-criterion of the rule file (`model`)
     * and points (when ≥ 0) are within its maximum; -1 with why set.  NULL: no rule file. */
    int (*node)(const void *model, const char *code, double points, char *why, size_t n);
    /* 1 when the fact is the appraisal council's (a bonus or penalty item's), which the
     * self-assessment deadline does not lock; NULL: none is. */
    int (*council)(const void *model, const char *fact);
    const void *model;
    /* Locks: after self_due (yyyy-mm-dd, the rule file's self-assessment deadline; NULL: none)
     * a unit's stored facts of the year, and once a unit's results are closed its facts and
     * appraisals, change only with force, each such change audited as forced. */
    const char *self_due;
    int force;
    /* Submissions: the rule file's deadlines (plan, passed to check_submission, which says
     * whether deadline `code` exists and names `agency`: 0; -1 the code is unknown, -2 the
     * agency is not the deadline's, with why set); NULL when no rule file was given
     * (submissions are then refused). */
    const void *plan;
    int (*check_submission)(const void *plan, const char *code, const char *agency, char *why,
                            size_t n);
    /* A submission recorded with the facts in the same transaction (import facts
     * --submitted), or NULL. */
    const struct submission_row *with_submission;
};

/* Header of each kind (first row; names matched case- and diacritics-insensitively, any order):
 *   units:    code (mã), name (tên), kind (loại), parent (cấp trên, optional)
 *   agencies: code (mã), name (tên)
 *   facts:    unit (đơn vị), fact (dữ kiện), value (giá trị), note (ghi chú, optional),
 *             year (năm, optional: each row's must be facts->year)
 *   submissions: deadline (thời hạn), agency (cơ quan), received (ngày nhận), doc (số văn
 *             bản, optional), doc_date (ngày văn bản, optional), note (ghi chú, optional);
 *             into facts->year, each deadline and agency checked by facts->check_submission
 *   evidence: unit (đơn vị), number (số hiệu), type (loại), issuer (cơ quan ban hành),
 *             date (ngày ban hành), title (trích yếu), location (nơi lưu), nodes (tiêu chí:
 *             "1.1.1; 1.2"), explanation (giải trình), year (năm); a row is a document
 *             (number, type and date required) or an explanation for its nodes; into
 *             facts->year, documents checked in the register by `paridx evidence`
 *   appraisals: unit (đơn vị), node (tiêu chí), round (vòng: 1, 2 or giải trình), points
 *             (điểm; empty for an explanation), reason (lý do: the reason or the explanation)
 * Facts, evidence and appraisals need `facts` (NULL for units and agencies); a warning from its check is said on
 * stderr with the cell's place and the row is imported.
 * A unit's parent must exist and must not be under the unit (no cycles, across files too).
 * opt gives the file's caps and encoding (NULL: csv_defaults()).
 * Returns 0 with *r filled, or -1 with e set ("path:line:column: expected …, found …",
 * PX_DATA) and nothing changed. */
int import_file(struct store *s, enum import_kind kind, const char *path,
                const struct csv_options *opt, const struct import_facts *facts,
                struct import_result *r, struct px_err *e);

/* Imports dir/units.csv, dir/agencies.csv, dir/facts.csv, dir/submissions.csv and
 * dir/evidence.csv, those that
 * exist, in that order
 * (a rule file's bundled example; its facts as `facts` says).  0, or -1 with e set by the
 * first file that failed. */
int import_example(struct store *s, const char *dir, const struct import_facts *facts,
                   struct px_err *e);

#endif
