/* lint_years.c — years named in a rule file's texts and dates, checked against the index
 * year (see lint_years.h).  A year is four digits 1900–2199 standing alone (no digit either
 * side) after "năm " or at the end of a date d/m/yyyy.  Uses: lint_years.h, i18n.h (messages). */
#include "lint_years.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The month of a date ending just before s + i ("31/12/" → 12), or 0 when none. */
static int month_before(const char *s, size_t i)
{
    if (i < 4 || s[i - 1] != '/')
        return 0;
    size_t j = i - 1, k = j;
    while (k > 0 && digit(s[k - 1]) && j - k < 2)
        k--;
    if (k == j || k == 0 || s[k - 1] != '/')
        return 0;
    int m = 0;
    for (size_t p = k; p < j; p++)
        m = m * 10 + (s[p] - '0');
    return m;
}

/* The first year in s outside the window, or 0: years y and y+1, and with december_before
 * also a date in December of y-1. */
static int stray_year(const char *s, int y, int december_before, char *shown, size_t n)
{
    static const char NAM[] = "năm ";
    size_t len = strlen(s);
    for (size_t i = 0; i + 4 <= len; i++) {
        if ((i && digit(s[i - 1])) || !digit(s[i]) || !digit(s[i + 1]) || !digit(s[i + 2]) ||
            !digit(s[i + 3]) || (i + 4 < len && digit(s[i + 4])))
            continue;
        int year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
                   (s[i + 3] - '0');
        int month = month_before(s, i);
        int after_nam = i >= sizeof NAM - 1 && !memcmp(s + i - (sizeof NAM - 1), NAM, sizeof NAM - 1);
        if ((!month && !after_nam) || year < 1900 || year > 2199 || year == y || year == y + 1)
            continue;
        if (month == 12 && year == y - 1 && december_before)
            continue;
        size_t from = month ? i - 1 : i - (sizeof NAM - 1); /* "31/10/2018", "năm 2018" */
        while (month && from > 0 && (digit(s[from - 1]) || s[from - 1] == '/'))
            from--;
        snprintf(shown, n, "%.*s", (int)(i + 4 - from), s + from);
        return year;
    }
    return 0;
}

enum where { INDEX_TITLE, NODE_TITLE, NODE_SCALE, DEADLINE_TASK, UNCODED_TASK };

/* One finding when text names a stray year; code names the node or deadline. */
static void check(const struct model *m, enum where w, const char *code, const char *text,
                  int line, struct findings *out)
{
    char shown[32];
    if (!text || !stray_year(text, m->year, w == NODE_SCALE, shown, sizeof shown))
        return;
    switch (w) {
    case INDEX_TITLE:
        findings_add(out, line, _("the index title names %s, in neither the index year %d nor "
                                  "the next; left over from last year's copy?"), shown, m->year);
        break;
    case NODE_TITLE:
        findings_add(out, line, _("the title of %s names %s, in neither the index year %d nor "
                                  "the next; left over from last year's copy?"), code, shown,
                     m->year);
        break;
    case NODE_SCALE:
        findings_add(out, line, _("the scale of %s names %s, in neither the index year %d nor "
                                  "the next (nor December before it); left over from last "
                                  "year's copy?"), code, shown, m->year);
        break;
    case DEADLINE_TASK:
        findings_add(out, line, _("the task of deadline %s names %s, in neither the index year "
                                  "%d nor the next; left over from last year's copy?"), code,
                     shown, m->year);
        break;
    case UNCODED_TASK:
        findings_add(out, line, _("the task of deadline '%s' names %s, in neither the index "
                                  "year %d nor the next; left over from last year's copy?"), text,
                     shown, m->year);
        break;
    }
}

void lint_years(const struct model *m, struct findings *out)
{
    check(m, INDEX_TITLE, NULL, m->title, m->index_line, out);
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *n = &m->nodes[i];
        check(m, NODE_TITLE, n->code, n->title, n->line, out);
        check(m, NODE_SCALE, n->code, n->scale.description, n->line, out);
    }
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        check(m, d->code ? DEADLINE_TASK : UNCODED_TASK, d->code, d->task, d->line, out);
    }
}
