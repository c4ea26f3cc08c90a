/* fact.h — the inputs a scale reads, typed: numbers (counts, ratios, points), yes/no, dates,
 * text, and "not applicable".  Parses what an administrator types in Excel.
 * Provides struct fact_value, struct fact_info, fact_parse(), fact_copy(), fact_show().
 * Uses: re.h, calendar.h, diag.h (struct px_err). */
#ifndef PARIDX_FACT_H
#define PARIDX_FACT_H

#include <stddef.h>

#include "diag.h"

enum fact_type { FACT_NUMBER, FACT_BOOL, FACT_DATE, FACT_TEXT, FACT_NA };

struct fact_value {
    enum fact_type type;
    double num;    /* FACT_NUMBER; FACT_BOOL as 1/0 */
    char text[256]; /* FACT_DATE as yyyy-mm-dd; FACT_TEXT as typed (NFC) */
};

/* A stored fact as the scales and explain see it: its value and where it came from. */
struct fact_info {
    char *name;
    struct fact_value value;
    char *source; /* "examples/laichau-2019/facts.csv:12" */
    char *at;     /* when it was stored, "2026-11-27 10:03:41" UTC */
    char *note;   /* the ghi chú typed with it, or NULL */
};

/* Reads a typed value:
 *   12, 0.85, 0,85            → number (',' or '.' as the decimal point)
 *   85%, 85,5 %               → number 0.85, 0.855
 *   có / không, yes / no, x   → bool (case and diacritics as typed in Vietnamese)
 *   25/12/2019, 2019-12-25    → date (must exist)
 *   không áp dụng, KAD, N/A   → not applicable
 *   anything else             → text
 * A value that looks like a date or number but is not one (31/02/2019, 1,2,3) is an error:
 * returns -1 with e (PX_DATA, no place: the caller knows the cell) saying "expected …,
 * found …".  Empty input is an error too. */
int fact_parse(const char *raw, struct fact_value *out, struct px_err *e);

/* Copies a value that fact_parse (or a read of the database) wrote, its text only as far as
 * its end: a short value leaves the rest of *to as it was. */
void fact_copy(struct fact_value *to, const struct fact_value *from);

/* Type names as stored in the database and shown to users: number, bool, date, text, na. */
const char *fact_type_name(enum fact_type t);
int fact_type_from_name(const char *name, enum fact_type *out);

/* Writes the value as a user would read it: 0,85, có, 25/12/2019, không áp dụng. */
void fact_show(const struct fact_value *v, char *buf, size_t n);

#endif
