/* docnum.c — document numbers, their types, look-alikes in them, and the register's rows
 * (see docnum.h).  Uses: re.h (SHAPE_DOC_NUMBER and its groups, node codes), lookalike.h,
 * i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strndup */
#include "docnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lookalike.h"
#include "re.h"
#include "i18n.h"

/* The types of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III) that serve as
 * evidence, with their abbreviations as numbers carry them. */
static const char *const TYPES[] = {"NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH",
                                    "PA", "ĐA", "BC", "BB", "TTr", "CV", "GM", "KL", "TT",
                                    "NĐ", "GCN", "GXN", NULL};

int docnum_type_known(const char *type)
{
    for (const char *const *t = TYPES; *t; t++)
        if (!strcmp(*t, type))
            return 1;
    return 0;
}

const char *docnum_type_list(void)
{
    static char list[200];
    if (!list[0])
        for (const char *const *t = TYPES; *t; t++) {
            size_t used = strlen(list);
            snprintf(list + used, sizeof list - used, "%s%s", t == TYPES ? "" : ", ", *t);
        }
    return list;
}

/* Copies group g of a match (ovec) of s into buf, "" when unset or too long. */
static void group(const char *s, const size_t *ovec, int g, char *buf, size_t n)
{
    size_t from = ovec[2 * g], to = ovec[2 * g + 1];
    buf[0] = '\0';
    if (from == (size_t)-1 || to - from >= n)
        return;
    memcpy(buf, s + from, to - from);
    buf[to - from] = '\0';
}

int docnum_parse(const char *number, struct docnum *out)
{
    struct px_err e;
    size_t ovec[10];
    memset(out, 0, sizeof *out);
    if (re_find(re_shape_regex(SHAPE_DOC_NUMBER), number, strlen(number), 0, ovec, 5, &e) <= 0)
        return 0;
    char year[8], first[64], rest[128];
    group(number, ovec, 2, year, sizeof year);
    group(number, ovec, 3, first, sizeof first);
    group(number, ovec, 4, rest, sizeof rest);
    out->year = year[0] ? atoi(year) : 0;
    if (docnum_type_known(first)) { /* 2756/KH-UBND: the issuer is what follows the type */
        /* cut to their fields, as snprintf would (said, so that no build warns of it) */
        snprintf(out->type, sizeof out->type, "%.*s", (int)sizeof out->type - 1, first);
        rest[strcspn(rest, "-")] = '\0';
        snprintf(out->issuer, sizeof out->issuer, "%.*s", (int)sizeof out->issuer - 1, rest);
    } else { /* 383/BNV-CCHC: a công văn of BNV's CCHC division */
        snprintf(out->type, sizeof out->type, "CV");
        snprintf(out->issuer, sizeof out->issuer, "%.*s", (int)sizeof out->issuer - 1, first);
    }
    return 1;
}

int docnum_lookalike(const char *number, char *buf, size_t n, char **meant)
{
    struct lookalike l;
    buf[0] = '\0';
    int rc = lookalike_find(number, &l);
    if (rc <= 0)
        return rc;
    if (l.visible)
        snprintf(buf, n, "ký tự thứ %zu là '%.*s' (U+%04lX), trông giống nhưng không phải ký tự "
                 "chuẩn (thường do chép từ Word hoặc PDF); viết lại: %s", l.position,
                 (int)l.size, number + l.offset, l.cp, l.meant);
    else
        snprintf(buf, n, "ký tự thứ %zu là khoảng trắng đặc biệt U+%04lX (thường do chép từ "
                 "Word hoặc PDF); viết lại: %s", l.position, l.cp, l.meant);
    if (meant)
        *meant = l.meant;
    else
        free(l.meant);
    return 1;
}

void evidence_rows_free(struct evidence_row *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct evidence_row *r = &rows[i];
        free(r->unit);
        free(r->number);
        free(r->type);
        free(r->issuer);
        free(r->issued);
        free(r->title);
        free(r->location);
        free(r->explanation);
        free(r->source);
        for (size_t k = 0; k < r->nnodes; k++)
            free(r->nodes[k]);
        free(r->nodes);
    }
    free(rows);
}

static int by_code(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int evidence_nodes_parse(const char *text, struct evidence_row *r, char *why, size_t wn)
{
    static const char SEPARATORS[] = ",; \t";
    size_t most = strlen(text) / 2 + 1;
    if (!(r->nodes = calloc(most, sizeof *r->nodes)))
        return -2;
    for (const char *p = text + strspn(text, SEPARATORS); *p; p += strspn(p, SEPARATORS)) {
        size_t len = strcspn(p, SEPARATORS);
        char *code = strndup(p, len);
        if (!code)
            return -2;
        r->nodes[r->nnodes++] = code;
        if (!re_shape(SHAPE_NODE_CODE, code)) {
            snprintf(why, wn, _("'%s' is not a code"), code);
            return -1;
        }
        p += len;
    }
    if (!r->nnodes) {
        snprintf(why, wn, "%s", _("nothing"));
        return -1;
    }
    qsort(r->nodes, r->nnodes, sizeof *r->nodes, by_code);
    return 0;
}
