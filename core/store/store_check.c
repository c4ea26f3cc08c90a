/* store_check.c — whether a database is sound: PRAGMA quick_check (run beside the first write
 * of a connection by store_check_async.c, refusing to write into a damaged file), and
 * `check-db`'s full examination:
 * integrity_check, foreign_key_check, the paridx marker and the schema version.
 * Uses: libsqlite3, store_impl.h, migrations.h, i18n.h (messages). */
#include "store.h"

#include <stdio.h>
#include <string.h>

#include "migrations.h"
#include "store_impl.h"
#include "i18n.h"

/* What a damaged file's messages say to do. */

/* SQLite's check messages may span lines and start with "*** in database main ***": makes
 * them one line, without that heading. */
static void one_line(char *text)
{
    static const char heading[] = "*** in database main ***\n";
    if (!strncmp(text, heading, sizeof heading - 1))
        memmove(text, text + sizeof heading - 1, strlen(text + sizeof heading - 1) + 1);
    for (char *p = text; (p = strchr(p, '\n')) != NULL;)
        *p = ';';
}

/* Runs a PRAGMA that lists problems (one "ok" row when there are none).  Each problem's
 * columns, joined by ", ", go to out (when not NULL) and the first also to first.  Returns
 * the number of problems, or -1 with e set when SQLite cannot even run it. */
static long problems(struct store *s, const char *sql, const char *what, FILE *out,
                     char *first, size_t n, struct px_err *e)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s, e, N_("check the database"), rc, sql);
    long found = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *one = (const char *)sqlite3_column_text(st, 0);
        if (sqlite3_column_count(st) == 1 && one && !strcmp(one, "ok"))
            continue;
        char line[1024];
        size_t used = 0;
        line[0] = '\0';
        for (int i = 0; i < sqlite3_column_count(st) && used < sizeof line; i++) {
            const char *col = (const char *)sqlite3_column_text(st, i);
            used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", i ? ", " : "",
                                     col ? col : "NULL");
        }
        one_line(line);
        if (out)
            fprintf(out, "%s: %s: %s\n", s->name, what, line);
        if (!found++ && first)
            snprintf(first, n, "%s", line);
    }
    if (rc != SQLITE_DONE) { /* damaged past what the check itself can read */
        if (out)
            fprintf(out, "%s: %s: %s\n", s->name, what, sqlite3_errmsg(s->db));
        if (!found++ && first)
            snprintf(first, n, "%s", sqlite3_errmsg(s->db));
    }
    sqlite3_finalize(st); /* its code repeats the step's */
    return found;
}

int store_quick_check(struct store *s, struct px_err *e)
{
    char first[512];
    long n = problems(s, "PRAGMA quick_check", "quick_check", NULL, first, sizeof first, e);
    if (n > 0)
        px_err_set(e, PX_DATA, _("%s is damaged (PRAGMA quick_check: %s); nothing was written "
                   "to it: see `paridx check-db --db %s`, and go back to a copy made by "
                   "`paridx backup`"), s->name, first, s->name);
    return n == 0 ? 0 : -1;
}

/* The marker and schema version: 0 or 1 problem, -1 when they cannot be read. */
static long schema_problems(struct store *s, FILE *out, int64_t *version)
{
    static const char *const sql =
        "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'paridx_meta' AND type = 'table'"
        " AND EXISTS (SELECT 1 FROM paridx_meta WHERE key = 'application' AND value = 'paridx')),"
        " user_version FROM pragma_user_version";
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    int marked = 0;
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        marked = sqlite3_column_int(st, 0);
        *version = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st); /* its code repeats the step's */
    if (rc != SQLITE_ROW) { /* e.g. no paridx_meta table at all */
        marked = 0;
        *version = 0;
    }
    if (!marked)
        fprintf(out, _("%s: it is not a paridx database (no paridx marker)\n"), s->name);
    else if (*version > (int64_t)paridx_nmigrations)
        fprintf(out, _("%s: schema version %lld is newer than this paridx knows (%zu)\n"), s->name,
                (long long)*version, paridx_nmigrations);
    return !marked || *version > (int64_t)paridx_nmigrations;
}

long store_check(const char *path, FILE *out, struct px_err *e)
{
    struct store *s = store_connect(path, SQLITE_OPEN_READWRITE, e); /* never creates */
    if (!s)
        return -1;
    int64_t version = 0;
    long found = problems(s, "PRAGMA integrity_check", "integrity_check", out, NULL, 0, e);
    long fk = found < 0 ? -1
                        : problems(s,
                                   "SELECT \"table\" || coalesce(' row ' || rowid, '') || "
                                   "' refers to a missing ' || parent FROM "
                                   "pragma_foreign_key_check",
                                   "foreign_key_check", out, NULL, 0, e);
    long schema = fk < 0 ? -1 : schema_problems(s, out, &version);
    if (schema >= 0) {
        found += fk + schema;
        if (found)
            fprintf(out,
                    ngettext("%s: %ld problem found; go back to a copy made by `paridx backup`\n",
                             "%s: %ld problems found; go back to a copy made by `paridx backup`\n",
                             (unsigned long)found),
                    path, found);
        else
            fprintf(out, _("%s: no problems (integrity_check, foreign_key_check, schema version "
                    "%lld of %zu)\n"), path, (long long)version, paridx_nmigrations);
    }
    store_close(s);
    return schema < 0 ? -1 : found;
}
