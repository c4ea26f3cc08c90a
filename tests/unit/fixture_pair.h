/* fixture_pair.h — two copies of the hand-built fixture index (fixture_model.h), A and B,
 * for the tests that compare rule files: change B with the setters, diff, check.
 * Provides struct fixture_pair, fixture_pair_setup(), fixture_pair_teardown(), fixture_set(),
 * fixture_set_list().  Uses: fixture_model.h, model_diff.h. */
#ifndef PARIDX_FIXTURE_PAIR_H
#define PARIDX_FIXTURE_PAIR_H

#include <stddef.h>

#include "model_diff.h"

struct fixture_pair {
    struct model *a, *b;
    struct model_diff d; /* the test's diff of a and b, released by the teardown */
    char *out;           /* malloc'd text a test wrote, or NULL; freed by the teardown */
};

/* cmocka setup/teardown: *state is a new struct fixture_pair; the teardown releases all. */
int fixture_pair_setup(void **state);
int fixture_pair_teardown(void **state);

/* Replaces a malloc'd string field with a copy of s (or NULL). */
void fixture_set(char **field, const char *s);

/* Replaces a malloc'd list of count strings with copies of items. */
void fixture_set_list(char ***v, size_t *n, size_t count, const char *const *items);

#endif
