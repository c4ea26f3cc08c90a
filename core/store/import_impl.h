/* import_impl.h — what import.c shares with the files that load one kind of row each
 * (import_fact.c and import_fact_blocks.c, import_evidence.c, import_appraisal.c): the
 * importer, a cell with its place, and the checks every kind uses.
 * Provides struct importer, struct cell, import_* helpers, import_load_fact(),
 * import_fact_store(), import_fact_warn(), import_fact_wait(), import_flush_facts(),
 * import_stop_facts(), import_load_evidence(), import_load_appraisal().
 * Uses: import.h, import_known.h, table.h, re.h. */
#ifndef PARIDX_IMPORT_IMPL_H
#define PARIDX_IMPORT_IMPL_H

#include <stddef.h>

#include "import.h"
#include "import_known.h"
#include "re.h"
#include "table.h"

enum { MAX_COLUMNS = 10 };

/* A cell of a row and its place in the file. */
struct cell {
    const char *text;
    size_t line, column;
};
/* A fact name the dictionary resolved (import.c keeps CODES_KEPT of them, placed by a hash
 * of the name): a file names the same few hundred facts again for every unit. */
enum { CODES_KEPT = 512, CODE_NAME_MAX = 64 };
struct code_kept {
    char name[CODE_NAME_MAX]; /* "" while the slot is free */
    const char *code;
    const void *def;
};

/* One file being imported. */
struct importer {
    struct store *store;
    const struct kind_spec *spec;
    const char *path;
    char *source;      /* "path:line" of the current row */
    size_t line;       /* that line */
    void *seen;        /* tsearch tree of struct seen */
    char *known_unit;  /* the last unit code found known (facts come grouped by unit) */
    struct known *units;  /* every unit, read when a facts import starts; NULL: ask the store */
    struct known *closed; /* the units whose results of the year are closed (facts) */
    const char *closed_at; /* since when the unit of the last fact_lock is closed */
    struct code_kept *codes; /* CODES_KEPT slots, or NULL until a fact is resolved */
    char now[20];      /* when the import started (store_now): deadlines passed are judged by it */
    const struct import_facts *facts; /* the year and checks of facts */
    struct table_reader *reader; /* places the errors as the file is read */
    struct import_pipe *pipe; /* new facts waiting to be inserted (import_fact_blocks.c), or NULL */
};

/* Sets e to "path:line:column: <fmt …>" at the cell (PX_DATA) and returns -1. */
__attribute__((format(printf, 4, 5))) int import_bad(struct importer *im, struct px_err *e,
                                                     const struct cell *at, const char *fmt,
                                                     ...);

/* The refusal of a key met again (shown as `what`), first met on line `first`: -1, e set. */
int import_again(struct importer *im, const char *key, const char *what, size_t first,
                 const struct cell *at, struct px_err *e);

/* "'text'", or "nothing" for an empty cell, for "found …". */
const char *import_found(const struct cell *c, char *buf, size_t n);

/* Checks that key (shown as `what`) appears once in the file; -1 with e set otherwise. */
int import_once(struct importer *im, const char *key, const char *what, const struct cell *at,
                struct px_err *e);

/* Refuses a cell without the shape (name, or the shape's own, in the message). */
int import_check_shape(struct importer *im, enum re_shape shape, const char *name,
                       const struct cell *c, struct px_err *e);

/* 1 when the unit exists in the store (or was written earlier in this file), 0, -1: from
 * im->units when the import read them at its start, else asked of the store. */
int import_unit_exists(struct importer *im, const char *code, struct px_err *e);

/* Refuses the unknown unit code in cell `at` (-1 with e set).  When the code is digits and a
 * unit has the same digits with more leading zeros ("1" for "001"), says Excel dropped them. */
int import_unknown_unit(struct importer *im, const struct cell *at, const char *expected,
                        struct px_err *e);

/* A year cell, when the file has one, must be the year the rows are imported into. */
int import_check_year(struct importer *im, const struct cell *year, struct px_err *e);

/* Loads one row of a facts file (import_fact.c); a new fact may wait to be inserted with the
 * next ones (import_fact_blocks.c), until import_flush_facts. */
int import_load_fact(struct importer *im, const struct cell *cells, struct px_err *e);

/* Checks a fact (its repeat, its value valued -1 refused with why, its lock) and stores it
 * over the one stored, auditing the change: a row that a lock covers or whose value is
 * refused, or a waiting row whose fact the database held already.  0, or -1 with e set. */
int import_fact_store(struct importer *im, const struct cell *unit, const struct cell *fact,
                      const struct cell *value, struct fact_row *row, const struct fact_value *v,
                      int valued, const char *why, int lock, struct px_err *e);

/* Says the warning a fact's value had (valued 1: why) at the value's cell; 0. */
int import_fact_warn(struct importer *im, const struct cell *value, int valued, const char *why);

/* Lets the new fact of the row (its value valued 0, or 1 with a warning in why) wait to be
 * inserted with the next ones (import_fact_blocks.c); a row too long to keep is inserted at
 * once.  0, or -1 with e set. */
int import_fact_wait(struct importer *im, const struct fact_row *row, const struct fact_value *v,
                     const struct cell *fact, const struct cell *value, int valued,
                     const char *why, struct px_err *e);

/* Inserts the facts waiting (after the thread's), then takes alone, in file order, each whose fact was stored
 * already (a repeat is refused at its row).  The database is then this thread's until the
 * next fact waits.  0, or -1 with e set. */
int import_flush_facts(struct importer *im, struct px_err *e);

/* Stops the thread inserting facts, if it runs, and frees what import_load_fact kept. */
void import_stop_facts(struct importer *im);

/* Loads one row of the evidence register (import_evidence.c). */
int import_load_evidence(struct importer *im, const struct cell *cells, struct px_err *e);

/* Loads one row of an appraisals file (import_appraisal.c). */
int import_load_appraisal(struct importer *im, const struct cell *cells, struct px_err *e);

#endif
