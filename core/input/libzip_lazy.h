/* libzip_lazy.h — libzip's functions that paridx calls, loaded with the library the first
 * time a command reads an Excel file (lazylib.h says why): include it instead of <zip.h>.
 * Each name below stands for the library's function through the table that libzip_lazy.c
 * fills; a function not listed is not linked, so calling it fails the build.
 * Provides struct libzip_api, libzip_api() and a macro per function.
 * Uses: zip.h (the declarations and constants). */
#ifndef PARIDX_LIBZIP_LAZY_H
#define PARIDX_LIBZIP_LAZY_H

#include <zip.h>

#define LIBZIP_FUNCTIONS(X)                                                                      \
    X(zip_open) X(zip_discard) X(zip_name_locate) X(zip_fopen) X(zip_fread) X(zip_fclose)       \
    X(zip_file_strerror) X(zip_error_init_with_code) X(zip_error_strerror) X(zip_error_fini)

/* One pointer per function, of the function's own type. */
struct libzip_api {
#define LIBZIP_FIELD(f) __typeof__(f) *f;
    LIBZIP_FUNCTIONS(LIBZIP_FIELD)
#undef LIBZIP_FIELD
};

/* The table, the library loaded on the first call (paridx ends with a message when it
 * cannot be: lazylib_need). */
const struct libzip_api *libzip_api(void);

#ifndef LIBZIP_LAZY_TABLE /* libzip_lazy.c names the fields themselves */
#define zip_open (libzip_api()->zip_open)
#define zip_discard (libzip_api()->zip_discard)
#define zip_name_locate (libzip_api()->zip_name_locate)
#define zip_fopen (libzip_api()->zip_fopen)
#define zip_fread (libzip_api()->zip_fread)
#define zip_fclose (libzip_api()->zip_fclose)
#define zip_file_strerror (libzip_api()->zip_file_strerror)
#define zip_error_init_with_code (libzip_api()->zip_error_init_with_code)
#define zip_error_strerror (libzip_api()->zip_error_strerror)
#define zip_error_fini (libzip_api()->zip_error_fini)
#endif

#endif
