/* fileio.c — whole-file helpers (see fileio.h). */
#include "fileio.h"
#include "i18n.h"

#include <errno.h>
#include <sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *file_read(const char *path, size_t *len, struct px_err *e)
{
    return file_read_max(path, SIZE_MAX - 1, len, e);
}

char *file_read_max(const char *path, size_t max, size_t *len, struct px_err *e)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        px_err_at(e, PX_DATA, path, 0, 0, _("cannot open: %s"), strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf && n <= max) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        char *bigger = realloc(buf, cap * 2);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    int failed = !buf || ferror(f);
    fclose(f);
    if (failed || n > max) {
        free(buf);
        if (failed)
            px_err_at(e, PX_SYSTEM, path, 0, 0, _("cannot read"));
        else
            px_err_at(e, PX_DATA, path, 0, 0, _("larger than %zu MiB, the most paridx reads from "
                                                "such "
                      "a file"), max >> 20);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

int file_sha256(const char *path, char out[65], struct px_err *e)
{
    if (!SHA256File(path, out)) {
        px_err_at(e, PX_DATA, path, 0, 0, _("cannot read: %s"), strerror(errno));
        return -1;
    }
    return 0;
}

void sha256_hex(const void *data, size_t len, char out[65])
{
    SHA256Data(data, len, out);
}
