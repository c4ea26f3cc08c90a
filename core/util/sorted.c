/* sorted.c — binary search for a code (see sorted.h).
 * Uses: libc. */
#include "sorted.h"

#include <string.h>

size_t sorted_first(const void *v, size_t n, size_t size, size_t offset, const char *key)
{
    const unsigned char *base = v;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *s;
        memcpy(&s, base + mid * size + offset, sizeof s);
        if (strcmp(s, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
