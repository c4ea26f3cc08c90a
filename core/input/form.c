/* form.c — the agency form's column names (see form.h).  Uses: text.h (text_fold). */
#include "form.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

const char *const FORM_HEADER[FORM_NCOLUMNS] = {
    [FORM_UNIT] = "đơn vị",           [FORM_NODE] = "mã tiêu chí",
    [FORM_TITLE] = "tiêu chí",        [FORM_LABEL] = "tên dữ kiện",
    [FORM_FACT] = "dữ kiện",          [FORM_TYPE] = "kiểu",
    [FORM_ALLOWED] = "giá trị cho phép", [FORM_MEASURE] = "đơn vị tính",
    [FORM_EVIDENCE] = "tài liệu kiểm chứng", [FORM_VALUE] = "giá trị",
    [FORM_NOTE] = "ghi chú",          [FORM_DOCUMENT] = "văn bản kiểm chứng",
};

/* The columns an import of facts does not read. */
static const enum form_column SHOWN[] = {FORM_NODE,    FORM_TITLE,   FORM_LABEL,
                                         FORM_TYPE,    FORM_ALLOWED, FORM_MEASURE,
                                         FORM_EVIDENCE, FORM_DOCUMENT};

int form_column_shown(const char *header)
{
    char *folded = text_fold(header);
    int shown = 0;
    for (size_t i = 0; folded && !shown && i < sizeof SHOWN / sizeof *SHOWN; i++) {
        char *name = text_fold(FORM_HEADER[SHOWN[i]]);
        shown = name && strcmp(folded, name) == 0;
        free(name);
    }
    free(folded);
    return shown;
}
