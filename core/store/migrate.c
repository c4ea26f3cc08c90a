/* migrate.c — the embedded migrations (migrations.h) applied to an open SQLite connection,
 * inside the caller's transaction: the year that facts from before the years take, then each
 * db/NNN_*.sql from a version on with its PRAGMA user_version.  Shared by store.c (every
 * database it opens) and db/schema_image.c (the image of a new database the build embeds),
 * so both make the same schema.
 * Provides migrations_year(), migrations_apply() (migrations.h).  Uses: libsqlite3. */
#include "migrations.h"

#include <stdio.h>

int migrations_year(sqlite3 *db, int year, char *sql, size_t n)
{
    char value[16] = "NULL";
    if (year)
        snprintf(value, sizeof value, "%d", year);
    snprintf(sql, n, "CREATE TEMP TABLE migrate_year AS SELECT %s AS year", value);
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int migrations_apply(sqlite3 *db, int64_t from, char where[128])
{
    for (int64_t version = from; version < (int64_t)paridx_nmigrations; version++) {
        const struct migration *m = &paridx_migrations[version];
        snprintf(where, 128, "db/%s", m->name); /* named, not printed: it is long */
        int rc = sqlite3_exec(db, m->sql, NULL, NULL, NULL);
        if (rc != SQLITE_OK)
            return rc;
        snprintf(where, 128, "PRAGMA user_version = %lld", (long long)version + 1);
        rc = sqlite3_exec(db, where, NULL, NULL, NULL);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}
