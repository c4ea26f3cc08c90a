/* report_evidence.h — the evidence register's findings (missing, invalid, suspicious,
 * explained), per lead agency, as an aligned table, CSV for Excel or JSON.
 * Provides enum evidence_format, report_evidence().
 * Uses: evidence_check.h, text.h, json_out.h, report_csv_record.h, report_out.h. */
#ifndef PARIDX_REPORT_EVIDENCE_H
#define PARIDX_REPORT_EVIDENCE_H

#include <stdio.h>

#include "evidence_check.h"

enum evidence_format { EVIDENCE_TABLE, EVIDENCE_CSV, EVIDENCE_CSV_PLAIN, EVIDENCE_JSON };

/* The findings (sorted by evidence_findings_sort) of the register of `year` under m:
 * table: a heading per lead agency, then Đơn vị | Tiêu chí | Tình trạng | Tài liệu | Vấn đề,
 * each row followed by what the sub-criterion needs; CSV for Excel (or plain, for programs):
 * Cơ quan chủ trì,
 * Đơn vị, Tiêu chí, Tình trạng, Tài liệu, Vấn đề, Cần, Nguồn; JSON {"rules", "year",
 * "findings": [{"agency", "unit", "node", "status", "document", "problem", "needs",
 * "source"}]}.  0, or -1 when the output failed (said on stderr). */
int report_evidence(FILE *out, const struct model *m, int year,
                    const struct evidence_findings *f, enum evidence_format format);

#endif
