/* survey_export.c — `paridx survey RULES export --out FILE`: every respondent of the year,
 * sorted as a Vietnamese reader expects — by unit (cơ quan/đơn vị, else the listing agency),
 * then by given name (the last word of the full name), then the whole name, in Vietnamese
 * dictionary order (text_collate), then by code — and written by report_survey_export().
 * Uses: store_survey.h, report_survey_export.h, text.h (collation), vec.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "survey_views.h"
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

#include "report_survey_export.h"
#include "store_survey.h"
#include "text.h"
#include "vec.h"

struct people {
    struct export_person *v;
    size_t n, cap;
};

static char *dup_or_null(const char *s, int *failed)
{
    char *d = s ? strdup(s) : NULL;
    *failed |= s && !d;
    return d;
}

static void free_person(struct export_person *x)
{
    const char *fields[] = {x->group, x->code,  x->name,    x->position, x->workplace,
                            x->phone, x->email, x->address, x->agency};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        free((char *)fields[i]);
}

static int take(void *ud, const struct respondent_row *r)
{
    struct people *p = ud;
    int failed = 0;
    struct export_person x = {dup_or_null(r->group, &failed),     dup_or_null(r->code, &failed),
                              dup_or_null(r->name, &failed),      dup_or_null(r->position, &failed),
                              dup_or_null(r->workplace, &failed), dup_or_null(r->phone, &failed),
                              dup_or_null(r->email, &failed),     dup_or_null(r->address, &failed),
                              dup_or_null(r->agency, &failed)};
    if (!failed && VEC_PUSH(p->v, p->n, p->cap, x) == 0)
        return 0;
    free_person(&x);
    return -1;
}

static const char *given_name(const char *full)
{
    const char *space = strrchr(full, ' ');
    return space ? space + 1 : full;
}

static int by_reader(const void *a, const void *b)
{
    const struct export_person *x = a, *y = b;
    int c = text_collate(x->workplace ? x->workplace : x->agency,
                         y->workplace ? y->workplace : y->agency);
    if (!c)
        c = text_collate(given_name(x->name), given_name(y->name));
    if (!c)
        c = text_collate(x->name, y->name);
    return c ? c : strcmp(x->code, y->code);
}

int survey_export(const char *path, const char *format, const struct model *m,
                  struct store *s, int year)
{
    struct people p = {NULL, 0, 0};
    struct px_err e;
    int rc = PX_OK;
    if (store_respondents(s, year, take, &p, &e) != 0) {
        if (!e.msg[0])
            px_err_set(&e, PX_SYSTEM, _("out of memory"));
        px_report(&e);
        rc = e.code;
    } else {
        qsort(p.v, p.n, sizeof *p.v, by_reader);
        int xlsx = !format || !strcmp(format, "xlsx");
        if (report_survey_export(path, xlsx, m, p.v, p.n) != 0)
            rc = PX_SYSTEM;
        else
            px_say(_("%s: %zu respondents written"), path, p.n);
    }
    for (size_t i = 0; i < p.n; i++)
        free_person(&p.v[i]);
    free(p.v);
    return rc;
}
