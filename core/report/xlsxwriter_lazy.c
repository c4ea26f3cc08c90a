/* xlsxwriter_lazy.c — the table of libxlsxwriter's functions (see xlsxwriter_lazy.h), filled
 * from the library (its soname from the build: PARIDX_XLSXWRITER_SONAME) on the first call.
 * Provides xlsxwriter_api().  Uses: lazylib.h, xlsxwriter_lazy.h. */
#define XLSXWRITER_LAZY_TABLE
#include "xlsxwriter_lazy.h"

#include "lazylib.h"

LAZYLIB_TABLE(xlsxwriter_api, xlsxwriter_api, XLSXWRITER_FUNCTIONS, PARIDX_XLSXWRITER_SONAME,
              "libxlsxwriter4")
