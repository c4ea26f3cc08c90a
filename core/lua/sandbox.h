/* sandbox.h — a Lua state for rule code that may be buggy or hostile: text-only loading of
 * capped, valid UTF-8 files, an environment per file over a frozen base of safe libraries
 * (writes raise, no rawset), pairs and next in sorted key order, step, memory and wall-clock
 * budgets that keep firing (even through pcall and xpcall handlers), no Lua patterns (PCRE2
 * with limits instead), no __gc, no coroutines, and one message handler that names the rule
 * file's line.
 * Provides struct sandbox and sandbox_*.  Uses: lua5.4, diag.h, budget.h. */
#ifndef PARIDX_SANDBOX_H
#define PARIDX_SANDBOX_H

#include <lua.h>
#include <stddef.h>

#include "budget.h"
#include "diag.h"

/* The largest rule, test or script file loaded (a year's rule file is about 40 KiB). */
#define SANDBOX_MAX_FILE ((size_t)4 << 20)

struct sandbox;

/* lib_dir: where `require "name"` looks for name.lua (rules/lib beside the rule file).  The
 * wall-clock budget starts now. */
struct sandbox *sandbox_new(const struct sandbox_limits *lim, const char *lib_dir,
                            struct px_err *e);
void sandbox_free(struct sandbox *sb);
lua_State *sandbox_lua(struct sandbox *sb);
struct sandbox *sandbox_of(lua_State *L);

/* Pushes the base table (to add the host's globals to it before loading rules). */
void sandbox_push_base(struct sandbox *sb);

/* Freezes every plain table the host added to the base (paridx and its modules), so that
 * rule code can read them but never change them.  Call once the host's globals are in.
 * 0, or -1 with e set (a budget ran out). */
int sandbox_seal(struct sandbox *sb, struct px_err *e);

/* Reads path once (at most SANDBOX_MAX_FILE bytes, valid UTF-8, not bytecode; a UTF-8 BOM
 * and a first line starting with # are skipped) and pushes it as a chunk with a fresh
 * environment over the base.  When sha256 is not NULL it receives the sha256 of exactly the
 * bytes loaded.  0 on success; -1 and e set (PX_RULE; PX_LIMIT when a budget ran out)
 * otherwise, placed at path (with line and column for a bad byte or a syntax error), nothing
 * pushed. */
int sandbox_load(struct sandbox *sb, const char *path, char sha256[65], struct px_err *e);

/* Calls the function below nargs arguments like lua_pcall with the message handler.
 * On failure returns -1 with e set: PX_LIMIT when a budget ran out, PX_DATA for
 * paridx.data_error(), PX_RULE otherwise, placed (e->file, e->line) at the line of a loaded
 * file that Lua's message names; the stack is as lua_pcall leaves it minus the error object. */
int sandbox_call(struct sandbox *sb, int nargs, int nresults, struct px_err *e);

/* Runs f under lua_pcall with the message handler, as f(ud, ...) where ud is a light
 * userdata and ... the nargs values on top of the stack (consumed).  Every piece of C that
 * reads rule-owned tables or allocates in the state runs this way, so a Lua error or a budget
 * running out there becomes e (as sandbox_call), never an abort.  f returns nothing. */
int sandbox_protect(struct sandbox *sb, lua_CFunction f, void *ud, int nargs, struct px_err *e);

/* sandbox_protect(f, ud) with no arguments for work that can be done again from its start
 * with the same result (it reads the state and writes only what undo(ud) takes back), such
 * as scoring one unit.  It runs first without counting its steps, which costs an eighth of
 * the work, under a watchdog of 10 ms of this thread's processor time — far less than any
 * machine needs to spend a step budget of 100,000,000 or more; work that outlasts the
 * watchdog is stopped, undo(ud) called, and it is run again with its steps counted.  A
 * budget is thus spent at the same step on every machine.  Smaller step budgets, and a
 * sandbox whose last three runs all outlasted the watchdog (a slow machine, valgrind), are
 * always counted. */
int sandbox_protect_repeatable(struct sandbox *sb, lua_CFunction f, void *ud,
                               void (*undo)(void *), struct px_err *e);

/* On the metatable on top: __newindex = on_write (which raises, naming what cannot be
 * changed) and a hidden __metatable, so getmetatable and setmetatable cannot reach it — the
 * guard of every read-only value the host gives rule code. */
void sandbox_guard(lua_State *L, lua_CFunction on_write);

/* Raises a data error from C (used by paridx.data_error). */
int sandbox_data_error(lua_State *L, const char *msg);

/* 1 when a budget ran out; rule code can no longer run. */
int sandbox_exhausted(const struct sandbox *sb);

/* Gives the step and wall-clock budgets back whole for the next unit (the engine calls it for
 * each unit it scores, so a national run of 10,000 units is not stopped for its size while a
 * runaway scale still is, within the unit where it runs away).  Unlike sandbox_rearm(), a
 * budget that already ran out stays out and a stop asked for stays asked. */
void sandbox_refill(struct sandbox *sb);

/* Polled by long C calls (SQLite's progress handler, every 1000 of its steps): charges
 * 1000 steps to the step budget and looks at the clock; non-zero when a budget is gone, the
 * wall-clock one included. */
int sandbox_interrupt(void *sb);

/* Fresh budgets for the next piece of work in a long session (the REPL: one line, one
 * command), as if the sandbox had just been made: no steps spent, the wall clock from now,
 * and a spent budget or a stop forgotten. */
void sandbox_rearm(struct sandbox *sb);

/* Asks every sandbox to stop the Lua code it runs, at its next hook (a Ctrl-C): that call
 * fails with PX_LIMIT, "interrupted".  Async-signal-safe; sandbox_rearm() clears it. */
void sandbox_stop(void);

/* Compiles one piece of text typed at the REPL, as Lua's own interpreter does: with
 * as_expression, "return <text>" is tried.  All such chunks share one environment over the
 * base, so a global set on one line is there on the next.  name is the chunk's name ("=stdin").
 * 0 with the function pushed; -1 with e set and nothing pushed, and *incomplete set to 1 when
 * the text only ended too early (more lines may complete it). */
int sandbox_load_line(struct sandbox *sb, const char *name, const char *text, int as_expression,
                      int *incomplete, struct px_err *e);

/* What is left of the memory budget, for C code that allocates outside Lua (SQLite). */
size_t sandbox_memory_left(const struct sandbox *sb);
/* Raises the memory budget's error for such C code (exit 5, naming --max-memory). */
int sandbox_memory_error(lua_State *L);

#endif
