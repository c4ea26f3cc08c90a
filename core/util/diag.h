/* diag.h — the one set of exit codes, the error value that the plain-C layers hand upward,
 * and the one way paridx writes to stderr.
 * Provides: enum px_exit, struct px_err, px_err_set(), px_err_at(), px_err_format(),
 * px_report(), px_say(), px_echo(), px_usage().  Uses: text.h (controls made visible). */
#ifndef PARIDX_DIAG_H
#define PARIDX_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

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

/* An error on its way up: a code, the place it is about, and what went wrong in the user's
 * terms.  It is shown as "file:line:column: msg" ("facts.csv:4:2: expected a number, found
 * 'abc'"), leaving out the parts that are empty or 0. */
struct px_err {
    enum px_exit code;
    char file[512]; /* "" when the error is about no file */
    int line, col;  /* from 1; 0 when not known */
    char msg[1024]; /* what went wrong, without the place */
};

/* An error about no place (any place set before is cleared). */
void px_err_set(struct px_err *e, enum px_exit code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void px_err_vset(struct px_err *e, enum px_exit code, const char *fmt, va_list ap);

/* An error about file (line and col from 1, or 0 when not known). */
void px_err_at(struct px_err *e, enum px_exit code, const char *file, int line, int col,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Writes the error as shown, "file:line:column: msg", into buf; returns buf. */
const char *px_err_format(const struct px_err *e, char *buf, size_t n);

/* Every message paridx writes on stderr goes through these three (where translated messages
 * will plug in); they alone write the "paridx: " prefix, before every line, and show control
 * characters from files and rules visibly (text_put).
 * px_report: the error, "paridx: file:line:column: msg". */
void px_report(const struct px_err *e);
/* px_say: a formatted message. */
void px_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* px_echo: a line a rule prints (Lua's print), without the prefix. */
void px_echo(const char *s, size_t len);
/* px_usage: the usage text that follows a usage error, as write(out, arg) writes it to a
 * stream, without the prefix. */
void px_usage(void (*write)(FILE *out, const void *arg), const void *arg);

#endif
