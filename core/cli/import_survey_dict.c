/* import_survey_dict.c — the rule file's word on survey rows (see import_survey_dict.h).
 * Uses: model.h, import_survey.h, store.h (the units), text.h (names in any case). */
#include "import_survey_dict.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* "A, B, C" into buf: the codes of n items, each `size` bytes with its code at `at`. */
static void code_list(const void *items, size_t n, size_t size, size_t at, char *buf,
                      size_t len)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && used < len; i++)
        used += (size_t)snprintf(buf + used, len - used, "%s%s", i ? ", " : "",
                                 *(char *const *)((const char *)items + i * size + at));
}

/* The group a list names by its code or its name, in any case; NULL when none. */
static const struct survey_group *named_group(const struct model *m, const char *named)
{
    const struct survey_group *g = model_survey_group(m, named);
    char *want = g ? NULL : text_casefold(named);
    for (size_t i = 0; want && !g && i < m->nsurvey_groups; i++) {
        char *name = text_casefold(m->survey_groups[i].name);
        char *code = text_casefold(m->survey_groups[i].code);
        if ((name && !strcmp(name, want)) || (code && !strcmp(code, want)))
            g = &m->survey_groups[i];
        free(name);
        free(code);
    }
    free(want);
    return g;
}

static int check_group(const void *ctx, const char *named, const char *agency, char *code,
                       size_t n, char *why, size_t wn)
{
    const struct model *m = ctx;
    char list[600];
    const struct survey_group *g = named_group(m, named);
    if (!g) {
        code_list(m->survey_groups, m->nsurvey_groups, sizeof *m->survey_groups,
                  offsetof(struct survey_group, code), list, sizeof list);
        snprintf(why, wn, _("expected a survey group of %s (%s), found '%s'"), m->file, list,
                 named);
        return -1;
    }
    int lists = !g->nby;
    for (size_t b = 0; b < g->nby && !lists; b++)
        lists = !strcmp(g->by[b], agency);
    if (!lists) {
        snprintf(why, wn, _("expected a group that %s lists, found %s, which %s does not give "
                 "it to draw up"), agency, g->code, m->file);
        return -1;
    }
    snprintf(code, n, "%s", g->code);
    return 0;
}

static int check_answer(const void *ctx, const char *question, const char *group,
                        const char *option, char *why, size_t wn)
{
    const struct model *m = ctx;
    const struct survey_question *q = model_question(m, question);
    char list[600];
    if (!q) {
        code_list(m->questions, m->nquestions, sizeof *m->questions,
                  offsetof(struct survey_question, code), list, sizeof list);
        snprintf(why, wn, _("expected a question of %s (%s), found '%s'"), m->file, list, question);
        return -1;
    }
    int asked = 0;
    for (size_t g = 0; g < q->ngroups && !asked; g++)
        asked = !strcmp(q->groups[g].group, group);
    if (!asked) {
        snprintf(why, wn, _("expected a question asked of the respondent's group %s, found %s, "
                 "which is not"), group, question);
        return -1;
    }
    for (size_t o = 0; o < q->noptions; o++)
        if (!strcmp(q->options[o].code, option))
            return 0;
    code_list(q->options, q->noptions, sizeof *q->options, offsetof(struct survey_option, code),
              list, sizeof list);
    snprintf(why, wn, _("expected one of the options of %s (%s), found '%s'"), question, list,
             option);
    return -2;
}

int import_survey_checks(const struct model *m, struct store *s, struct import_survey *out,
                         char unit_buf[64], struct px_err *e)
{
    *out = (struct import_survey){m->year, m, check_group, check_answer, NULL};
    struct unit_info *units;
    size_t n, assessed = 0;
    if (store_units(s, &units, &n, e) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!m->nkinds || model_kind(m, units[i].kind)) {
            assessed++;
            snprintf(unit_buf, 64, "%s", units[i].code);
        }
    store_free_units(units, n);
    out->only_unit = assessed == 1 ? unit_buf : NULL;
    return 0;
}
