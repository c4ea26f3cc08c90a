/* repl.h — what the files of `paridx repl` share: the session (rules, data, the incremental
 * engine), the current unit, the scenarios and their changes, and the dot-command table.
 *   repl.c         the loop: a terminal (libedit) or a script on stdin, Ctrl-C, Lua lines
 *   repl_edit.c    line editing with libedit: history file, tab completion
 *   repl_cmds.c    the dot-command table (.help, usage errors and `whatif` come from it) and
 *                  the commands that only look
 *   repl_change.c  the commands that change the scenario: .set, .points, .undo, .reset,
 *                  .scenario, .compare, .save
 *   repl_print.c   what a change did (old → new), .diff, .gains, numbers as Vietnamese text
 * Provides struct repl, struct repl_cmd, REPL_CMDS and repl_*.  Uses: session.h,
 * engine_incr.h, report_sheet.h. */
#ifndef PARIDX_REPL_H
#define PARIDX_REPL_H

#include <signal.h>
#include <stddef.h>
#include <stdio.h>

#include "engine_incr.h"
#include "fact.h"
#include "report_sheet.h"
#include "session.h"

/* One change of a scenario: a fact's value, or a leaf's points set by hand. */
struct repl_change {
    size_t unit;
    char *fact;  /* the fact's code; NULL for points by hand */
    size_t node; /* points by hand: the leaf */
    int had_old, has_new;
    struct fact_value old, new; /* facts; for points by hand, num */
};

struct repl_scenario {
    char *name;
    struct repl_change *changes;
    size_t n, cap;
};

struct repl {
    struct session ss;
    struct incr *in;
    long unit;              /* the current unit's index in incr_results, or -1 */
    enum sheet_mode mode;
    int timing, quit, interactive;
    const char *input;      /* "stdin": names the line in messages */
    long line;              /* the line the command being run started on */
    struct repl_scenario *scen;
    size_t nscen, scen_cap, cur;
};

struct repl_cmd {
    const char *name;  /* "set", typed ".set" */
    const char *args;  /* "FACT VALUE" */
    int min, max;      /* words after the name; max -1: any */
    const char *help;  /* one line */
    int (*run)(struct repl *r, char **w, int n);
    int completes;     /* what its first word completes to: REPL_NODE, REPL_UNIT … or 0 */
};

enum { REPL_UNIT = 1, REPL_NODE, REPL_FACT, REPL_SCENARIO, REPL_WORDS };

extern const struct repl_cmd REPL_CMDS[]; /* ends with {NULL} */

/* Runs one dot-command line (without the dot), words split on blanks; its usage error comes
 * from the table.  0, or an exit code after saying what went wrong. */
int repl_dot(struct repl *r, char *line);
/* The command named name with its words (the Lua functions call this). */
int repl_run_cmd(struct repl *r, const char *name, char **w, int n);

/* Says a problem with the command at r->line: "paridx: stdin:3: …"; returns code. */
int repl_fail(const struct repl *r, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Says e, placed at r->line when it names no place of its own; returns its code. */
int repl_report(const struct repl *r, struct px_err *e);
/* The current unit, or -1 after saying to choose one. */
long repl_need_unit(const struct repl *r);
/* The node with this code, or -1 after saying there is none. */
long repl_node(const struct repl *r, const char *code);

/* Changes (repl_change.c). */
int repl_cmd_set(struct repl *r, char **w, int n);
int repl_cmd_points(struct repl *r, char **w, int n);
int repl_cmd_undo(struct repl *r, char **w, int n);
int repl_cmd_reset(struct repl *r, char **w, int n);
int repl_cmd_scenario(struct repl *r, char **w, int n);
int repl_cmd_compare(struct repl *r, char **w, int n);
int repl_cmd_save(struct repl *r, char **w, int n);
/* Makes the first scenario; 0 or -1 out of memory. */
int repl_scenarios_init(struct repl *r);
void repl_scenarios_free(struct repl *r);

/* Printing (repl_print.c). */
/* A unit's numbers before a change, to print it old → new. */
struct repl_before {
    double *points;
    unsigned char *applicable;
    double total;
    int rank;
    const char *band;
    enum unit_status status;
};
int repl_before_take(const struct repl *r, size_t unit, struct repl_before *b);
void repl_before_free(struct repl_before *b);
/* What the last change did to unit: its leaves, their criterion and field, then total, band
 * and rank, old → new; and the engine time with .timing on. */
void repl_print_effect(const struct repl *r, size_t unit, const struct repl_before *b);
/* Points as Vietnamese text, 2 places (0,5; 79,51); "—" when not applicable. */
void repl_num(double x, int applicable, char buf[32]);
/* One line about a unit: code, name, total, index, band and rank. */
void repl_print_unit(const struct repl *r, size_t unit);
int repl_cmd_diff(struct repl *r, char **w, int n);
int repl_cmd_gains(struct repl *r, char **w, int n);
/* Writes a sheet in the current mode and frees it; PX_SYSTEM when out of memory. */
int repl_sheet_out(const struct repl *r, struct report_grid *g);

/* Line editing (repl_edit.c): history and completion set up, one line read (NULL at the
 * end, Ctrl-D, or when *interrupted became set: a Ctrl-C), the history written. */
void repl_edit_open(struct repl *r);
char *repl_edit_read(const char *prompt, volatile sig_atomic_t *interrupted);
void repl_edit_close(void);

/* The loop (repl.c): a terminal or a script; returns the exit code. */
int repl_loop(struct repl *r);

#endif
