/* import_known.c — a set of codes read once from the database (see import_known.h): the
 * codes and texts copied into chunks of text that never move, their pointers in an array
 * kept in code order, searched by halves (sorted_first).
 * Uses: import_known.h, store.h (store_known), sorted.h, vec.h, i18n.h (messages). */
#include "import_known.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "sorted.h"
#include "vec.h"

enum { CHUNK_TEXT = 1 << 16 };

/* Text the codes are copied into; a new chunk when the last is full. */
struct chunk {
    struct chunk *next; /* the chunk filled before */
    size_t used, size;
    char text[];
};

struct known {
    struct known_code *codes;
    size_t n, cap;
    struct chunk *chunks; /* the one being filled first */
};

/* A copy of text (NULL stays NULL) in k's chunks; NULL when out of memory (*failed set). */
static const char *keep(struct known *k, const char *text, int *failed)
{
    if (!text)
        return NULL;
    size_t len = strlen(text) + 1;
    struct chunk *c = k->chunks;
    if (!c || c->size - c->used < len) {
        size_t size = len > CHUNK_TEXT ? len : CHUNK_TEXT;
        if (!(c = malloc(offsetof(struct chunk, text) + size))) {
            *failed = 1;
            return NULL;
        }
        *c = (struct chunk){.next = k->chunks, .size = size};
        k->chunks = c;
    }
    char *copy = memcpy(c->text + c->used, text, len);
    c->used += len;
    return copy;
}

/* store_known's callback: adds a code (non-zero when out of memory). */
static int add(void *ud, const char *code, const char *text)
{
    struct known *k = ud;
    int failed = 0;
    struct known_code c = {keep(k, code, &failed), keep(k, text, &failed)};
    return failed || VEC_PUSH(k->codes, k->n, k->cap, c) != 0;
}

struct known *known_read(struct store *s, enum store_known what, int year, struct px_err *e)
{
    struct known *k = calloc(1, sizeof *k);
    if (!k) {
        px_err_set(e, PX_SYSTEM, _("out of memory"));
        return NULL;
    }
    if (store_known(s, what, year, add, k, e) == 0)
        return k;
    known_free(k);
    return NULL;
}

const struct known_code *known_find(const struct known *k, const char *code)
{
    size_t at = sorted_first(k->codes, k->n, sizeof *k->codes, offsetof(struct known_code, code),
                             code);
    return at < k->n && strcmp(k->codes[at].code, code) == 0 ? &k->codes[at] : NULL;
}

void known_free(struct known *k)
{
    if (!k)
        return;
    for (struct chunk *c = k->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(k->codes);
    free(k);
}
