/* budget.h — the budgets that stop a runaway rule file or script: Lua steps, memory and
 * wall-clock time.  Plain data, so that layers which never see Lua (the command line) can set
 * them.  Provides struct sandbox_limits, its defaults and SANDBOX_DEFAULT_LIMITS.
 * Uses: nothing. */
#ifndef PARIDX_BUDGET_H
#define PARIDX_BUDGET_H

#include <stddef.h>

struct sandbox_limits {
    long long max_steps;   /* Lua VM instructions, counted in blocks of 1000 */
    size_t max_memory;     /* bytes the Lua state may hold */
    long long max_seconds; /* wall-clock seconds from the sandbox's creation */
};

#define SANDBOX_DEFAULT_STEPS 500000000LL
#define SANDBOX_DEFAULT_MEMORY ((size_t)256 << 20)
#define SANDBOX_DEFAULT_SECONDS 60LL

#define SANDBOX_DEFAULT_LIMITS {SANDBOX_DEFAULT_STEPS, SANDBOX_DEFAULT_MEMORY, SANDBOX_DEFAULT_SECONDS}

#endif
