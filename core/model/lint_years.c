/* lint_years.c — years named in a rule file's texts and dates, checked against the index
 * year (see lint_years.h).  A year is four digits 1900–2199 standing alone (no digit either
 * side) after "năm " or at the end of a date d/m/yyyy.  Uses: lint_years.h. */
#include "lint_years.h"

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

static void check(const struct model *m, const char *text, int line, const char *what,
                  int december_before, struct findings *out)
{
    char shown[32];
    if (text && stray_year(text, m->year, december_before, shown, sizeof shown))
        findings_add(out, line, "%s names %s, in neither the index year %d nor the next; left "
                     "over from last year's copy?", what, shown, m->year);
}

void lint_years(const struct model *m, struct findings *out)
{
    char what[96];
    check(m, m->title, m->index_line, "the index title", 0, out);
    for (size_t i = 0; i < m->nnodes; i++) {
        const struct node *n = &m->nodes[i];
        snprintf(what, sizeof what, "the title of %s", n->code);
        check(m, n->title, n->line, what, 0, out);
        snprintf(what, sizeof what, "the scale of %s", n->code);
        check(m, n->scale.description, n->line, what, 1, out);
    }
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        if (d->code)
            snprintf(what, sizeof what, "the task of deadline %s", d->code);
        else
            snprintf(what, sizeof what, "the task of deadline '%.60s'", d->task);
        check(m, d->task, d->line, what, 0, out);
    }
}
