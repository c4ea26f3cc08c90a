/* store_vfs_file.c — the methods of a file that paridx's VFS opens (store_vfs.c): SQLite's
 * unix VFS's own, with three changes to a database's and its write-ahead log's reads and
 * writes.  Consecutive writes are held back and made WRITE_BEHIND bytes at a time: SQLite
 * writes each frame of the log as its 24-byte header and then its page, and the checkpoint
 * each page alone (a 1,000-unit import made 5,000 such calls, 10 µs each on a virtual
 * machine; 160 → 134 ms).  What is held is written before any other use of the file that
 * needs it, and before the connection touches the log's index, so no connection is told of
 * frames that are not in the file.  Reads of a log that follow one another are made
 * READ_AHEAD bytes at a time: a checkpoint reads each frame's page alone, and so does the
 * rewrite of the frames' checksums at a commit that wrote a page twice (the import of
 * 300,000 answers: 8,906 → 2,922 reads, 289 → 275 ms, medians of 9 alternating runs).  And
 * every HAND_OVER bytes written to a database are handed to the disk at once (Linux's
 * sync_file_range, SYNC_FILE_RANGE_WRITE) through our own descriptor on the file, so the
 * sync that ends a checkpoint waits for the last of them, not for all (a 1,000-unit import
 * writes 7 MB into the file at the checkpoint: 187 → 157 ms when both the log and the file
 * were handed over, medians of 21 alternating runs).  Not a log's: its frames are written
 * again in place (a page the cache wrote early, a commit's rewrite of the checksums), and a
 * page being written out must be waited for before it is written again.  With the log handed
 * over too, the 10,000-unit import took 1,248 ms against 1,038 with the file alone (1,079
 * with neither), 300,000 answers 280 against 256 ms (251), 1,000 units 128 against 131 ms
 * (132; medians of 5, 7 and 15 alternating runs).
 * Provides store_vfs_methods (store_vfs_file.h).
 * Uses: libsqlite3 (the unix VFS's file methods), Linux sync_file_range, store_vfs_file.h. */
#define _GNU_SOURCE /* sync_file_range */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "store_vfs_file.h"

#define REAL(f) (((struct vfs_file *)(f))->real)

/* Notes n bytes written at `at`; once HAND_OVER bytes are waiting in whole pages of the
 * system's, hands those to the disk (a page the last write ended in may be written again by
 * the next, which on a disk that needs stable pages would wait for its write-out). */
static void written(struct vfs_file *v, sqlite3_int64 at, int n)
{
#ifdef SYNC_FILE_RANGE_WRITE
    if (v->from == v->to)
        v->from = v->to = at;
    if (at < v->from)
        v->from = at;
    if (at + n > v->to)
        v->to = at + n;
    sqlite3_int64 end = v->to & ~(sqlite3_int64)(OS_PAGE - 1);
    if (end - v->from >= HAND_OVER) {
        sync_file_range(v->shared->fd, v->from, end - v->from, SYNC_FILE_RANGE_WRITE);
        v->from = end;
    }
#else
    (void)v, (void)at, (void)n;
#endif
}

/* Writes n bytes at `at` through SQLite's file, noting them. */
static int write_now(struct vfs_file *v, const void *buf, int n, sqlite3_int64 at)
{
    int rc = v->real->pMethods->xWrite(v->real, buf, n, at);
    if (rc == SQLITE_OK && v->shared)
        written(v, at, n);
    return rc;
}

/* Writes out what v holds back: SQLITE_OK, or the error of this write or of an earlier one
 * that no method could say (said once). */
static int write_out(struct vfs_file *v)
{
    int rc = SQLITE_OK;
    if (v->held) {
        rc = write_now(v, v->hold, (int)v->held, v->held_at);
        v->held = 0;
    }
    if (rc == SQLITE_OK && v->late_rc != SQLITE_OK) {
        rc = v->late_rc;
        v->late_rc = SQLITE_OK;
    }
    return rc;
}

/* write_out where no error can be returned: the error waits for the next method. */
static void write_out_later(struct vfs_file *v)
{
    int rc = v && v->held ? write_out(v) : SQLITE_OK;
    if (rc != SQLITE_OK)
        v->late_rc = rc;
}

/* What the database's connection does with its log's index (the shared memory that tells
 * every connection which frames the log holds, and how much of it is in the file) follows
 * the writes before it: a database's own and its log's are written out first.  And what was
 * read ahead of the log is dropped: between two uses of the index another connection may
 * start the log again from its beginning. */
static void before_index(struct vfs_file *v)
{
    write_out_later(v);
    write_out_later(v->log);
    if (v->log)
        v->log->ahead_n = 0;
}

static int file_close(sqlite3_file *f)
{
    struct vfs_file *v = (struct vfs_file *)f;
    int rc = write_out(v);
    int closed = v->real->pMethods->xClose(v->real);
    rc = rc != SQLITE_OK ? rc : closed;
    store_vfs_let_go(v->shared);
    v->shared = NULL;
    free(v->hold);
    free(v->ahead);
    v->hold = v->ahead = NULL;
    if (v->db)
        v->db->log = NULL;
    if (v->log)
        v->log->db = NULL;
    v->db = v->log = NULL;
    return rc;
}

/* Whether the n bytes at `at` and the len bytes at `from` share one. */
static int overlap(sqlite3_int64 at, int n, sqlite3_int64 from, size_t len)
{
    return len && at < from + (sqlite3_int64)len && from < at + n;
}

/* Whether the n bytes at `at` all lie within the len bytes at `from`. */
static int within(sqlite3_int64 at, int n, sqlite3_int64 from, size_t len)
{
    return len && at >= from && at + n <= from + (sqlite3_int64)len;
}

/* Writes the n bytes at `at` into what was read ahead, where they fall in it. */
static void read_ahead_write(struct vfs_file *v, const void *buf, int n, sqlite3_int64 at)
{
    sqlite3_int64 from = at > v->ahead_at ? at : v->ahead_at;
    sqlite3_int64 end = v->ahead_at + (sqlite3_int64)v->ahead_n;
    end = at + n < end ? at + n : end;
    memcpy(v->ahead + (from - v->ahead_at), (const char *)buf + (from - at), (size_t)(end - from));
}

/* A read within the bytes held back is copied from them; one that shares only some of them
 * writes them out first.  A read of a log within what was read ahead is copied from it; one
 * that follows the last (at most a frame's header after it) reads READ_AHEAD bytes first,
 * unless the log ends before them. */
static int file_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 at)
{
    struct vfs_file *v = (struct vfs_file *)f;
    if (v->late_rc == SQLITE_OK && within(at, n, v->held_at, v->held)) {
        memcpy(buf, v->hold + (at - v->held_at), (size_t)n);
        return SQLITE_OK;
    }
    int rc = v->late_rc != SQLITE_OK || overlap(at, n, v->held_at, v->held) ? write_out(v)
                                                                            : SQLITE_OK;
    if (rc != SQLITE_OK)
        return rc;
    int follows = at >= v->read_end && at - v->read_end <= FRAME_HEADER;
    v->read_end = at + n;
    if (v->db && within(at, n, v->ahead_at, v->ahead_n)) {
        memcpy(buf, v->ahead + (at - v->ahead_at), (size_t)n);
        return SQLITE_OK;
    }
    if (v->db && follows && n <= READ_AHEAD && (v->ahead || (v->ahead = malloc(READ_AHEAD)))) {
        v->ahead_n = 0;
        if (overlap(at, READ_AHEAD, v->held_at, v->held) && (rc = write_out(v)) != SQLITE_OK)
            return rc; /* what is read ahead must hold what was written */
        if (v->real->pMethods->xRead(v->real, v->ahead, READ_AHEAD, at) == SQLITE_OK) {
            v->ahead_at = at;
            v->ahead_n = READ_AHEAD;
            memcpy(buf, v->ahead, (size_t)n);
            return SQLITE_OK;
        }
    }
    return v->real->pMethods->xRead(v->real, buf, n, at);
}

/* A write that continues the bytes held back, or falls within them, joins them while they
 * fit; any other is written after them. */
static int file_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 at)
{
    struct vfs_file *v = (struct vfs_file *)f;
    if (overlap(at, n, v->ahead_at, v->ahead_n))
        read_ahead_write(v, buf, n, at);
    if (v->hold) {
        sqlite3_int64 end = v->held_at + (sqlite3_int64)v->held;
        if (within(at, n, v->held_at, v->held)) {
            memcpy(v->hold + (at - v->held_at), buf, (size_t)n);
            return SQLITE_OK;
        }
        if (v->held && at == end && v->held + (size_t)n <= WRITE_BEHIND) {
            memcpy(v->hold + v->held, buf, (size_t)n);
            v->held += (size_t)n;
            return SQLITE_OK;
        }
        int rc = write_out(v);
        if (rc != SQLITE_OK)
            return rc;
        if ((size_t)n < WRITE_BEHIND) {
            memcpy(v->hold, buf, (size_t)n);
            v->held = (size_t)n;
            v->held_at = at;
            return SQLITE_OK;
        }
    }
    return write_now(v, buf, n, at);
}

static int file_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    struct vfs_file *v = (struct vfs_file *)f;
    int rc = write_out(v);
    v->from = v->to;
    v->ahead_n = 0;
    return rc != SQLITE_OK ? rc : v->real->pMethods->xTruncate(v->real, size);
}

static int file_sync(sqlite3_file *f, int flags)
{
    struct vfs_file *v = (struct vfs_file *)f;
    int rc = write_out(v);
    v->from = v->to; /* the sync writes them all */
    return rc != SQLITE_OK ? rc : v->real->pMethods->xSync(v->real, flags);
}

static int file_size(sqlite3_file *f, sqlite3_int64 *size)
{
    int rc = write_out((struct vfs_file *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int file_lock(sqlite3_file *f, int level)
{
    int rc = write_out((struct vfs_file *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xLock(REAL(f), level);
}

static int file_unlock(sqlite3_file *f, int level)
{
    int rc = write_out((struct vfs_file *)f);
    int unlocked = REAL(f)->pMethods->xUnlock(REAL(f), level);
    return rc != SQLITE_OK ? rc : unlocked;
}

static int file_reserved(sqlite3_file *f, int *out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int file_control(sqlite3_file *f, int op, void *arg)
{
    int rc = write_out((struct vfs_file *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int file_sector(sqlite3_file *f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int file_traits(sqlite3_file *f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int file_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, out);
}

static int file_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    before_index((struct vfs_file *)f);
    return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}

static void file_shm_barrier(sqlite3_file *f)
{
    before_index((struct vfs_file *)f);
    REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int file_shm_unmap(sqlite3_file *f, int delete_flag)
{
    before_index((struct vfs_file *)f);
    return REAL(f)->pMethods->xShmUnmap(REAL(f), delete_flag);
}

static int file_fetch(sqlite3_file *f, sqlite3_int64 at, int n, void **out)
{
    int rc = write_out((struct vfs_file *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFetch(REAL(f), at, n, out);
}

static int file_unfetch(sqlite3_file *f, sqlite3_int64 at, void *p)
{
    return REAL(f)->pMethods->xUnfetch(REAL(f), at, p);
}

/* Version 3, as the files of SQLite's unix VFS (shared memory for the log, memory maps). */
const sqlite3_io_methods store_vfs_methods = {
    3,           file_close,    file_read,     file_write,   file_truncate, file_sync,
    file_size,   file_lock,     file_unlock,   file_reserved, file_control, file_sector,
    file_traits, file_shm_map,  file_shm_lock, file_shm_barrier, file_shm_unmap, file_fetch,
    file_unfetch};
