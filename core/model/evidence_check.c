/* evidence_check.c — judging the evidence register against a rule file (see
 * evidence_check.h).  Uses: docnum.h (shapes, types, look-alikes), re.h (authors' patterns),
 * calendar.h (dates shown dd/mm/yyyy), vec.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "evidence_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "re.h"
#include "vec.h"
#include "i18n.h"

/* Appends "; text" (or text, first) to buf. */
__attribute__((format(printf, 3, 4))) static void add_why(char *buf, size_t n, const char *fmt,
                                                         ...)
{
    size_t used = strlen(buf);
    if (used && used + 2 < n) {
        memcpy(buf + used, "; ", 3);
        used += 2;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + used, n - used, fmt, ap);
    va_end(ap);
}

/* "2019-12-25" → "25/12/2019" into out (11 bytes). */
static const char *vn_date(const char *iso, char out[11])
{
    struct px_date d;
    if (date_parse(iso, &d, NULL) == 0)
        date_vn(d, out);
    else
        snprintf(out, 11, "%.10s", iso);
    return out;
}

static int issuer_known(const struct model *m, const char *issuer)
{
    if (model_agency(m, issuer))
        return 1;
    for (size_t i = 0; i < m->evidence.nissuers; i++)
        if (!strcmp(m->evidence.issuers[i], issuer))
            return 1;
    return 0;
}

/* 1 when number (look-alikes already replaced) has an author's shape, 0 when not, -1 on a
 * limit (e set at evidence_rules' line). */
static int author_shape(const struct model *m, const char *number, struct px_err *e)
{
    for (size_t i = 0; i < m->evidence.npatterns; i++) {
        const struct evidence_pattern *p = &m->evidence.patterns[i];
        struct px_err why;
        int rc = re_full(p->re, number, &why);
        if (rc < 0) {
            px_err_at(e, why.code, m->file, p->line, 0,
                      _("evidence_rules: pattern %zu \"%.100s\" on the document number '%.100s': "
                      "%s"), i + 1, p->pattern, number, why.msg);
            return -1;
        }
        if (rc == 1)
            return 1;
    }
    return 0;
}

/* The number as meant: look-alikes replaced (malloc'd), or a copy. */
static char *meant_number(const char *number, char *why, size_t wn)
{
    char said[400], *meant = NULL;
    int rc = docnum_lookalike(number, said, sizeof said, &meant);
    if (rc == 1) {
        add_why(why, wn, "số hiệu '%s': %s", number, said);
        return meant;
    }
    return strdup(number);
}

/* The period [from, to] of documents for year (yyyy-mm-dd). */
static void period(const struct model *m, int year, char from[11], char to[11])
{
    if (m->evidence.from[0])
        memcpy(from, m->evidence.from, 11);
    else
        snprintf(from, 11, "%04u-01-01", (unsigned)year % 10000u);
    if (m->evidence.to[0])
        memcpy(to, m->evidence.to, 11);
    else
        snprintf(to, 11, "%04u-12-31", (unsigned)year % 10000u);
}

/* Another document of the same unit with the same number as meant: its index, or n. */
static size_t duplicate_of(const struct evidence_row *rows, size_t n, size_t k, const char *meant)
{
    for (size_t j = 0; j < n; j++) {
        if (j == k || !rows[j].number || strcmp(rows[j].unit, rows[k].unit))
            continue;
        char ignored[8] = "";
        char *other = meant_number(rows[j].number, ignored, sizeof ignored);
        int same = other && !strcmp(other, meant);
        free(other);
        if (same)
            return j;
    }
    return n;
}

/* The checks of the declared type and issuer against the number; raises state. */
static void check_type_issuer(const struct model *m, const struct evidence_row *r, int parsed,
                              const struct docnum *dn, enum evidence_state *state, char *why,
                              size_t wn)
{
    if (!docnum_type_known(r->type)) {
        add_why(why, wn, "loại '%s' không phải loại văn bản (%s)", r->type, docnum_type_list());
        *state = EVIDENCE_INVALID;
    } else if (parsed && strcmp(dn->type, r->type)) {
        add_why(why, wn, "số hiệu là của %s nhưng loại khai là %s", dn->type, r->type);
        *state = EVIDENCE_INVALID;
    }
    const char *issuer = r->issuer ? r->issuer : parsed ? dn->issuer : NULL;
    if (issuer && !issuer_known(m, issuer)) {
        add_why(why, wn, "cơ quan ban hành '%s' không có trong danh mục (agency hoặc "
                "evidence_rules.issuers)", issuer);
        *state = EVIDENCE_INVALID;
    } else if (r->issuer && parsed && strcmp(r->issuer, dn->issuer)) {
        add_why(why, wn, "cơ quan ban hành khai là %s nhưng số hiệu ghi %s", r->issuer,
                dn->issuer);
        if (*state < EVIDENCE_SUSPICIOUS)
            *state = EVIDENCE_SUSPICIOUS;
    }
}

int evidence_judge(const struct model *m, int year, const struct evidence_row *rows, size_t n,
                   size_t k, char *why, size_t wn, struct px_err *e)
{
    const struct evidence_row *r = &rows[k];
    enum evidence_state state = EVIDENCE_OK;
    why[0] = '\0';
    char *meant = meant_number(r->number, why, wn);
    if (!meant) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    if (why[0])
        state = EVIDENCE_INVALID;
    struct docnum dn;
    int parsed = docnum_parse(meant, &dn);
    int shaped = parsed ? 1 : author_shape(m, meant, e);
    if (shaped < 0) {
        free(meant);
        return -1;
    }
    if (!shaped) {
        add_why(why, wn, "số hiệu '%s' không đúng dạng số/KH-UBND, số/năm/QĐ-UBND hoặc "
                "số/BNV-CCHC", meant);
        state = EVIDENCE_INVALID;
    }
    check_type_issuer(m, r, parsed, &dn, &state, why, wn);
    char from[11], to[11], shown[3][11];
    period(m, year, from, to);
    if (strcmp(r->issued, from) < 0 || strcmp(r->issued, to) > 0) {
        add_why(why, wn, "ngày ban hành %s ngoài kỳ đánh giá %s–%s", vn_date(r->issued, shown[0]),
                vn_date(from, shown[1]), vn_date(to, shown[2]));
        state = EVIDENCE_INVALID;
    } else if (parsed && dn.year && dn.year != atoi(r->issued)) {
        add_why(why, wn, "năm trong số hiệu (%d) khác năm ban hành (%.4s)", dn.year, r->issued);
        if (state < EVIDENCE_SUSPICIOUS)
            state = EVIDENCE_SUSPICIOUS;
    }
    size_t dup = duplicate_of(rows, n, k, meant);
    if (dup < n) {
        add_why(why, wn, "trùng số hiệu với %s (%s)", rows[dup].number, rows[dup].source);
        if (state < EVIDENCE_SUSPICIOUS)
            state = EVIDENCE_SUSPICIOUS;
    }
    free(meant);
    return (int)state;
}

int evidence_supports(const struct evidence_row *r, const char *code)
{
    for (size_t i = 0; i < r->nnodes; i++)
        if (!strcmp(r->nodes[i], code))
            return 1;
    return 0;
}

static int type_counts(const struct node *leaf, const char *type)
{
    if (!leaf->nevidence_types)
        return 1;
    for (size_t i = 0; i < leaf->nevidence_types; i++)
        if (!strcmp(leaf->evidence_types[i], type))
            return 1;
    return 0;
}

/* "KH hoặc QĐ" (or "tài liệu" when any type counts) into buf. */
static void types_text(const struct node *leaf, char *buf, size_t n)
{
    buf[0] = '\0';
    if (!leaf->nevidence_types)
        snprintf(buf, n, "tài liệu kiểm chứng");
    for (size_t i = 0, used = 0; i < leaf->nevidence_types && used < n; i++)
        used += (size_t)snprintf(buf + used, n - used, "%s%s", i ? " hoặc " : "",
                                 leaf->evidence_types[i]);
}

void evidence_needs(const struct model *m, size_t leaf, char *buf, size_t n)
{
    const struct node *l = &m->nodes[leaf];
    char types[200];
    types_text(l, types, sizeof types);
    if (l->evidence)
        snprintf(buf, n, "%s: %s", types, l->evidence);
    else
        snprintf(buf, n, "%s", types);
}

int evidence_leaf(const struct model *m, size_t leaf, int year, const struct evidence_row *rows,
                  size_t n, char *why, size_t wn, struct px_err *e)
{
    const struct node *l = &m->nodes[leaf];
    char types[200], judged[1200];
    types_text(l, types, sizeof types);
    snprintf(why, wn, "cần %s", types);
    const char *explanation = NULL;
    for (size_t k = 0; k < n; k++) {
        if (!evidence_supports(&rows[k], l->code))
            continue;
        if (!rows[k].number) {
            explanation = rows[k].explanation;
            continue;
        }
        int state = evidence_judge(m, year, rows, n, k, judged, sizeof judged, e);
        if (state < 0)
            return -1;
        if (state == EVIDENCE_INVALID)
            add_why(why, wn, "%s không hợp lệ", rows[k].number);
        else if (!type_counts(l, rows[k].type))
            add_why(why, wn, "%s là %s, không được tính", rows[k].number, rows[k].type);
        else
            return LEAF_EVIDENCED;
    }
    if (explanation) {
        snprintf(why, wn, "%s", explanation);
        return LEAF_EXPLAINED;
    }
    return LEAF_LACKING;
}

const char *evidence_problem_name(enum evidence_problem p)
{
    static const char *const NAMES[] = {[PROBLEM_MISSING] = "thiếu",
                                        [PROBLEM_INVALID] = "không hợp lệ",
                                        [PROBLEM_SUSPICIOUS] = "đáng ngờ",
                                        [PROBLEM_EXPLAINED] = "đã giải trình"};
    return NAMES[p];
}

/* Appends one finding; -1 with e set when out of memory. */
static int add_finding(const struct model *m, struct evidence_findings *out,
                       struct evidence_finding f, const char *why, const char *needs,
                       struct px_err *e)
{
    f.why = strdup(why);
    f.needs = strdup(needs);
    f.agency_rank = m->nagencies;
    f.seq = out->n;
    for (size_t a = 0; a < m->nagencies; a++)
        if (!strcmp(m->agencies[a].code, f.agency))
            f.agency_rank = a;
    if (!f.why || !f.needs || vec_reserve(out->items, out->cap, out->n + 1) != 0) {
        free(f.why);
        free(f.needs);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    out->items[out->n++] = f;
    return 0;
}

/* The findings of leaf i for one unit. */
static int leaf_findings(const struct model *m, int year, const char *unit, size_t i,
                         const struct evidence_row *rows, size_t n, struct evidence_findings *out,
                         struct px_err *e)
{
    const struct node *l = &m->nodes[i];
    char why[1200], needs[600];
    evidence_needs(m, i, needs, sizeof needs);
    struct evidence_finding f = {l->lead ? l->lead : "", unit, l->code, (long)i, 0, NULL,
                                 NULL, NULL, NULL, 0, 0};
    for (size_t k = 0; k < n; k++) {
        if (!rows[k].number || !evidence_supports(&rows[k], l->code))
            continue;
        int state = evidence_judge(m, year, rows, n, k, why, sizeof why, e);
        if (state < 0)
            return -1;
        if (state == EVIDENCE_OK)
            continue;
        f.problem = state == EVIDENCE_INVALID ? PROBLEM_INVALID : PROBLEM_SUSPICIOUS;
        f.document = rows[k].number;
        f.source = rows[k].source;
        if (add_finding(m, out, f, why, needs, e))
            return -1;
    }
    if (!l->evidence_required)
        return 0;
    int state = evidence_leaf(m, i, year, rows, n, why, sizeof why, e);
    if (state < 0)
        return -1;
    if (state == LEAF_EVIDENCED)
        return 0;
    f.problem = state == LEAF_EXPLAINED ? PROBLEM_EXPLAINED : PROBLEM_MISSING;
    f.document = NULL;
    f.source = NULL;
    const char *problem = why;
    if (state == LEAF_LACKING) { /* "cần KH; 12/KH-SNV không hợp lệ": the needs are shown apart */
        char types[200];
        types_text(l, types, sizeof types);
        size_t said = strlen("cần ") + strlen(types);
        problem = strlen(why) > said + 2 ? why + said + 2 : "chưa có tài liệu nào";
    }
    return add_finding(m, out, f, problem, needs, e);
}

int evidence_findings(const struct model *m, int year, const char *unit, const char *kind,
                      const struct evidence_row *rows, size_t n, struct evidence_findings *out,
                      struct px_err *e)
{
    for (size_t i = 0; i < m->nnodes; i++)
        if (!m->nodes[i].nchildren && model_applies(m, i, kind) &&
            leaf_findings(m, year, unit, i, rows, n, out, e))
            return -1;
    for (size_t k = 0; k < n; k++)
        for (size_t q = 0; q < rows[k].nnodes; q++) {
            int i = model_find(m, rows[k].nodes[q]);
            if (i >= 0 && !m->nodes[i].nchildren)
                continue;
            char why[300];
            snprintf(why, sizeof why, i < 0 ? "tệp quy tắc không có tiêu chí %s"
                                            : "%s có tiêu chí con: ghi mã của tiêu chí con",
                     rows[k].nodes[q]);
            struct evidence_finding f = {i >= 0 && m->nodes[i].lead ? m->nodes[i].lead : "",
                                         unit, rows[k].nodes[q], i, PROBLEM_INVALID,
                                         rows[k].number, NULL, NULL, rows[k].source, 0, 0};
            if (add_finding(m, out, f, why, "", e))
                return -1;
        }
    return 0;
}

static int by_place(const void *a, const void *b)
{
    const struct evidence_finding *x = a, *y = b;
    if (x->agency_rank != y->agency_rank)
        return x->agency_rank < y->agency_rank ? -1 : 1;
    int c = strcmp(x->unit, y->unit);
    if (c)
        return c;
    if (x->node_index != y->node_index)
        return x->node_index < y->node_index ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void evidence_findings_sort(struct evidence_findings *f)
{
    qsort(f->items, f->n, sizeof *f->items, by_place);
}

int evidence_keep_rows(struct evidence_findings *f, struct evidence_row *rows, size_t n,
                       struct px_err *e)
{
    if (vec_reserve(f->kept, f->kept_cap, f->nkept + 1) != 0) {
        evidence_rows_free(rows, n);
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return -1;
    }
    f->kept[f->nkept++] = (struct kept_rows){rows, n};
    return 0;
}

void evidence_findings_free(struct evidence_findings *f)
{
    for (size_t i = 0; i < f->nkept; i++)
        evidence_rows_free(f->kept[i].rows, f->kept[i].n);
    free(f->kept);
    for (size_t i = 0; i < f->n; i++) {
        free(f->items[i].why);
        free(f->items[i].needs);
    }
    free(f->items);
    memset(f, 0, sizeof *f);
}
