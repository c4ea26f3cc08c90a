/* calendar.h — dates as Vietnamese users write them (25/12/2019, 5/1/2020) and ISO 2019-12-25.
 * Provides struct px_date and date_*.  Uses: re.h for the shapes, diag.h (struct px_err). */
#ifndef PARIDX_CALENDAR_H
#define PARIDX_CALENDAR_H

#include <stddef.h>

#include "diag.h"

struct px_date {
    int y, m, d;
};

/* Parses dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd; checks the day exists
 * (29/02 only in leap years).  Returns 0 on success; else -1 with e (PX_DATA, no place; e may
 * be NULL) saying why ("expected a date dd/mm/yyyy, found '31/04/2019' (April has 30 days)"). */
int date_parse(const char *s, struct px_date *out, struct px_err *e);

/* Writes "yyyy-mm-dd" (buf at least 11 bytes). */
void date_iso(struct px_date d, char *buf);

/* Writes "dd/mm/yyyy" (buf at least 11 bytes). */
void date_vn(struct px_date d, char *buf);

int date_cmp(struct px_date a, struct px_date b);

/* The day of a stored time or date ("yyyy-mm-dd…") as "dd/mm/yyyy" in vn; returns vn, or
 * `at` itself when it does not start with a date. */
const char *date_vn_of(const char *at, char vn[11]);

#endif
