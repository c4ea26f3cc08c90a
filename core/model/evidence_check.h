/* evidence_check.h — the evidence register judged against a rule file: each document (its
 * number's shape or an author's pattern, look-alike characters, the type in the number against
 * the declared type, the issuer known, the date inside the assessment period, duplicates), each
 * leaf that requires evidence (a valid document of an allowed type, or an explanation), and
 * the list of what is missing, invalid or suspicious per lead agency, unit and sub-criterion.
 * Texts are Vietnamese, for the people who fix the register.
 * Provides enum evidence_state, evidence_judge(), evidence_supports(), evidence_leaf(),
 * struct evidence_finding, evidence_findings(), evidence_findings_sort(),
 * evidence_keep_rows(), evidence_findings_free().  Uses: model.h, docnum.h, re.h, calendar.h. */
#ifndef PARIDX_EVIDENCE_CHECK_H
#define PARIDX_EVIDENCE_CHECK_H

#include <stddef.h>

#include "diag.h"
#include "docnum.h"
#include "model.h"

enum evidence_state {
    EVIDENCE_OK,         /* a valid document */
    EVIDENCE_SUSPICIOUS, /* counts, but someone should look (a duplicate, another issuer) */
    EVIDENCE_INVALID,    /* does not count */
};

/* Judges document k of rows (rows of year `year`; duplicates are sought among the rows of the
 * same unit): its state, and why in Vietnamese into why ("" when valid).  -1 with e set
 * (PX_LIMIT, at evidence_rules' line) when an author's pattern hit the match limit. */
int evidence_judge(const struct model *m, int year, const struct evidence_row *rows, size_t n,
                   size_t k, char *why, size_t wn, struct px_err *e);

/* 1 when row r is offered for the node with this code. */
int evidence_supports(const struct evidence_row *r, const char *code);

enum evidence_leaf_state {
    LEAF_EVIDENCED, /* a valid document of an allowed type supports it */
    LEAF_LACKING,   /* none: it scores 0 if it requires evidence */
    LEAF_EXPLAINED, /* none, but an explanation (giải trình) is recorded */
};

/* Whether leaf i of m has its evidence among one unit's rows; why gets what it lacks
 * ("cần KH hoặc QĐ; 2757/KH–UBND không hợp lệ") or the explanation.  -1 with e set as for
 * evidence_judge. */
int evidence_leaf(const struct model *m, size_t leaf, int year, const struct evidence_row *rows,
                  size_t n, char *why, size_t wn, struct px_err *e);

/* What the leaf needs, for people: "KH hoặc QĐ: Kế hoạch CCHC năm 2019 của UBND tỉnh". */
void evidence_needs(const struct model *m, size_t leaf, char *buf, size_t n);

enum evidence_problem { PROBLEM_MISSING, PROBLEM_INVALID, PROBLEM_SUSPICIOUS, PROBLEM_EXPLAINED };

/* "thiếu", "không hợp lệ", "đáng ngờ", "đã giải trình". */
const char *evidence_problem_name(enum evidence_problem p);

struct evidence_finding {
    const char *agency;    /* the leaf's lead agency (borrowed from the model), or "" */
    const char *unit;      /* borrowed from the rows or the caller */
    const char *node;      /* the node code (borrowed) */
    long node_index;       /* in m->nodes, -1 when the rule file has no such node */
    enum evidence_problem problem;
    const char *document;  /* the number, or NULL (borrowed from the rows) */
    char *why, *needs;     /* malloc'd */
    const char *source;    /* the row's "file:line", or NULL */
    size_t agency_rank, seq; /* for sorting: the agency's place in the model, the order found */
};

struct evidence_findings {
    struct evidence_finding *items;
    size_t n, cap;
    struct kept_rows { /* register rows the findings borrow from, freed with them */
        struct evidence_row *rows;
        size_t n;
    } *kept;
    size_t nkept, kept_cap;
};

/* Hands rows (which findings in f borrow) to f, to be freed with it; 0, or -1 when out of
 * memory (rows freed, e set). */
int evidence_keep_rows(struct evidence_findings *f, struct evidence_row *rows, size_t n,
                       struct px_err *e);

/* Appends the findings of one unit (code, kind) to out: for every leaf that applies to its
 * kind, each invalid or suspicious document offered for it and, when the leaf requires
 * evidence, its lack or explanation; then documents offered for codes that are no leaf of
 * the rule file.  rows: that unit's rows of year.  0, or -1 with e set. */
int evidence_findings(const struct model *m, int year, const char *unit, const char *kind,
                      const struct evidence_row *rows, size_t n, struct evidence_findings *out,
                      struct px_err *e);

/* Orders the findings by lead agency (in the order the rule file declares them), unit, then
 * node in tree order. */
void evidence_findings_sort(struct evidence_findings *f);

void evidence_findings_free(struct evidence_findings *f);

#endif
