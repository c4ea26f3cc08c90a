/* report_out.c — the check that ends every writer (see report_out.h).  Uses: diag.h,
 * i18n.h (messages). */
#include "report_out.h"

#include <errno.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"

int report_out_done(FILE *out, const char *what)
{
    errno = 0;
    if (fflush(out) == 0 && !ferror(out))
        return 0;
    px_say(_("writing %s: %s"), _(what), errno ? strerror(errno) : _("the output stream failed"));
    return -1;
}
