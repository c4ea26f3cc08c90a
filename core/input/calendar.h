/* calendar.h — dates as Vietnamese users write them (25/12/2019, 5/1/2020) and ISO 2019-12-25.
 * Provides struct px_date and date_*.  Uses: re.h for the shapes. */
#ifndef PARIDX_CALENDAR_H
#define PARIDX_CALENDAR_H

#include <stddef.h>

struct px_date {
    int y, m, d;
};

/* Parses dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd; checks the day exists
 * (29/02 only in leap years).  Returns 0 on success; else -1 and writes why in `why`
 * ("day 31 does not exist in month 4"). */
int date_parse(const char *s, struct px_date *out, char *why, size_t n);

/* Writes "yyyy-mm-dd" (buf at least 11 bytes). */
void date_iso(struct px_date d, char *buf);

/* Writes "dd/mm/yyyy" (buf at least 11 bytes). */
void date_vn(struct px_date d, char *buf);

int date_cmp(struct px_date a, struct px_date b);

#endif
