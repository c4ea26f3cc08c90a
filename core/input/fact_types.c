/* fact_types.c — the names of the declared fact types (see fact_types.h).  Uses: libc. */
#include "fact_types.h"

#include <string.h>

static const char *const NAMES[DECLARED_NTYPES] = {
    [DECLARED_BOOL] = "bool",     [DECLARED_NUMBER] = "number", [DECLARED_RATIO] = "ratio",
    [DECLARED_DATE] = "date",     [DECLARED_POINTS] = "points", [DECLARED_TEXT] = "text",
    [DECLARED_STATUS] = "status",
};

const char *declared_type_name(int t)
{
    return t >= 0 && t < DECLARED_NTYPES ? NAMES[t] : NULL;
}

int declared_type_of(const char *name)
{
    /* the names begin with different letters: one comparison, for the name with name's */
    for (int t = 0; t < DECLARED_NTYPES; t++)
        if (NAMES[t][0] == name[0])
            return strcmp(name, NAMES[t]) == 0 ? t : -1;
    return -1;
}
