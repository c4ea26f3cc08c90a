/* libedit_lazy.c — the table of libedit's readline names (see libedit_lazy.h), filled from
 * the library (its soname from the build: PARIDX_LIBEDIT_SONAME) on the first use.
 * Provides libedit_api().  Uses: lazylib.h, libedit_lazy.h. */
#define LIBEDIT_LAZY_TABLE
#include "libedit_lazy.h"

#include "lazylib.h"

const struct libedit_api *libedit_api(void)
{
    static struct libedit_api api;
    static struct lazylib lib = {PARIDX_LIBEDIT_SONAME, "libedit2", 0};
#define LIBEDIT_SLOT(f) {#f, &api.f},
    static const struct lazy_symbol symbols[] = {LIBEDIT_NAMES(LIBEDIT_SLOT)};
    lazylib_need(&lib, symbols, sizeof symbols / sizeof *symbols);
    return &api;
}
