/* report_diff.h — the changes between two rule files (model_diff.h), written for people and
 * for programs.
 * Each writer returns 0, or -1 when it ran out of memory or its output failed (said on
 * stderr).
 * Provides report_diff_table(), report_diff_json().  Uses: model_diff.h, report_out.h. */
#ifndef PARIDX_REPORT_DIFF_H
#define PARIDX_REPORT_DIFF_H

#include <stdio.h>

#include "model_diff.h"

/* A title line, then (when anything changed) an aligned table
 *   Thay đổi | Mã | Trước | Sau | Nội dung
 * one row per change, labels in Vietnamese, dates as dd/mm/yyyy, numbers in their shortest
 * form; long values (titles, scale texts, facts, evidence, lists of agencies) go on their own
 * "trước:" / "sau:" lines under the row.  Last, the summary line
 *   "2019 → 2020: 31 thay đổi — 5 thêm nút, 2 bỏ nút, …" or "…: không có thay đổi". */
int report_diff_table(FILE *out, const struct model_diff *d);

/* {"a":{"file":"rules/2019.lua","year":2019},"b":{…},
 *  "changes":[{"kind":"node_added","code":"1.4","title":"…","max":1},
 *             {"kind":"max_changed","code":"2.1","title":"…","old":2,"new":1.5}, …],
 *  "summary":{"total":31,"index_year":1,"node_added":5, … every kind, 0 when none}}
 * A change has, by family: nodes "code" and "title"; agencies, unit kinds and survey groups
 * "code" and "name"; entries of the fact dictionary "code" and "label"; bands "name";
 * deadlines "task" (the title/name/label is left out of renames).  An added or removed item
 * has its value under "max" (nodes), "min" (bands), "due" (deadlines), "quota" (survey
 * groups), "fact" (facts a scale reads) or "definition" (dictionary entries); agencies and
 * unit kinds have none.  Every other change has "old" and "new".
 * Values: numbers at full precision, dates "yyyy-mm-dd", lists of codes as arrays, a scale as
 * {"kind":…,"text":…}, a fact as {"name":…,"type":…,"values":…|null}, a dictionary entry as
 * {"type":…,"min":…,"max":…,"values":…,"unit":…,"agency":…} and its range as
 * {"min":…,"max":…,"values":…} (null where not given), survey flags as booleans, and null
 * for "not set" (no scale, no recipient, no evidence, every unit kind, no range). */
int report_diff_json(FILE *out, const struct model_diff *d);

#endif
