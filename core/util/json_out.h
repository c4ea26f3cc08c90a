/* json_out.h — writing JSON by hand for the stable machine outputs (scoreboard, diff).
 * Provides json_string().  Uses: stdio. */
#ifndef PARIDX_JSON_OUT_H
#define PARIDX_JSON_OUT_H

#include <stdio.h>

/* Writes s as a JSON string (quotes, backslashes and control characters escaped; UTF-8 as
 * is), or null when s is NULL. */
void json_string(FILE *out, const char *s);

#endif
