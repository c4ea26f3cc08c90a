/* lazylib.h — a shared library opened the first time a command calls one of its functions,
 * not when paridx starts.  libxlsxwriter and libzip, which only the Excel files need, bring
 * libcrypto, libminizip, libbz2 and libz with them: loading them took 2.2 ms of the start of
 * every command (4,500 of its 7,000 symbol bindings), a seventh of the example run; libedit,
 * which only the REPL at a terminal needs, brings libtinfo, libbsd and libmd.  Each such
 * library has a header of its own (xlsxwriter_lazy.h, libzip_lazy.h, libedit_lazy.h) that
 * lists the names paridx uses and sends each use through a table this file fills.
 * Provides struct lazylib, struct lazy_symbol, lazylib_load(), lazylib_need(), LAZYLIB_TABLE.
 * Uses: dlfcn, diag.h, i18n.h. */
#ifndef PARIDX_LAZYLIB_H
#define PARIDX_LAZYLIB_H

#include <stddef.h>

#include "diag.h"

/* A library, named by its soname, and the Debian package that installs it. */
struct lazylib {
    const char *soname, *package;
    int loaded; /* its functions are in their slots */
};

/* One name wanted: a function, and the function pointer it goes into (any function type:
 * POSIX gives a function pointer the size and form of a data pointer), or a variable, and
 * the pointer to it. */
struct lazy_symbol {
    const char *name;
    void *slot;
};

/* Opens lib (once: 0 at once when it is loaded) and puts each of the n functions into its
 * slot.  0, or -1 with e set and no slot filled: the library, or one of its functions, could
 * not be had. */
int lazylib_load(struct lazylib *lib, const struct lazy_symbol *symbols, size_t n,
                 struct px_err *e);

/* lazylib_load for a call that cannot go on without the library: on failure it says what
 * is missing and what to install, and ends paridx (PX_SYSTEM).  Not for two threads at
 * once: paridx reads and writes Excel files, and edits the REPL's lines, on one. */
void lazylib_need(struct lazylib *lib, const struct lazy_symbol *symbols, size_t n);

/* Defines `const struct TYPE *NAME(void)`, the table of a library's header: one slot per name
 * that LIST(X) gives as X(name), filled from the library SONAME (installed by PACKAGE) on the
 * first call (lazylib_need).  The file that uses it sees the header's struct, not its macros
 * standing for the names. */
#define LAZYLIB_SLOT(f) {#f, &api.f},
#define LAZYLIB_TABLE(name, type, list, soname, package)                                       \
    const struct type *name(void)                                                              \
    {                                                                                          \
        static struct type api;                                                                \
        static struct lazylib lib = {soname, package, 0};                                      \
        static const struct lazy_symbol symbols[] = {list(LAZYLIB_SLOT)};                      \
        lazylib_need(&lib, symbols, sizeof symbols / sizeof *symbols);                         \
        return &api;                                                                           \
    }

#endif
