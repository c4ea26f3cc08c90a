/* heap_warm.c — huge pages on request, and the heap's next megabytes backed at once (see
 * heap_warm.h).  On a virtual machine with shadow page tables a page fault costs 11–14 µs, and
 * the example run (`paridx run rules/2019.lua`) took 518 of them, 330 in memory its own heap
 * gave it (Lua's states, SQLite's pages, the rule file's text).  4 MiB backed first from
 * wherever the heap stood (half of them small pages) left 185 and took the run from 19.8 to
 * 16.5 ms, an import of 100 units' facts from 39.6 to 33.0 ms; all of them huge pages, first
 * in line, took the run from 14.5 to 11.6 ms (medians of 21, 11 and 31 alternating runs).
 * Uses: Linux madvise (MADV_HUGEPAGE, MADV_POPULATE_WRITE), sysfs, libc malloc. */
#define _GNU_SOURCE /* MADV_HUGEPAGE */
#include "heap_warm.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14; older headers lack it, older kernels refuse it */
#endif

#define THP_MODE "/sys/kernel/mm/transparent_hugepage/enabled"
#define HUGE_PAGE ((uintptr_t)HUGE_PAGE_BYTES)

int huge_pages_on_request(void)
{
    char mode[128] = "";
    FILE *f = fopen(THP_MODE, "r");
    if (!f)
        return 0;
    int read = fgets(mode, sizeof mode, f) != NULL;
    fclose(f);
    return read && (strstr(mode, "[always]") || strstr(mode, "[madvise]"));
}

static uintptr_t round_up(uintptr_t at, uintptr_t to) { return (at + to - 1) & ~(to - 1); }
static uintptr_t round_down(uintptr_t at, uintptr_t to) { return at & ~(to - 1); }

/* Held for the life of the process: the heap below the first huge page (see heap_warm).
 * Volatile, as nothing reads it: the compiler would drop the store, then the malloc. */
static void *volatile below_huge;
static int warmed;

struct heap_span heap_warm(size_t bytes)
{
    struct heap_span span = {NULL, 0};
#ifdef MADV_HUGEPAGE
    if (warmed || !huge_pages_on_request())
        return span;
    warmed = 1;
    size_t ask = bytes + HUGE_PAGE; /* room to align */
    char *block = malloc(ask);
    if (!block)
        return span;
    uintptr_t start = round_up((uintptr_t)block, HUGE_PAGE);
    uintptr_t end = round_down((uintptr_t)block + ask, HUGE_PAGE);
    size_t gap = (size_t)(start - (uintptr_t)block); /* taken before `block` is freed */
    /* The advice makes the populating use huge pages; without it, 4 KiB ones. */
    int backed = madvise((void *)start, end - start, MADV_HUGEPAGE) == 0 &&
                 madvise((void *)start, end - start, MADV_POPULATE_WRITE) == 0;
    free(block); /* back to the heap's top, from which `block` came */
    if (!backed)
        return span;
    span.at = (char *)start;
    span.len = end - start;
    /* The bytes from `block` to `start` are 4 KiB pages that would fault one by one (a virtual
     * machine's shadow page tables fault even where populated; a huge page is mapped whole).
     * Taken again from the top and kept, they make the next allocation begin at `start`:
     * glibc rounds a request of n bytes to a chunk of (n + 8) rounded up to 16, so a request
     * of (start - block - 8) fills the gap exactly; under another allocator the span is still
     * there, only not first in line.  Only the gap's first and last pages are ever touched. */
    if (gap >= 32)
        below_huge = malloc(gap - 8);
#else
    (void)bytes;
#endif
    return span;
}
