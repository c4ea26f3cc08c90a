/* report_out.h — how every writer ends: what it wrote must have reached its stream, so a full
 * disk or a closed output is an error (exit 6), never a silent success.
 * Provides report_out_done().  Uses: diag.h. */
#ifndef PARIDX_REPORT_OUT_H
#define PARIDX_REPORT_OUT_H

#include <stdio.h>

/* Flushes out; 0 when everything written to it arrived, otherwise says
 * "paridx: writing WHAT: REASON" and returns -1.  what is marked N_() by the caller ("the
 * table") and translated here. */
int report_out_done(FILE *out, const char *what);

#endif
