/* vec.c — growing an array by doubling (see vec.h).  Uses: libc. */
#include "vec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int vec_reserve_(void *array_ptr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t grown = *cap ? *cap : 8;
    while (grown < need) {
        if (grown > SIZE_MAX / 2)
            return -1;
        grown *= 2;
    }
    if (size && grown > SIZE_MAX / size)
        return -1;
    void *old;
    memcpy(&old, array_ptr, sizeof old); /* the caller's pointer, whatever its type */
    void *bigger = realloc(old, grown * size);
    if (!bigger)
        return -1;
    memcpy(array_ptr, &bigger, sizeof bigger);
    *cap = grown;
    return 0;
}
