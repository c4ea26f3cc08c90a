/* vec.h — the one growable array of the project: a typed pointer, a count and a capacity that
 * grows by doubling.  Every list that grows one item at a time (rows read, nodes declared,
 * findings, diff changes, units scored, CSV fields) uses it instead of its own realloc.
 *
 *     struct finding *v = NULL; size_t n = 0, cap = 0;
 *     if (VEC_PUSH(v, n, cap, item) != 0) → out of memory, v/n/cap unchanged
 *     if (vec_reserve(v, cap, n + k) != 0) → room for k more, or out of memory
 *
 * Provides vec_reserve(), VEC_PUSH().  Uses: libc. */
#ifndef PARIDX_VEC_H
#define PARIDX_VEC_H

#include <stddef.h>

/* Makes room for `need` items of `size` bytes in the array whose pointer is at `array_ptr`
 * (any object pointer type; its capacity in *cap).  0, or -1 when out of memory or the size
 * would overflow; then the array and *cap are as before.  New room is not initialised. */
int vec_reserve_(void *array_ptr, size_t *cap, size_t need, size_t size);

/* vec_reserve_() once the room is not there: the test of the room, made for every item
 * pushed, costs no call. */
static inline int vec_room_(void *array_ptr, size_t *cap, size_t need, size_t size)
{
    return need <= *cap ? 0 : vec_reserve_(array_ptr, cap, need, size);
}

#define vec_reserve(array, cap, need) vec_room_(&(array), &(cap), (need), sizeof *(array))

/* Appends value; 0, or -1 (out of memory) with nothing changed. */
#define VEC_PUSH(array, n, cap, value)                                                         \
    (vec_reserve(array, cap, (n) + 1) != 0 ? -1 : ((array)[(n)++] = (value), 0))

#endif
