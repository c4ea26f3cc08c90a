/* import_plan.c — a submission's deadline and agency checked against the rule file (see
 * import_plan.h).  Uses: model.h, i18n.h (messages). */
#include "import_plan.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* Appends ", "-separated words to buf (at `used`), as many as fit. */
static size_t add_word(char *buf, size_t n, size_t used, const char *word)
{
    if (used < n)
        used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "", word);
    return used;
}

int import_plan_check(const void *plan, const char *code, const char *agency, char *why,
                      size_t n)
{
    const struct model *m = plan;
    char list[400] = "";
    size_t used = 0;
    int d = model_deadline(m, code);
    if (d < 0) {
        for (size_t i = 0; i < m->ndeadlines; i++)
            if (m->deadlines[i].code)
                used = add_word(list, sizeof list, used, m->deadlines[i].code);
        if (used)
            snprintf(why, n, _("expected a deadline's code of %s (%s), found '%s'"), m->file,
                     list, code);
        else
            snprintf(why, n, _("expected a deadline's code, found '%s'; %s gives its deadlines "
                               "no code"), code, m->file);
        return -1;
    }
    const struct deadline *dl = &m->deadlines[d];
    for (size_t k = 0; k < dl->nby; k++) {
        if (!strcmp(dl->by[k], agency))
            return 0;
        used = add_word(list, sizeof list, used, dl->by[k]);
    }
    snprintf(why, n, _("expected an agency that must meet deadline %s (%s:%d): %s; found '%s'"),
             code, m->file, dl->line, list, agency);
    return -2;
}
