/* libzip_lazy.c — the table of libzip's functions (see libzip_lazy.h), filled from the
 * library (its soname from the build: PARIDX_LIBZIP_SONAME) on the first call.
 * Provides libzip_api().  Uses: lazylib.h, libzip_lazy.h. */
#define LIBZIP_LAZY_TABLE
#include "libzip_lazy.h"

#include "lazylib.h"

LAZYLIB_TABLE(libzip_api, libzip_api, LIBZIP_FUNCTIONS, PARIDX_LIBZIP_SONAME, "libzip4")
