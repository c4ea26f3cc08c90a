/* fixture_pair.c — two fixture models to compare (see fixture_pair.h).
 * Uses: fixture_model.h, model_diff.h, libc. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "fixture_pair.h"

#include <stdlib.h>
#include <string.h>

#include "fixture_model.h"

int fixture_pair_setup(void **state)
{
    struct fixture_pair *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    p->a = fixture_model();
    p->b = fixture_model();
    *state = p;
    return 0;
}

int fixture_pair_teardown(void **state)
{
    struct fixture_pair *p = *state;
    free(p->out);
    model_diff_free(&p->d);
    model_free(p->a);
    model_free(p->b);
    free(p->a);
    free(p->b);
    free(p);
    return 0;
}

void fixture_set(char **field, const char *s)
{
    free(*field);
    *field = s ? strdup(s) : NULL;
}

void fixture_set_list(char ***v, size_t *n, size_t count, const char *const *items)
{
    for (size_t i = 0; i < *n; i++)
        free((*v)[i]);
    free(*v);
    *v = count ? calloc(count, sizeof **v) : NULL;
    for (size_t i = 0; i < count; i++)
        (*v)[i] = strdup(items[i]);
    *n = count;
}
