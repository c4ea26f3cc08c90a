/* i18n.c — the messages' language and catalogue (see i18n.h).  Only LC_MESSAGES is taken
 * from the environment, so printf and Lua keep the C locale's '.' for numbers.  When the
 * locale asked for is not installed (vi_VN.UTF-8 is rarely generated), gettext would fall
 * back to English, so the messages then run under C.UTF-8 with the asked language put in
 * LANGUAGE; when no catalogue of ours answers for the language asked, they run under C.
 * Uses: libintl, setlocale, readlink of /proc/self/exe. */
#define _POSIX_C_SOURCE 200809L /* setenv, readlink */
#include "i18n.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PARIDX_LOCALEDIR
#define PARIDX_LOCALEDIR "/usr/local/share/locale"
#endif

/* The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty, or NULL. */
static const char *asked_locale(void)
{
    static const char *const VARS[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof VARS / sizeof VARS[0]; i++) {
        const char *v = getenv(VARS[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

/* dir/locale beside the running executable, when that directory exists; else the install
 * directory. */
static void catalogue_dir(char *buf, size_t n)
{
    ssize_t len = readlink("/proc/self/exe", buf, n - sizeof "/locale");
    buf[len > 0 ? len : 0] = '\0';
    char *slash = strrchr(buf, '/');
    struct stat st;
    if (slash) {
        strcpy(slash, "/locale");
        if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
            return;
    }
    snprintf(buf, n, "%s", PARIDX_LOCALEDIR);
}

void px_i18n_init(void)
{
    if (!setlocale(LC_MESSAGES, "")) {
        const char *asked = asked_locale(), *language = getenv("LANGUAGE");
        if (setlocale(LC_MESSAGES, "C.UTF-8") && asked && (!language || !*language))
            setenv("LANGUAGE", asked, 1);
    }
    char dir[4096];
    catalogue_dir(dir, sizeof dir);
    bindtextdomain(PX_DOMAIN, dir);
    bind_textdomain_codeset(PX_DOMAIN, "UTF-8");
    bind_textdomain_codeset("libc", "UTF-8"); /* strerror's texts, translated by glibc */
    textdomain(PX_DOMAIN);
    /* No catalogue of ours for the language asked (English, or one paridx does not speak):
     * the messages run under C, where gettext answers at once instead of looking for a
     * catalogue again at every message (three times the work, some 1,600 messages looked up
     * by an example run), and the C library's own messages are then in English too, like
     * paridx's.  gettext("") is the catalogue's header, or "" when there is none. */
    if (!*dgettext(PX_DOMAIN, ""))
        setlocale(LC_MESSAGES, "C");
}
