/* lazylib.c — shared libraries opened on first use (see lazylib.h).
 * Uses: dlfcn (dlopen, dlsym), diag.h, i18n.h. */
#include "lazylib.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

int lazylib_load(struct lazylib *lib, const struct lazy_symbol *symbols, size_t n,
                 struct px_err *e)
{
    if (lib->loaded)
        return 0;
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        px_err_set(e, PX_SYSTEM, _("cannot load the library %s (%s): install the package %s"),
                   lib->soname, dlerror(), lib->package);
        return -1;
    }
    for (size_t i = 0; i < n; i++) /* all there, before any slot is filled */
        if (!dlsym(handle, symbols[i].name)) {
            px_err_set(e, PX_SYSTEM, _("the library %s has no function %s: install the "
                       "package %s of this system"), lib->soname, symbols[i].name, lib->package);
            dlclose(handle);
            return -1;
        }
    for (size_t i = 0; i < n; i++) {
        void *fn = dlsym(handle, symbols[i].name);
        memcpy(symbols[i].slot, &fn, sizeof fn);
    }
    lib->loaded = 1; /* the handle stays open until paridx ends */
    return 0;
}

void lazylib_need(struct lazylib *lib, const struct lazy_symbol *symbols, size_t n)
{
    struct px_err e;
    if (lazylib_load(lib, symbols, n, &e) == 0)
        return;
    px_report(&e);
    exit(PX_SYSTEM);
}
