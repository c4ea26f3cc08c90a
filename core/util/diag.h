/* diag.h — the one set of exit codes and the error value that the plain-C layer hands upward.
 * Provides: enum px_exit, struct px_err, px_err_set(), px_report().  Uses: stdio only. */
#ifndef PARIDX_DIAG_H
#define PARIDX_DIAG_H

#include <stdarg.h>

/* Exit codes of every paridx command (README documents them). */
enum px_exit {
    PX_OK = 0,
    PX_FINDINGS = 1, /* check/test/diff found something to report */
    PX_USAGE = 2,    /* bad command line */
    PX_RULE = 3,     /* the rule file is wrong */
    PX_DATA = 4,     /* the data (CSV, database, facts) is wrong */
    PX_LIMIT = 5,    /* a sandbox budget (steps, memory) was exhausted */
    PX_SYSTEM = 6    /* I/O or SQLite failure not caused by the user's input */
};

/* An error on its way up: a code and a message already in the user's terms
 * ("facts.csv:4:2: expected a number, found 'abc'"). */
struct px_err {
    enum px_exit code;
    char msg[1024];
};

void px_err_set(struct px_err *e, enum px_exit code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void px_err_vset(struct px_err *e, enum px_exit code, const char *fmt, va_list ap);

/* Prints "paridx: <msg>" on stderr, prefixing every line of a multi-line message. */
void px_report(const struct px_err *e);
void px_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
