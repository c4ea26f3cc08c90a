/* store_page_pool.c — SQLite's page cache, for a process whose first database is on disk, in
 * one region reserved when SQLite is set up and backed by huge pages
 * (SQLITE_CONFIG_PAGECACHE).  Without it each page of the cache is a malloc of its own: an
 * import or a stored run fills the cache with new pages until its commit (1,541 of them for
 * 1,000 units' facts), and the inserting thread's heap grew by one mprotect call and one page
 * fault for each, about 20 µs together on a virtual machine.  SQLite writes every slot of the
 * pool when it sets up, so the pool costs its size in memory at once: POOL_PAGES pages of
 * 4 KiB (8 MiB, half of one connection's 16 MiB cache) in 2 MiB pages that take one fault
 * each.  The 1,000-unit import: 137 → 118 ms and 2,900 → 942 page faults (medians of 11
 * alternating runs; a pool of 1,024 pages gained nothing, one of 4,096 no more), its peak
 * memory 16.1 → 18.7 MiB.  Only where the kernel gives huge pages on request
 * (transparent_hugepage "always" or "madvise"): in pages of 4 KiB the set-up alone would
 * fault in every one.  A page beyond the pool, or of more than 4 KiB, is SQLite's malloc as
 * before.
 * Provides store_page_pool_setup() (store_impl.h).
 * Uses: libsqlite3 (sqlite3_config), Linux mmap and madvise (MADV_HUGEPAGE), heap_warm.h
 * (huge_pages_on_request). */
#define _GNU_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE, MADV_HUGEPAGE */
#include <stdint.h>
#include <sys/mman.h>

#include "heap_warm.h"
#include "store_impl.h"

enum { POOL_PAGES = 2048, PAGE_SIZE_MAX = 4096 };

void store_page_pool_setup(void)
{
#ifdef MADV_HUGEPAGE
    int header = 0;
    if (!huge_pages_on_request() ||
        sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK)
        return;
    size_t slot = PAGE_SIZE_MAX + (size_t)header, bytes = slot * POOL_PAGES;
    size_t len = (bytes + 2 * HUGE_PAGE_BYTES - 1) & ~(HUGE_PAGE_BYTES - 1); /* room to align */
    char *region = mmap(NULL, len, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return;
    uintptr_t align = (uintptr_t)HUGE_PAGE_BYTES - 1;
    char *pool = (char *)(((uintptr_t)region + align) & ~align);
    if (madvise(pool, len - (size_t)(pool - region), MADV_HUGEPAGE) != 0 ||
        sqlite3_config(SQLITE_CONFIG_PAGECACHE, pool, (int)slot, (int)POOL_PAGES) != SQLITE_OK)
        munmap(region, len); /* SQLite's malloc, as without a pool */
#endif
}
