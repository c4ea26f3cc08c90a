/* fuzz_csv.c — libFuzzer target: the CSV reader on any file.  The first byte picks the
 * encoding (UTF-8, Windows-1258, TCVN3) and whether the caps are tiny (2 rows, 1 MiB), so
 * the converters and the caps are reached too; the rest is the file.  Besides the sanitizers
 * it checks what every record promises: as many fields as the header, each NFC, at a line
 * and column of at least 1, and an error always placed in the file (e.file) with a message.
 * Uses: csv.h, encoding.h, text.h (text_is_nfc), fuzz_file.h. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "fuzz_file.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_record(const struct csv_record *rec, size_t want_fields)
{
    if (rec->nfields != want_fields || rec->line < 1)
        abort();
    for (size_t i = 0; i < rec->nfields; i++)
        if (!text_is_nfc(rec->fields[i]) || rec->lines[i] < rec->line || rec->columns[i] < 1)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    struct csv_options opt = csv_defaults();
    opt.encoding = (enum text_encoding)(data[0] % 3);
    if (data[0] & 0x80) {
        opt.max_rows = 2;
        opt.max_bytes = (size_t)1 << 20;
    }
    const char *path = fuzz_write("input.csv", data + 1, size - 1);
    struct px_err e;
    struct csv_reader *r = csv_open(path, &opt, &e);
    if (!r) {
        if (strcmp(e.file, path) != 0 || !e.msg[0])
            abort();
        return 0;
    }
    struct csv_record rec;
    size_t header = 0;
    int rc;
    while ((rc = csv_next(r, &rec, &e)) == 1) {
        if (!header)
            header = rec.nfields;
        check_record(&rec, header);
    }
    if (rc < 0 && (strcmp(e.file, path) != 0 || !e.msg[0]))
        abort();
    csv_close(r);
    return 0;
}
