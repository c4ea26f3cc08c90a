/* survey.h — the arithmetic of the sociological survey, on counts: the tallies of one year
 * (answers per unit, question, respondents' group and option) and, for a survey-assessed leaf
 * of a unit, the share its questions give and its 95% confidence interval.
 *
 * Per question and group: the mean value of the options chosen (an excluded option such as
 * "không biết" counts in neither the mean nor the answers) and its sample variance; the
 * leaf's share is the mean of those group means weighted by each group's weight in its
 * question; its variance is sum((w/W)^2 * s^2 / n), the interval share ± 1.96 × its square
 * root, kept within 0..1.  Points are share × max.  A leaf is flagged (ít phiếu) when one of
 * its questions has fewer answers for the unit than the question's min_answers.
 * Provides struct survey_tallies, struct survey_leaf, survey_*.  Uses: model.h. */
#ifndef PARIDX_SURVEY_H
#define PARIDX_SURVEY_H

#include <stddef.h>

#include "model.h"

#define SURVEY_Z95 1.959963984540054 /* the normal quantile of 97.5% */

struct survey_count {
    char *unit;
    size_t question, group, option; /* indices: m->questions, its groups, its options */
    long n;
};

struct survey_tallies {
    struct survey_count *v; /* in the order added: by unit (the store's order) */
    size_t n, cap;
};

/* Adds one tally; a question, group or option the model lacks (the rules changed since) is
 * left out.  0, or -1 when out of memory. */
int survey_tallies_add(struct survey_tallies *t, const struct model *m, const char *unit,
                       const char *question, const char *group, const char *option, long n);
void survey_tallies_free(struct survey_tallies *t);

/* One question's answers from one group, for the explanation. */
struct survey_group_stat {
    size_t question, group; /* indices as in struct survey_count */
    long valid, excluded;
    long *counts;           /* per option of the question */
    double mean, var;
};

struct survey_leaf {
    long valid, excluded;   /* answers over the leaf's questions */
    double share, lo, hi;   /* 0..1 */
    int few;                /* a question below its min_answers */
    struct survey_group_stat *groups; /* question by question, groups in declared order */
    size_t ngroups, cap;
};

/* The survey's outcome for leaf `node` of `unit`: 1 when it has answers (out filled; free it
 * with survey_leaf_free), 0 when none (the typed share stands), -1 when out of memory. */
int survey_leaf_score(const struct model *m, const struct survey_tallies *t, const char *unit,
                      size_t node, struct survey_leaf *out);
void survey_leaf_free(struct survey_leaf *l);

/* 1 when some question feeds leaf `node`. */
int survey_leaf_asked(const struct model *m, size_t node);

#endif
