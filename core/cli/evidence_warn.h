/* evidence_warn.h — after evidence is recorded (import, attach): what the register's check
 * finds wrong with the documents just written, one warning per document on stderr, placed
 * at the row it came from.
 * Provides evidence_warn().  Uses: store.h, evidence_check.h, diag.h. */
#ifndef PARIDX_EVIDENCE_WARN_H
#define PARIDX_EVIDENCE_WARN_H

#include "model.h"
#include "store.h"

/* Judges the documents of year `year` whose source is `source` or starts with "source:"
 * (unit: only that unit's register, NULL: every unit's; number: only that document, NULL:
 * all) and says each invalid or suspicious one, in the file's order: "evidence.csv:7:
 * warning: LCH, 1375/QĐ–UBND: không hợp lệ: …".  0, or an exit code after saying why it
 * could not (an author's pattern hit its limit: 5). */
int evidence_warn(struct store *s, const struct model *m, int year, const char *unit,
                  const char *source, const char *number);

#endif
