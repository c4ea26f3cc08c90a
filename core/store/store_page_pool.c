/* store_page_pool.c — SQLite's page cache, for a process whose first database is on disk and
 * that is about to load a large file into it, in one region reserved when SQLite is set up
 * and backed by huge pages (SQLITE_CONFIG_PAGECACHE).  Without it each page of the cache is
 * a malloc of its own: an import fills the cache with new pages until its commit (1,541 of
 * them for 1,000 units' facts), and the inserting thread's heap grew by one mprotect call
 * and one page fault for each, about 20 µs together on a virtual machine.  SQLite writes
 * every slot of the pool when it sets up, so the pool costs its size in memory at once, in
 * 2 MiB pages that take one fault each.  The 1,000-unit import: 137 → 118 ms and 2,900 →
 * 942 page faults (medians of 11 alternating runs), its peak memory 16.1 → 18.7 MiB.
 * A huge page is dear where the host takes back the guest's free memory (a balloon's free
 * page reporting, which reports free blocks of 2 MiB and more): after a pause of a few
 * seconds each of them is backed anew, page by page, 4–6 ms here.  A pool of 8 MiB then cost
 * 20–29 ms at every command's start (the 100-unit import 35 → 57 ms, runs 3 s apart), and a
 * command that is not a large import has no use for it; so the pool is sized to the load,
 * two pages of cache for each 4 KiB of input (the facts of 1,000 units take 1.9 bytes of
 * database a byte of CSV), at most POOL_PAGES, and there is none below a huge page's worth.
 * Only where the kernel gives huge pages on request (transparent_hugepage "always" or
 * "madvise"): in pages of 4 KiB the set-up alone would fault in every one.  A page beyond
 * the pool, or of more than 4 KiB, is SQLite's malloc as before.
 * Provides store_page_pool_slots(), store_page_pool_setup() (store_impl.h).
 * Uses: libsqlite3 (sqlite3_config), Linux mmap and madvise (MADV_HUGEPAGE), heap_warm.h
 * (huge_pages_on_request, HUGE_PAGE_BYTES). */
#define _GNU_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE, MADV_HUGEPAGE */
#include <stdint.h>
#include <sys/mman.h>

#include "heap_warm.h"
#include "store_impl.h"

/* The most slots (8 MiB of pages: a pool of 4,096 gained nothing at 1,000 units), and the
 * fewest worth a pool (a huge page's worth). */
enum { POOL_PAGES = 2048, POOL_PAGES_MIN = HUGE_PAGE_BYTES / 4096, PAGE_SIZE_MAX = 4096 };

int store_page_pool_slots(long long bytes)
{
    long long slots = bytes > 0 ? bytes / (PAGE_SIZE_MAX / 2) : 0;
    return slots < POOL_PAGES_MIN ? 0 : slots > POOL_PAGES ? POOL_PAGES : (int)slots;
}

void store_page_pool_setup(int slots)
{
#ifdef MADV_HUGEPAGE
    int header = 0;
    if (slots <= 0 || !huge_pages_on_request() ||
        sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK)
        return;
    size_t slot = PAGE_SIZE_MAX + (size_t)header, bytes = slot * (size_t)slots;
    size_t len = (bytes + 2 * HUGE_PAGE_BYTES - 1) & ~(HUGE_PAGE_BYTES - 1); /* room to align */
    char *region = mmap(NULL, len, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED)
        return;
    uintptr_t align = (uintptr_t)HUGE_PAGE_BYTES - 1;
    char *pool = (char *)(((uintptr_t)region + align) & ~align);
    if (madvise(pool, len - (size_t)(pool - region), MADV_HUGEPAGE) != 0 ||
        sqlite3_config(SQLITE_CONFIG_PAGECACHE, pool, (int)slot, slots) != SQLITE_OK)
        munmap(region, len); /* SQLite's malloc, as without a pool */
#endif
}
