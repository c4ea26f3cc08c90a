/* json_out.h — writing JSON by hand for the stable machine outputs (scoreboard, diff) and the
 * stored runs' rows.
 * Provides json_string(), json_put_string(), JSON_STRING_MAX().  Uses: stdio. */
#ifndef PARIDX_JSON_OUT_H
#define PARIDX_JSON_OUT_H

#include <stdio.h>

/* Writes s as a JSON string (quotes, backslashes and control characters escaped; UTF-8 as
 * is), or null when s is NULL. */
void json_string(FILE *out, const char *s);

/* The most bytes json_put_string() writes for a string of len bytes (or for NULL). */
#define JSON_STRING_MAX(len) (6 * (len) + 4)

/* Writes what json_string() writes into memory at p, which has room for
 * JSON_STRING_MAX(strlen(s)) bytes (no NUL is added); returns the end. */
char *json_put_string(char *p, const char *s);

#endif
