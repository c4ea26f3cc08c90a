/* repl_lua.h — the Lua side of the what-if REPL: a line typed at the prompt run in the rule
 * file's sandbox (tried first as an expression, then as a statement, as Lua's own
 * interpreter does; the globals it sets kept for the next line), its values printed, and the
 * table `whatif` of functions, one per dot-command, that call the REPL's own commands so a
 * rule author can script what-ifs (`whatif.set("x", "98%")`, `whatif.total()`,
 * `whatif.score("7")`).
 * Provides struct repl_lua_host, repl_lua_open(), repl_lua_eval().  Uses: rules.h, diag.h;
 * sandbox.h inside. */
#ifndef PARIDX_REPL_LUA_H
#define PARIDX_REPL_LUA_H

#include <stdio.h>

#include "diag.h"
#include "rules.h"

/* What the REPL offers the Lua functions. */
struct repl_lua_host {
    /* Runs the dot-command `name` with its words; 0 when it did its work. */
    int (*command)(void *ud, const char *name, char **words, int nwords);
    /* The current unit's total, percentage, rank (0: not ranked) and band (NULL: none);
     * 0, or -1 when there is no current unit. */
    int (*total)(void *ud, double *total, double *percent, int *rank, const char **band);
    /* The current unit's points and maximum of the node with this code: 1, 0 when it does not
     * apply to the unit, -1 with why set when there is no such node or no current unit. */
    int (*score)(void *ud, const char *node, double *points, double *max, char *why, size_t n);
    void *ud;
    const char *const *names; /* the dot-commands, NULL-terminated */
};

/* Puts `whatif` into the environment of the REPL's lines.  The host must outlive rl's
 * sandbox.  0, or -1 with e set. */
int repl_lua_open(struct rules *rl, const struct repl_lua_host *host, struct px_err *e);

/* Runs text (one line, or the lines so far of a statement that spans several) named `name`
 * in messages ("stdin"); the values of an expression are written to out, tab-separated, as
 * tostring shows them.  0; 1 when the text is an unfinished statement (read another line and
 * call again with both); -1 with e set when it failed (a syntax error, an error raised, a
 * budget, a Ctrl-C). */
int repl_lua_eval(struct rules *rl, const char *name, const char *text, FILE *out,
                  struct px_err *e);

#endif
