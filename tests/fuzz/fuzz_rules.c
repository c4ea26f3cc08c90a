/* fuzz_rules.c — libFuzzer target: the rule loader on any rule file (with rules/lib beside it
 * for `require "scale"`), under small budgets so that a loop ends as a limit, not a hang.
 * Besides the sanitizers it checks that a refused file says why with a known exit code.
 * Uses: rules.h, budget.h, fuzz_file.h. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "budget.h"
#include "fuzz_file.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write("rules.lua", data, size);
    struct sandbox_limits lim = {2000000, (size_t)32 << 20, 10};
    struct rules loaded;
    struct px_err e = {0};
    if (rules_load(path, &lim, NULL, &loaded, &e) == 0) {
        rules_free(&loaded);
        return 0;
    }
    if ((e.code != PX_RULE && e.code != PX_LIMIT) || !e.msg[0])
        abort();
    return 0;
}
