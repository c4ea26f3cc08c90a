/* report_xlsx_book.c — the workbooks' opening and closing (see report_xlsx_book.h).
 * Uses: diag.h, i18n.h (messages), libxlsxwriter. */
#include "report_xlsx_book.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"

lxw_workbook *report_xlsx_open(const char *path, const char *cannot)
{
    FILE *probe = fopen(path, "wb");
    if (!probe || fclose(probe) != 0) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, path, 0, 0, cannot, strerror(errno));
        px_report(&e);
        return NULL;
    }
    lxw_workbook *wb = workbook_new(path);
    if (!wb)
        px_say(_("writing %s: cannot create the workbook"), path);
    return wb;
}

int report_xlsx_close(lxw_workbook *wb, const char *path)
{
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        px_say(_("writing %s: %s"), path, lxw_strerror(err));
        return -1;
    }
    return 0;
}
