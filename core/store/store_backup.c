/* store_backup.c — `paridx backup`: a copy of a database through SQLite's backup API (see
 * store.h).  One step copies every page inside one read transaction, so an import that
 * commits meanwhile is either wholly in the copy or not at all.  A copy that fails is removed.
 * Uses: libsqlite3, store_impl.h, POSIX access() and unlink(), i18n.h (messages). */
#include "store.h"

#include <errno.h>
#include <unistd.h>

#include "store_impl.h"
#include "i18n.h"

long store_backup(const char *path, const char *out, struct px_err *e)
{
    if (access(out, F_OK) == 0 || errno != ENOENT) {
        px_err_set(e, PX_USAGE, _("%s already exists: give a new file name for the copy"), out);
        return -1;
    }
    struct store *from = store_connect(path, SQLITE_OPEN_READWRITE, e); /* no migration */
    if (!from)
        return -1;
    struct store *to = store_connect(out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, e);
    long pages = -1;
    if (to) {
        sqlite3_backup *b = sqlite3_backup_init(to->db, "main", from->db, "main");
        int rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(to->db);
        if (b) {
            pages = sqlite3_backup_pagecount(b);
            int done = sqlite3_backup_finish(b);
            rc = rc == SQLITE_DONE ? done : rc;
        }
        if (rc != SQLITE_OK) {
            store_fail(to, e, N_("copy the database"), rc, "(sqlite3_backup)");
            pages = -1;
        }
        store_close(to);
    }
    store_close(from);
    if (pages < 0 && to)
        (void)unlink(out); /* a partial copy must not pass for a backup */
    return pages;
}
