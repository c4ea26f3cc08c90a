/* xlsxwriter_lazy.c — the table of libxlsxwriter's functions (see xlsxwriter_lazy.h), filled
 * from the library (its soname from the build: PARIDX_XLSXWRITER_SONAME) on the first call.
 * Provides xlsxwriter_api().  Uses: lazylib.h, xlsxwriter_lazy.h. */
#define XLSXWRITER_LAZY_TABLE
#include "xlsxwriter_lazy.h"

#include "lazylib.h"

const struct xlsxwriter_api *xlsxwriter_api(void)
{
    static struct xlsxwriter_api api;
    static struct lazylib lib = {PARIDX_XLSXWRITER_SONAME, "libxlsxwriter4", 0};
#define XLSXWRITER_SLOT(f) {#f, &api.f},
    static const struct lazy_symbol symbols[] = {XLSXWRITER_FUNCTIONS(XLSXWRITER_SLOT)};
    lazylib_need(&lib, symbols, sizeof symbols / sizeof *symbols);
    return &api;
}
