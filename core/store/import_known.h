/* import_known.h — codes an import reads once from the database when it starts (the units,
 * the units closed for the year, the year's respondents: store_known), each with its text,
 * then finds in memory for every row: the rows never wait for the thread inserting the rows
 * before them (import_pipe.h) to ask the database.  A few tens of thousands of codes take a
 * few MiB.
 * Provides struct known_code, known_read(), known_find(), known_free().  Uses: store.h. */
#ifndef PARIDX_IMPORT_KNOWN_H
#define PARIDX_IMPORT_KNOWN_H

#include "diag.h"
#include "store.h"

/* A code read, and its text (NULL for units); both live as long as their set. */
struct known_code {
    const char *code, *text;
};

struct known;

/* The codes store_known gives for what and year; NULL with e set. */
struct known *known_read(struct store *s, enum store_known what, int year, struct px_err *e);

/* The code in k, or NULL when k does not hold it. */
const struct known_code *known_find(const struct known *k, const char *code);

void known_free(struct known *k);

#endif
