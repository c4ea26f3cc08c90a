/* docnum.h — Vietnamese document numbers (số hiệu văn bản) as the evidence register holds
 * them: 2756/KH-UBND (number/TYPE-ISSUER), 30/2018/QĐ-UBND (a legal document, with its year),
 * 383/BNV-CCHC (a công văn: number/ISSUER-DIVISION, no type), matched by re.c; the document
 * types and their names; and one row of the evidence register.
 * Provides struct docnum, docnum_*, struct evidence_row, evidence_rows_free(),
 * evidence_nodes_parse().
 * Uses: re.h (SHAPE_DOC_NUMBER), lookalike.h. */
#ifndef PARIDX_DOCNUM_H
#define PARIDX_DOCNUM_H

#include <stddef.h>

/* What a document number says of itself. */
struct docnum {
    char type[16];   /* the type in the number, "KH"; "CV" for number/ISSUER-DIVISION */
    char issuer[64]; /* the issuing body in the number: UBND, BNV */
    int year;        /* 30/2018/QĐ-UBND → 2018; 0 when the number has no year */
};

/* 1 when number has one of the shapes (filling out), 0 when not.  Look-alike characters make
 * it fail (an en dash) or match wrongly (Ð, a capital letter, for Đ: "1235/QÐ-UBND" reads as
 * a công văn of QÐ): look for them first (docnum_lookalike) and parse the corrected number. */
int docnum_parse(const char *number, struct docnum *out);

/* 1 when type is a document type (QĐ, NQ, CT, KH, BC, CV, TB, TTr …), else 0. */
int docnum_type_known(const char *type);

/* The known types as "QĐ, NQ, CT, …", for messages. */
const char *docnum_type_list(void);

/* When number holds a look-alike character, writes in Vietnamese which character it is, its
 * code point, its place (in characters from 1) and the number spelt right into buf and
 * returns 1; 0 when it holds none (buf ""), -1 when out of memory. *meant, when not NULL,
 * gets the corrected spelling (malloc'd) on 1. */
int docnum_lookalike(const char *number, char *buf, size_t n, char **meant);

/* One row of the evidence register, as stored: a document, or an explanation (giải trình)
 * of a sub-criterion without one (number NULL). */
struct evidence_row {
    long long id;
    char *unit;
    int year;
    char *number, *type, *issuer; /* issuer may be NULL: the number's */
    char *issued;                 /* yyyy-mm-dd, NULL for an explanation */
    char *title, *location, *explanation;
    char *source;                 /* "evidence.csv:3", "attach" */
    char **nodes;                 /* the node codes it supports, sorted */
    size_t nnodes;
};

void evidence_rows_free(struct evidence_row *rows, size_t n);

/* Splits "1.1.1; 1.2, 2.1" (separated by commas, semicolons or spaces) into r->nodes, sorted
 * and each a node code.  0; -1 with why in English ("'1.x' is not a code", "nothing"), or -2
 * when out of memory; r->nodes holds what was read either way (free it). */
int evidence_nodes_parse(const char *text, struct evidence_row *r, char *why, size_t wn);

#endif
