/* sandbox.h — a Lua state for rule code that may be buggy or hostile: text-only loading, an
 * environment per file over a frozen base of safe libraries, a step budget that keeps firing
 * (even through pcall), a memory budget, no Lua patterns (PCRE2 with limits instead), no __gc,
 * no coroutines, and one message handler that names the rule file's line.
 * Provides struct sandbox and sandbox_*.  Uses: lua5.4, diag.h, budget.h. */
#ifndef PARIDX_SANDBOX_H
#define PARIDX_SANDBOX_H

#include <lua.h>
#include <stddef.h>

#include "diag.h"
#include "budget.h"

struct sandbox;

/* lib_dir: where `require "name"` looks for name.lua (rules/lib beside the rule file). */
struct sandbox *sandbox_new(const struct sandbox_limits *lim, const char *lib_dir,
                            struct px_err *e);
void sandbox_free(struct sandbox *sb);
lua_State *sandbox_lua(struct sandbox *sb);
struct sandbox *sandbox_of(lua_State *L);

/* Pushes the frozen base table (to add the host's globals to it before loading rules). */
void sandbox_push_base(struct sandbox *sb);

/* Loads path as text (bytecode refused) with a fresh environment over the base and pushes
 * the chunk. 0 on success; -1 and e set (PX_RULE) otherwise. */
int sandbox_load(struct sandbox *sb, const char *path, struct px_err *e);

/* Calls the function below nargs arguments like lua_pcall with the message handler.
 * On failure returns -1 with e set: PX_LIMIT when a budget ran out, PX_DATA for
 * paridx.data_error(), PX_RULE otherwise; the stack is as lua_pcall leaves it minus the
 * error object. */
int sandbox_call(struct sandbox *sb, int nargs, int nresults, struct px_err *e);

/* Raises a data error from C (used by paridx.data_error). */
int sandbox_data_error(lua_State *L, const char *msg);

/* 1 when a budget ran out; rule code can no longer run. */
int sandbox_exhausted(const struct sandbox *sb);

/* Polled by long C calls (SQLite's progress handler, every 1000 of its steps): charges
 * 1000 steps to the budget; non-zero when the budget is gone. */
int sandbox_interrupt(void *sb);

/* What is left of the memory budget, for C code that allocates outside Lua (SQLite). */
size_t sandbox_memory_left(const struct sandbox *sb);
/* Raises the memory budget's error for such C code (exit 5, naming --max-memory). */
int sandbox_memory_error(lua_State *L);

#endif
