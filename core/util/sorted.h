/* sorted.h — finding a code in an array sorted by it: rows read from the store in unit order,
 * tallies grouped by unit.
 * Provides sorted_first().  Uses: libc. */
#ifndef PARIDX_SORTED_H
#define PARIDX_SORTED_H

#include <stddef.h>

/* The first of the n items of `size` bytes at v, sorted in strcmp order of the string that
 * each points to by the `char *` member at `offset` (offsetof), whose string is not below key;
 * n when there is none.  Whether it is key itself is the caller's to check. */
size_t sorted_first(const void *v, size_t n, size_t size, size_t offset, const char *key);

#endif
