/* form.h — the columns of the form an agency fills in (`paridx template`), named once for the
 * writers that make it and the import that reads it back: the import's own columns (đơn vị,
 * dữ kiện, giá trị, ghi chú) and the columns shown for reading, which the import skips.
 * Provides enum form_column, FORM_HEADER[], form_column_shown().  Uses: text.h (text_fold). */
#ifndef PARIDX_FORM_H
#define PARIDX_FORM_H

enum form_column {
    FORM_UNIT,     /* đơn vị: the unit's code (import) */
    FORM_NODE,     /* mã tiêu chí: the sub-criterion's code */
    FORM_TITLE,    /* tiêu chí: its title */
    FORM_LABEL,    /* tên dữ kiện: the fact's Vietnamese label */
    FORM_FACT,     /* dữ kiện: the fact's code (import) */
    FORM_TYPE,     /* kiểu: what kind of value */
    FORM_ALLOWED,  /* giá trị cho phép: the allowed words or range */
    FORM_MEASURE,  /* đơn vị tính: unit of measure */
    FORM_EVIDENCE, /* tài liệu kiểm chứng: the evidence the sub-criterion asks for */
    FORM_VALUE,    /* giá trị: filled in by the agency (import) */
    FORM_NOTE,     /* ghi chú: filled in (import) */
    FORM_DOCUMENT, /* văn bản kiểm chứng: the evidence document, filled in */
    FORM_NCOLUMNS
};

/* The header of each column, in this order. */
extern const char *const FORM_HEADER[FORM_NCOLUMNS];

/* 1 when header names a column the form shows for reading or the evidence document (any
 * case, with or without diacritics), which an import of facts skips; 0 otherwise. */
int form_column_shown(const char *header);

#endif
