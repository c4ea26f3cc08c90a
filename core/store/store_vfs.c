/* store_vfs.c — the files of every paridx connection, opened through SQLite's own VFS with
 * its files' methods wrapped (store_vfs_file.c: a database's and its log's writes held back
 * and made many at a time, a log's reads made ahead, a database's writes handed to the disk
 * as they go).  Here: the VFS, each file opened and a log joined to its database, and the
 * descriptors through which the disk is told, one per file (device and inode) shared by
 * every connection of this process that has the file open, and closed with the last of
 * them: closing any descriptor of a file drops every POSIX lock the process holds on it,
 * SQLite's included, so ours must not close while a connection has the file.  This VFS is the
 * process's default once a store has been opened, so no connection is missed.  Without
 * sync_file_range (not Linux), or when our descriptor cannot be opened, nothing is handed
 * over early.
 * Provides store_vfs_setup() (store_impl.h), store_vfs_let_go() (store_vfs_file.h).
 * Uses: libsqlite3 (its default VFS), pthread, POSIX open/stat, store_vfs_file.h,
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
#include "store_vfs_file.h"

static pthread_mutex_t fds_lock = PTHREAD_MUTEX_INITIALIZER;
static struct shared_fd *fds; /* guarded by fds_lock */

static sqlite3_vfs *base; /* SQLite's default VFS, which does the work */
static sqlite3_vfs vfs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int setup_rc = SQLITE_OK;

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

void store_vfs_let_go(struct shared_fd *s)
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
        /* the log's writes are not handed over: see store_vfs_file.c */
        v->shared = flags & SQLITE_OPEN_MAIN_DB ? share_fd(name) : NULL;
        v->hold = malloc(WRITE_BEHIND); /* NULL: each write made at once */
    }
    if (rc == SQLITE_OK && name && (flags & SQLITE_OPEN_WAL)) {
        struct vfs_file *db = (struct vfs_file *)sqlite3_database_file_object(name);
        if (db && db->file.pMethods == &store_vfs_methods && !db->log) {
            db->log = v;
            v->db = db;
        }
    }
    v->file.pMethods = &store_vfs_methods;
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
