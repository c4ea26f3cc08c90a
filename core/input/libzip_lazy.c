/* libzip_lazy.c — the table of libzip's functions (see libzip_lazy.h), filled from the
 * library (its soname from the build: PARIDX_LIBZIP_SONAME) on the first call.
 * Provides libzip_api().  Uses: lazylib.h, libzip_lazy.h. */
#define LIBZIP_LAZY_TABLE
#include "libzip_lazy.h"

#include "lazylib.h"

const struct libzip_api *libzip_api(void)
{
    static struct libzip_api api;
    static struct lazylib lib = {PARIDX_LIBZIP_SONAME, "libzip4", 0};
#define LIBZIP_SLOT(f) {#f, &api.f},
    static const struct lazy_symbol symbols[] = {LIBZIP_FUNCTIONS(LIBZIP_SLOT)};
    lazylib_need(&lib, symbols, sizeof symbols / sizeof *symbols);
    return &api;
}
