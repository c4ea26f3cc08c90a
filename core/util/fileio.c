/* fileio.c — whole-file helpers (see fileio.h).  SHA-256 through nettle, which uses the
 * processor's SHA instructions where it has them (libmd's portable code took 10 % of an
 * import of facts and 9 % of the example run). */
#include "fileio.h"
#include "i18n.h"

#include <errno.h>
#include <nettle/base16.h>
#include <nettle/sha2.h>
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

/* The digest of ctx as 64 lowercase hex digits. */
static void digest_hex(struct sha256_ctx *ctx, char out[65])
{
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(ctx, sizeof d, d);
    base16_encode_update(out, sizeof d, d);
    out[BASE16_ENCODE_LENGTH(SHA256_DIGEST_SIZE)] = '\0';
}

int file_sha256(const char *path, char out[65], struct px_err *e)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        px_err_at(e, PX_DATA, path, 0, 0, _("cannot read: %s"), strerror(errno));
        return -1;
    }
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    static uint8_t buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sha256_update(&ctx, n, buf);
    int failed = ferror(f), err = errno;
    fclose(f);
    if (failed) {
        px_err_at(e, PX_DATA, path, 0, 0, _("cannot read: %s"), strerror(err));
        return -1;
    }
    digest_hex(&ctx, out);
    return 0;
}

void sha256_hex(const void *data, size_t len, char out[65])
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    digest_hex(&ctx, out);
}
