/* test_heap_warm.c — unit tests of heap_warm.c: where huge pages are given on request, the
 * span it reports begins on a 2 MiB boundary and is resident before anything touches it, and
 * (glibc's own malloc, not a sanitizer's or valgrind's) the next allocation begins there;
 * elsewhere it backs nothing.  A program of its own, so that its heap is fresh.
 * Uses: cmocka, heap_warm.h, Linux mincore, glibc mallopt. */
#define _GNU_SOURCE /* mincore */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <malloc.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "heap_warm.h"

enum { WARM = 4 << 20, NEXT = 1 << 20 };

/* Pages of [at, at + len) that are resident, of all of them; at is 4 KiB-aligned. */
static size_t resident_pages(const char *at, size_t len, size_t *pages)
{
    *pages = (len + 4095) / 4096;
    unsigned char *in = malloc(*pages);
    assert_non_null(in);
    assert_int_equal(mincore((void *)at, len, in), 0);
    size_t n = 0;
    for (size_t i = 0; i < *pages; i++)
        n += in[i] & 1;
    free(in);
    return n;
}

/* Whether malloc is glibc's own: not replaced by AddressSanitizer nor run under valgrind. */
static int own_malloc(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return 0;
#else
    const char *wrapper = getenv("PARIDX_WRAPPER");
    return !wrapper || !*wrapper;
#endif
}

static void test_warm_span(void **state)
{
    (void)state;
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 2 * WARM);
    struct heap_span span = heap_warm(WARM);
    if (!huge_pages_on_request()) {
        assert_null(span.at);
        assert_int_equal(span.len, 0);
        return;
    }
    if (!span.at) /* a kernel before 5.14 refuses to populate */
        skip();
    /* Taken before anything else is allocated: glibc's next chunk begins at the span. */
    char *next = own_malloc() ? malloc(NEXT) : NULL;
    assert_true(span.len >= WARM);
    assert_int_equal((uintptr_t)span.at % HUGE_PAGE_BYTES, 0);
    size_t pages, in = resident_pages(span.at, span.len, &pages);
    assert_int_equal(in, pages);
    if (!next)
        return;
    assert_ptr_equal(next, span.at); /* the heap below the span stays taken */
    in = resident_pages(next, NEXT, &pages); /* untouched: resident only as it was warmed */
    assert_int_equal(in, pages);
    free(next);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_warm_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
