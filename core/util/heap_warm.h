/* heap_warm.h — memory made resident in one step instead of one page fault per page: whether
 * the kernel gives transparent huge pages on request, and the heap's next megabytes backed by
 * them before paridx allocates from it.
 * Provides huge_pages_on_request(), heap_warm().  Uses: Linux madvise, sysfs. */
#ifndef PARIDX_HEAP_WARM_H
#define PARIDX_HEAP_WARM_H

#include <stddef.h>

/* The size of a transparent huge page on x86-64 and of the boundary it is aligned on. */
#define HUGE_PAGE_BYTES ((size_t)2 << 20)

/* Whether the kernel backs a region with huge pages when madvise asks (transparent_hugepage
 * "always" or "madvise"; not "never", nor a kernel without them). */
int huge_pages_on_request(void);

/* A span of memory made resident. */
struct heap_span {
    char *at;
    size_t len;
};

/* Backs `bytes` (a multiple of 2 MiB) of the heap's next memory with huge pages at once (one
 * madvise(MADV_POPULATE_WRITE)) and gives them back to it, so that the next allocations take
 * memory already there; the part of the heap below the first 2 MiB boundary stays taken for
 * the life of the process (its first and last pages touched), so that they begin on that
 * boundary.  Once per process, only where huge_pages_on_request(); returns the span backed,
 * or {NULL, 0} when nothing was (no huge pages, a kernel before 5.14, no memory).  glibc's
 * malloc gives the memory back to its heap's top only if `bytes` + 2 MiB is under its mmap
 * threshold, and keeps it only if under its trim threshold: the caller sets both. */
struct heap_span heap_warm(size_t bytes);

#endif
