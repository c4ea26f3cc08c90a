/* report_xlsx_book.h — opening and closing the workbooks paridx writes with libxlsxwriter
 * (the agency form, the score report), with paridx's own messages: the file is tried before
 * the library opens it, since the library would say a file it cannot create on stderr
 * itself.
 * Provides report_xlsx_open(), report_xlsx_close().  Uses: diag.h, i18n.h (messages),
 * libxlsxwriter (xlsxwriter_lazy.h: loaded on first use). */
#ifndef PARIDX_REPORT_XLSX_BOOK_H
#define PARIDX_REPORT_XLSX_BOOK_H

#include "xlsxwriter_lazy.h"

/* A new workbook to be written to path, or NULL after saying "path: " and the caller's
 * message `cannot` with the reason for its one %s (_("cannot write the form: %s")). */
lxw_workbook *report_xlsx_open(const char *path, const char *cannot);

/* Writes and closes wb; 0, or -1 after saying why (naming path). */
int report_xlsx_close(lxw_workbook *wb, const char *path);

#endif
