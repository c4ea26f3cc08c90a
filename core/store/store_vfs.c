/* store_vfs.c — the files of every paridx connection, opened through SQLite's own VFS with
 * two changes.  First, consecutive writes to a database or its write-ahead log are held back
 * and made WRITE_BEHIND bytes at a time: SQLite writes each frame of the log as its 24-byte
 * header and then its page, and the checkpoint each page alone (a 1,000-unit import made
 * 5,000 such calls, 10 µs each on a virtual machine; 160 → 134 ms).  What is held is written
 * before any other use of the file, and before the connection touches the log's index, so
 * no connection is told of frames that are not in the file.  Second, while SQLite writes a
 * database or its log, every HAND_OVER bytes it has written are handed to the disk at once
 * (Linux's sync_file_range, SYNC_FILE_RANGE_WRITE), so the sync that ends a commit or a
 * checkpoint waits for the last of them, not for all.  A 1,000-unit import writes 7 MB to the
 * log at its commit and again into the file at the checkpoint, and each sync waited 8–16 ms
 * for them; handed over as they are written, about 1 ms (the import: 187 → 157 ms, medians
 * of 21 alternating runs).
 * The disk is told through a descriptor of our own, one per file (device and inode) shared
 * by every connection of this process that has the file open, and closed with the last of
 * them: closing any descriptor of a file drops every POSIX lock the process holds on it,
 * SQLite's included, so ours must not close while a connection has the file.  This VFS is the
 * process's default once a store has been opened, so no connection is missed.  Without
 * sync_file_range (not Linux), or when our descriptor cannot be opened, nothing is handed
 * over early.
 * Provides store_vfs_setup() (store_impl.h).
 * Uses: libsqlite3 (its default VFS), pthread, POSIX open/stat, Linux sync_file_range,
 * i18n.h (messages). */
#define _GNU_SOURCE /* sync_file_range */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "store_impl.h"

/* The bytes written since the last hand-over at which they are handed to the disk (512 KiB:
 * 256 KiB, 512 KiB and 1 MiB gave the same times within the noise). */
enum { HAND_OVER = 1 << 19, OS_PAGE = 4096 };

/* The bytes of consecutive writes held back and written in one (a log's frames are written
 * as a 24-byte header and then the page, two system calls each).  SQLite's unix VFS writes
 * less than 128 KiB at a time. */
enum { WRITE_BEHIND = 1 << 16 };

/* Our descriptor on one file, shared by the connections that have it open. */
struct shared_fd {
    dev_t dev;
    ino_t ino;
    int fd;
    int users;
    struct shared_fd *next;
};

static pthread_mutex_t fds_lock = PTHREAD_MUTEX_INITIALIZER;
static struct shared_fd *fds; /* guarded by fds_lock */

/* A file as this VFS opens it: SQLite's own after it (real, base's szOsFile bytes). */
struct vfs_file {
    sqlite3_file file;
    struct shared_fd *shared; /* NULL: nothing handed to the disk early */
    sqlite3_int64 from, to;   /* the bytes written and not yet handed over (from == to: none) */
    /* Writes held back (a database or log on disk): `held` bytes for the file at `held_at`
     * in hold (WRITE_BEHIND bytes, made at the first write), and the error of writing them
     * out where no error could be returned (said by the next method that can). */
    char *hold;
    size_t held;
    sqlite3_int64 held_at;
    int late_rc;
    struct vfs_file *log, *db; /* a database's log and a log's database, while both are open */
    sqlite3_file real[];
};

static sqlite3_vfs *base; /* SQLite's default VFS, which does the work */
static sqlite3_vfs vfs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int setup_rc = SQLITE_OK;

#define REAL(f) (((struct vfs_file *)(f))->real)

/* The entry of the file (dev, ino), or NULL; fds_lock held. */
static struct shared_fd *find(dev_t dev, ino_t ino)
{
    struct shared_fd *s = fds;
    while (s && (s->dev != dev || s->ino != ino))
        s = s->next;
    return s;
}

/* Our descriptor on the file at path, which SQLite has just opened: the one of its entry, or
 * a new one when no connection has the file open; NULL when none can be had.  A descriptor is
 * closed here only when no connection has its file: if the file was replaced between the
 * look-up and the open, and the new one is open already, ours is left open, unused. */
static struct shared_fd *share_fd(const char *path)
{
#ifdef SYNC_FILE_RANGE_WRITE
    struct stat st, got;
    if (stat(path, &st) != 0)
        return NULL;
    pthread_mutex_lock(&fds_lock);
    struct shared_fd *s = find(st.st_dev, st.st_ino);
    if (s) {
        s->users++;
    } else {
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        int known = fd >= 0 && fstat(fd, &got) == 0;
        int same = known && got.st_dev == st.st_dev && got.st_ino == st.st_ino;
        if (same && (s = malloc(sizeof *s))) {
            *s = (struct shared_fd){st.st_dev, st.st_ino, fd, 1, fds};
            fds = s;
        } else if (fd >= 0 && (!known || same || !find(got.st_dev, got.st_ino))) {
            close(fd);
        }
    }
    pthread_mutex_unlock(&fds_lock);
    return s;
#else
    (void)path;
    return NULL;
#endif
}

/* One connection less on s's file: closed with the last. */
static void let_go(struct shared_fd *s)
{
    if (!s)
        return;
    pthread_mutex_lock(&fds_lock);
    if (--s->users == 0) {
        struct shared_fd **at = &fds;
        while (*at != s)
            at = &(*at)->next;
        *at = s->next;
        close(s->fd);
        free(s);
    }
    pthread_mutex_unlock(&fds_lock);
}

/* ---- the file's methods: SQLite's, with the writes held back and noted --------------- */

/* Notes n bytes written at `at`; once HAND_OVER bytes are waiting in whole pages of the
 * system's, hands those to the disk (a log's frames are not page-aligned: the page a frame
 * ends in is written again by the next, which on a disk that needs stable pages would wait
 * for its write-out). */
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
 * the writes before it: a database's own and its log's are written out first. */
static void before_index(struct vfs_file *v)
{
    write_out_later(v);
    write_out_later(v->log);
}

static int file_close(sqlite3_file *f)
{
    struct vfs_file *v = (struct vfs_file *)f;
    int rc = write_out(v);
    int closed = v->real->pMethods->xClose(v->real);
    rc = rc != SQLITE_OK ? rc : closed;
    let_go(v->shared);
    v->shared = NULL;
    free(v->hold);
    v->hold = NULL;
    if (v->db)
        v->db->log = NULL;
    if (v->log)
        v->log->db = NULL;
    v->db = v->log = NULL;
    return rc;
}

static int file_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 at)
{
    int rc = write_out((struct vfs_file *)f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xRead(REAL(f), buf, n, at);
}

/* A write that continues the bytes held back, or falls within them, joins them while they
 * fit; any other is written after them. */
static int file_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 at)
{
    struct vfs_file *v = (struct vfs_file *)f;
    if (v->hold) {
        sqlite3_int64 end = v->held_at + (sqlite3_int64)v->held;
        if (v->held && at >= v->held_at && at + n <= end) {
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
static const sqlite3_io_methods METHODS = {
    3,           file_close,    file_read,     file_write,   file_truncate, file_sync,
    file_size,   file_lock,     file_unlock,   file_reserved, file_control, file_sector,
    file_traits, file_shm_map,  file_shm_lock, file_shm_barrier, file_shm_unmap, file_fetch,
    file_unfetch};

/* ---- the VFS: SQLite's, with its files wrapped ---------------------------------------- */

static int vfs_open(sqlite3_vfs *self, const char *name, sqlite3_file *f, int flags, int *out)
{
    (void)self;
    struct vfs_file *v = (struct vfs_file *)f;
    *v = (struct vfs_file){.file.pMethods = NULL};
    int rc = base->xOpen(base, name, v->real, flags, out);
    if (!v->real->pMethods)
        return rc; /* nothing opened: SQLite closes nothing */
    if (rc == SQLITE_OK && name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) {
        v->shared = share_fd(name);
        v->hold = malloc(WRITE_BEHIND); /* NULL: each write made at once */
    }
    if (rc == SQLITE_OK && name && (flags & SQLITE_OPEN_WAL)) {
        struct vfs_file *db = (struct vfs_file *)sqlite3_database_file_object(name);
        if (db && db->file.pMethods == &METHODS && !db->log) {
            db->log = v;
            v->db = db;
        }
    }
    v->file.pMethods = &METHODS;
    return rc;
}

static int vfs_delete(sqlite3_vfs *self, const char *name, int sync_dir)
{
    (void)self;
    return base->xDelete(base, name, sync_dir);
}

static int vfs_access(sqlite3_vfs *self, const char *name, int flags, int *out)
{
    (void)self;
    return base->xAccess(base, name, flags, out);
}

static int vfs_full_path(sqlite3_vfs *self, const char *name, int n, char *out)
{
    (void)self;
    return base->xFullPathname(base, name, n, out);
}

static void *vfs_dl_open(sqlite3_vfs *self, const char *name)
{
    (void)self;
    return base->xDlOpen(base, name);
}

static void vfs_dl_error(sqlite3_vfs *self, int n, char *out)
{
    (void)self;
    base->xDlError(base, n, out);
}

static void (*vfs_dl_sym(sqlite3_vfs *self, void *lib, const char *name))(void)
{
    (void)self;
    return base->xDlSym(base, lib, name);
}

static void vfs_dl_close(sqlite3_vfs *self, void *lib)
{
    (void)self;
    base->xDlClose(base, lib);
}

static int vfs_randomness(sqlite3_vfs *self, int n, char *out)
{
    (void)self;
    return base->xRandomness(base, n, out);
}

static int vfs_sleep(sqlite3_vfs *self, int microseconds)
{
    (void)self;
    return base->xSleep(base, microseconds);
}

static int vfs_time(sqlite3_vfs *self, double *out)
{
    (void)self;
    return base->xCurrentTime(base, out);
}

static int vfs_last_error(sqlite3_vfs *self, int n, char *out)
{
    (void)self;
    return base->xGetLastError(base, n, out);
}

static int vfs_time64(sqlite3_vfs *self, sqlite3_int64 *out)
{
    (void)self;
    return base->xCurrentTimeInt64(base, out);
}

static void setup(void)
{
    if (!(base = sqlite3_vfs_find(NULL)) || base->iVersion < 2) {
        setup_rc = SQLITE_ERROR;
        return;
    }
    vfs = (sqlite3_vfs){.iVersion = 2,
                        .szOsFile = (int)sizeof(struct vfs_file) + base->szOsFile,
                        .mxPathname = base->mxPathname,
                        .zName = "paridx",
                        .xOpen = vfs_open,
                        .xDelete = vfs_delete,
                        .xAccess = vfs_access,
                        .xFullPathname = vfs_full_path,
                        .xDlOpen = vfs_dl_open,
                        .xDlError = vfs_dl_error,
                        .xDlSym = vfs_dl_sym,
                        .xDlClose = vfs_dl_close,
                        .xRandomness = vfs_randomness,
                        .xSleep = vfs_sleep,
                        .xCurrentTime = vfs_time,
                        .xGetLastError = vfs_last_error,
                        .xCurrentTimeInt64 = vfs_time64};
    setup_rc = sqlite3_vfs_register(&vfs, 1);
}

int store_vfs_setup(struct px_err *e)
{
    pthread_once(&once, setup);
    if (setup_rc != SQLITE_OK)
        px_err_set(e, PX_SYSTEM, _("cannot set up SQLite's files (%s)"),
                   sqlite3_errstr(setup_rc));
    return setup_rc == SQLITE_OK ? 0 : -1;
}
