/* sandbox_impl.h — what the sandbox's own files share, and no other file may include: the
 * state's record, the base of offered libraries (sandbox_base.c), sorted iteration
 * (sandbox_pairs.c) and the watchdog of uncounted runs (sandbox_watch.c).
 * Provides struct sandbox, enum limit_hit, sandbox_build_base(), sandbox_push_environment(),
 * sandbox_pairs(), sandbox_next(), sandbox_push_sorted_pairs(), sandbox_say(),
 * sandbox_watch_*().
 * Uses: lua5.4, budget.h, POSIX timers. */
#ifndef PARIDX_SANDBOX_IMPL_H
#define PARIDX_SANDBOX_IMPL_H

#include <lua.h>

#include "budget.h"

enum limit_hit {
    HIT_NONE, HIT_STEPS, HIT_MEMORY, HIT_TIME,
    HIT_STOP,  /* sandbox_stop() */
    HIT_RERUN  /* an uncounted run outlasted its watchdog: it is run again, counted */
};

struct sandbox_timer; /* the watchdog's timer (sandbox_watch.c) */

struct sandbox {
    lua_State *L;
    struct sandbox_limits lim;
    long long steps;
    size_t memory;
    double deadline;       /* CLOCK_MONOTONIC seconds at which the wall-clock budget ends */
    unsigned allocations;  /* growths since the hook last fired */
    enum limit_hit hit;
    char where_file[256]; /* where the step or time budget ran out ("" when not in Lua code) */
    int where_line;
    char *lib_dir;
    char **chunks; /* the files loaded, to read the place Lua writes into its messages */
    size_t nchunks, chunks_cap;
    int uncounted;         /* a run with no count hook is under way (sandbox_protect_repeatable) */
    unsigned reruns;       /* uncounted runs in a row that outlasted their watchdog */
    char *held;            /* print's lines in an uncounted run: length, then bytes, each */
    size_t held_len, held_cap;
    struct sandbox_timer *timer; /* made on first use */
    int no_timer;          /* none could be made: every run is counted */
};

/* Builds the base table in the registry and points the string metatable's __index at the
 * offered string library (a lua_CFunction, run protected before any rule code). */
int sandbox_build_base(lua_State *L);

/* Pushes the environment of one file: empty, reading through to the frozen base. */
void sandbox_push_environment(lua_State *L);

/* pairs(t) and next(t, k) for rule code: keys in sorted order (numbers, then strings in byte
 * order, then false, true); keys of other types have no order and raise. */
int sandbox_pairs(lua_State *L);
int sandbox_next(lua_State *L);

/* Pushes iterator, table and nil for a sorted raw traversal of the table at idx (pairs
 * without looking at __pairs). */
void sandbox_push_sorted_pairs(lua_State *L, int idx);

/* Says one line of print: at once, or in an uncounted run once that run is kept (so that a
 * run done again says it once). */
void sandbox_say(struct sandbox *sb, const char *s, size_t len);

/* Arms the watchdog of sb's state for one uncounted run: after a short while of this thread's
 * processor time, a signal sets hook on the state (count 1).  0, or -1 when no timer can be
 * had (the run must then be counted). */
int sandbox_watch_start(struct sandbox *sb, lua_Hook hook);
/* Disarms it; 1 when it fired since sandbox_watch_start(). */
int sandbox_watch_stop(struct sandbox *sb);
/* 1 when the armed watchdog has fired (for C code that runs long between two instructions). */
int sandbox_watch_fired(void);
void sandbox_watch_free(struct sandbox *sb);

#endif
