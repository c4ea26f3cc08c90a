/* libedit_lazy.c — the table of libedit's readline names (see libedit_lazy.h), filled from
 * the library (its soname from the build: PARIDX_LIBEDIT_SONAME) on the first use.
 * Provides libedit_api().  Uses: lazylib.h, libedit_lazy.h. */
#define LIBEDIT_LAZY_TABLE
#include "libedit_lazy.h"

#include "lazylib.h"

LAZYLIB_TABLE(libedit_api, libedit_api, LIBEDIT_NAMES, PARIDX_LIBEDIT_SONAME, "libedit2")
