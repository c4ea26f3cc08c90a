/* query_text.h — for unit tests: the rows of a read-only query as text, "a|b\n" per row
 * (NULL for SQL NULL, %g for reals), to compare with one string.
 * Provides query_text(), query_text_with(), query_text_exact().  Uses: store.h. */
#ifndef PARIDX_TEST_QUERY_TEXT_H
#define PARIDX_TEST_QUERY_TEXT_H

#include "store.h"

/* Runs sql on s; returns the rows as text in a buffer that the next call reuses, or the
 * error message prefixed with "error: ". */
const char *query_text(struct store *s, const char *sql);

/* The same with bound parameters. */
const char *query_text_with(struct store *s, const char *sql, const struct sql_value *params,
                            int nparams);

/* Every row, however many, reals to 17 digits (two databases compared bit for bit), in a
 * buffer the caller frees; NULL with e set when the query fails. */
char *query_text_exact(struct store *s, const char *sql, struct px_err *e);

#endif
