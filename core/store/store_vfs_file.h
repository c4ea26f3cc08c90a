/* store_vfs_file.h — what the two halves of paridx's VFS share (store_vfs.c: the VFS, its
 * files opened and our descriptors on them; store_vfs_file.c: the files' methods): a file as
 * the VFS opens it and the sizes its methods work in.  Private to them.
 * Provides struct shared_fd, struct vfs_file, store_vfs_methods, store_vfs_let_go().
 * Uses: libsqlite3, sys/types.h. */
#ifndef PARIDX_STORE_VFS_FILE_H
#define PARIDX_STORE_VFS_FILE_H

#include <sqlite3.h>
#include <stddef.h>
#include <sys/types.h>

/* The bytes written since the last hand-over at which they are handed to the disk (512 KiB:
 * 256 KiB, 512 KiB and 1 MiB gave the same times within the noise). */
enum { HAND_OVER = 1 << 19, OS_PAGE = 4096 };

/* The bytes of consecutive writes held back and written in one (a log's frames are written
 * as a 24-byte header and then the page, two system calls each).  SQLite's unix VFS writes
 * less than 128 KiB at a time. */
enum { WRITE_BEHIND = 1 << 16 };

/* The bytes of a log read at once when its reads follow one another: a checkpoint reads the
 * frames of pages in the pages' order, which is the log's order for the pages of one commit
 * (SQLite writes them sorted), each page after its frame's 24-byte header. */
enum { READ_AHEAD = 1 << 16, FRAME_HEADER = 24 };

/* Our descriptor on one file, shared by the connections that have it open. */
struct shared_fd {
    dev_t dev;
    ino_t ino;
    int fd;
    int users;
    struct shared_fd *next;
};

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
    /* A log's bytes read ahead (READ_AHEAD at ahead_at, ahead_n of them; 0: none) once its
     * reads follow one another, and where the last read ended. */
    char *ahead;
    size_t ahead_n;
    sqlite3_int64 ahead_at, read_end;
    struct vfs_file *log, *db; /* a database's log and a log's database, while both are open */
    sqlite3_file real[];
};

/* The methods of every file the VFS opens (SQLite's own, wrapped). */
extern const sqlite3_io_methods store_vfs_methods;

/* One connection less on s's file: our descriptor is closed with the last; NULL is fine. */
void store_vfs_let_go(struct shared_fd *s);

#endif
