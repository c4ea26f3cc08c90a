/* report_csv_file.c — opening and closing a CSV file for Excel (see report_csv_file.h).
 * Uses: report_csv_record.h, report_out.h, diag.h. */
#include "report_csv_file.h"

#include <errno.h>
#include <string.h>

#include "diag.h"
#include "report_csv_record.h"
#include "report_out.h"

FILE *report_csv_file_open(const char *path, const char *cannot)
{
    FILE *out = fopen(path, "wb");
    if (!out) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, path, 0, 0, cannot, strerror(errno));
        px_report(&e);
        return NULL;
    }
    report_csv_begin(out, CSV_EXCEL);
    return out;
}

int report_csv_file_close(FILE *out, const char *path)
{
    int rc = report_out_done(out, path);
    return fclose(out) != 0 || rc != 0 ? -1 : 0;
}
