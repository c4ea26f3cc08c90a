/* report_csv_file.h — the CSV files paridx writes for Excel (the survey's lists): opened with
 * paridx's own message when they cannot be, the BOM first, and closed only when every byte
 * arrived.
 * Provides report_csv_file_open(), report_csv_file_close().  Uses: report_csv_record.h,
 * report_out.h, diag.h. */
#ifndef PARIDX_REPORT_CSV_FILE_H
#define PARIDX_REPORT_CSV_FILE_H

#include <stdio.h>

/* path opened for writing with the BOM of CSV_EXCEL written, or NULL after saying "path: " and
 * the caller's message `cannot` with the reason for its one %s (_("cannot write the list: %s")). */
FILE *report_csv_file_open(const char *path, const char *cannot);

/* Flushes and closes out (opened by report_csv_file_open); 0, or -1 after saying why. */
int report_csv_file_close(FILE *out, const char *path);

#endif
