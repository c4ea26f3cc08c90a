/* import.h — loading CSV files exported from Excel into the store: units, agencies, facts.
 * One file is one transaction: any bad row rejects the whole file and the database is
 * exactly as before.  Every stored row remembers "file:line" and the import it came from.
 * Provides import_*.  Uses: csv.h, fact.h, re.h, store.h, fileio.h. */
#ifndef PARIDX_IMPORT_H
#define PARIDX_IMPORT_H

#include "csv.h"
#include "diag.h"
#include "store.h"

enum import_kind { IMPORT_UNITS, IMPORT_AGENCIES, IMPORT_FACTS };

/* "units", "agencies", "facts" → kind; -1 when unknown. */
int import_kind_from_name(const char *name, enum import_kind *out);
const char *import_kind_name(enum import_kind kind);

/* What an import did. */
struct import_result {
    long rows;        /* rows loaded */
    char already[20]; /* "YYYY-MM-DD HH:MM:SS" when the same file (sha256) was imported then and
                       * the database still holds what it says: nothing was changed or
                       * recorded; "" otherwise */
};

/* Header of each kind (first row; names matched case- and diacritics-insensitively, any order):
 *   units:    code (mã), name (tên), kind (loại), parent (cấp trên, optional)
 *   agencies: code (mã), name (tên)
 *   facts:    unit (đơn vị), fact (dữ kiện), value (giá trị), note (ghi chú, optional)
 * A unit's parent must exist and must not be under the unit (no cycles, across files too).
 * opt gives the file's caps and encoding (NULL: csv_defaults()).
 * Returns 0 with *r filled, or -1 with e set ("path:line:column: expected …, found …",
 * PX_DATA) and nothing changed. */
int import_file(struct store *s, enum import_kind kind, const char *path,
                const struct csv_options *opt, struct import_result *r, struct px_err *e);

/* Imports dir/units.csv, dir/agencies.csv and dir/facts.csv, those that exist, in that order
 * (a rule file's bundled example).  0, or -1 with e set by the first file that failed. */
int import_example(struct store *s, const char *dir, struct px_err *e);

#endif
