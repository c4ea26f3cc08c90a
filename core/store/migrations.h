/* migrations.h — the schema files db/NNN_*.sql, embedded into the binary at build time
 * (CMake generates migrations.c from db/ by db/embed.cmake).
 * Provides paridx_migrations[], paridx_nmigrations. */
#ifndef PARIDX_MIGRATIONS_H
#define PARIDX_MIGRATIONS_H

#include <stddef.h>

struct migration {
    const char *name; /* "001_init.sql" */
    const char *sql;
};

extern const struct migration paridx_migrations[];
extern const size_t paridx_nmigrations;

#endif
