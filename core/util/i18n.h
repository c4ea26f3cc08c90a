/* i18n.h — messages in the user's language through GNU gettext: `_("text")` translates a
 * message where it is printed, `N_("text")` marks one kept in a table (translated with
 * `_()`/gettext() where it is shown).  The catalogue is po/vi.po, compiled at build time into
 * <build>/locale/vi/LC_MESSAGES/paridx.mo; English is the fallback.
 * Provides _(), N_(), PX_DOMAIN, px_i18n_init().  Uses: libintl (glibc), locale.h. */
#ifndef PARIDX_I18N_H
#define PARIDX_I18N_H

#include <libintl.h>

#define PX_DOMAIN "paridx"
#define _(text) gettext(text)
#define N_(text) (text)

/* Chooses the messages' language from LANGUAGE, LC_ALL, LC_MESSAGES or LANG (only the
 * messages: numbers and character classes stay in the C locale) and finds the catalogue
 * next to the executable (locale/ beside it: the build tree), else where it is installed.
 * Messages are always written in UTF-8. */
void px_i18n_init(void);

#endif
