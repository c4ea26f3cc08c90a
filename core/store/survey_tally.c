/* survey_tally.c — the counts of an import of answers, held in an open-addressing hash table
 * until they are added to survey_tally (see survey_tally.h).  A key is the unit, question,
 * group and option, each NUL-terminated, one after the other, kept in one buffer.  The table
 * starts small and doubles as keys come (at most three quarters of its slots used), so that
 * a file's few thousand counts stay in the processor's caches instead of being spread over
 * every page of the largest table; it is written out when it holds SURVEY_TALLY_KEYS keys or
 * KEY_BYTES of them (or cannot grow), and a key longer than KEY_MAX goes to the database at
 * once.
 * Uses: store_survey.h (store_tally_add). */
#include "survey_tally.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    KEY_MAX = 256,
    SLOTS_FIRST = 1024, /* a power of two, as every size after it (at most 2 * SURVEY_TALLY_KEYS) */
    KEY_BYTES_FIRST = 16 * 1024,
    KEY_BYTES = 32 * SURVEY_TALLY_KEYS
};

struct slot {
    long n;        /* answers counted; 0: empty */
    uint32_t hash;
    uint32_t at;   /* where its key starts in keys, and its bytes */
    uint32_t len;
};

/* A used slot's key, for sorting them before they are written. */
struct sorted_key {
    const char *key;
    uint32_t len, slot;
};

struct survey_tally {
    int year;
    size_t nused, nbytes;
    size_t nslots;             /* slots held: a power of two */
    size_t key_room;           /* bytes keys holds, at most KEY_BYTES */
    struct slot *slots;
    uint32_t *used;            /* the slots in use, in the order they were filled (usable) */
    struct sorted_key *sorted; /* the used slots in key order, when written (usable) */
    char *keys;                /* the keys of the slots in use, one after the other */
};

/* The keys a table of n slots holds before it grows: three quarters, and no more than
 * SURVEY_TALLY_KEYS, so that it never grows past the first size that holds them all. */
static size_t usable(size_t n)
{
    return n / 4 * 3 < SURVEY_TALLY_KEYS ? n / 4 * 3 : SURVEY_TALLY_KEYS;
}

struct survey_tally *survey_tally_new(int year)
{
    struct survey_tally *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    *t = (struct survey_tally){.year = year, .nslots = SLOTS_FIRST, .key_room = KEY_BYTES_FIRST,
                               .slots = calloc(SLOTS_FIRST, sizeof *t->slots),
                               .used = malloc(usable(SLOTS_FIRST) * sizeof *t->used),
                               .sorted = malloc(usable(SLOTS_FIRST) * sizeof *t->sorted),
                               .keys = malloc(KEY_BYTES_FIRST)};
    if (!t->slots || !t->used || !t->sorted || !t->keys) {
        survey_tally_free(t);
        return NULL;
    }
    return t;
}

void survey_tally_free(struct survey_tally *t)
{
    if (!t)
        return;
    free(t->slots);
    free(t->used);
    free(t->sorted);
    free(t->keys);
    free(t);
}

/* FNV-1a over the key's bytes. */
static uint32_t hash_of(const char *key, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h;
}

/* The first empty slot on hash h's path in a table of n slots (n a power of two). */
static size_t empty_slot(const struct slot *slots, size_t n, uint32_t h)
{
    size_t at = h & (n - 1);
    while (slots[at].n)
        at = (at + 1) & (n - 1);
    return at;
}

/* Twice the slots, every used one moved to its place among them.  0, or -1 (out of memory:
 * the table is as it was). */
static int more_slots(struct survey_tally *t)
{
    size_t n = 2 * t->nslots;
    struct slot *slots = calloc(n, sizeof *slots);
    uint32_t *used = realloc(t->used, usable(n) * sizeof *used);
    if (used)
        t->used = used;
    struct sorted_key *sorted = used ? realloc(t->sorted, usable(n) * sizeof *sorted) : NULL;
    if (sorted)
        t->sorted = sorted;
    if (!slots || !sorted) {
        free(slots);
        return -1;
    }
    for (size_t i = 0; i < t->nused; i++) {
        const struct slot *sl = &t->slots[t->used[i]];
        size_t at = empty_slot(slots, n, sl->hash);
        slots[at] = *sl;
        t->used[i] = (uint32_t)at;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
    return 0;
}

/* Room for one more key of len bytes, the table grown if it must.  0, or -1 when it holds
 * all it may (or cannot grow): it must be written out first. */
static int room_for(struct survey_tally *t, size_t len)
{
    if (t->nused == SURVEY_TALLY_KEYS || t->nbytes + len > KEY_BYTES)
        return -1;
    if (t->nused == usable(t->nslots) && more_slots(t) != 0)
        return -1;
    size_t room = t->key_room;
    while (t->nbytes + len > room)
        room *= 2;
    if (room != t->key_room) {
        char *keys = realloc(t->keys, room);
        if (!keys)
            return -1;
        t->keys = keys;
        t->key_room = room;
    }
    return 0;
}

/* The four parts of a slot's key as a tally row of n answers. */
static struct tally_row row_of(const struct survey_tally *t, const struct slot *sl)
{
    const char *p[4] = {t->keys + sl->at};
    for (int i = 1; i < 4; i++)
        p[i] = p[i - 1] + strlen(p[i - 1]) + 1;
    return (struct tally_row){p[0], p[1], p[2], p[3], sl->n};
}

/* Orders two used slots by their keys' bytes: the order of survey_tally's key (the year is
 * the table's), since each part ends in a NUL that sorts before any of its characters. */
static int key_order(const void *a, const void *b)
{
    const struct sorted_key *x = a, *y = b;
    int c = memcmp(x->key, y->key, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

int survey_tally_flush(struct survey_tally *t, struct store *s, struct px_err *e)
{
    /* In the key's order each count goes after the one before it in survey_tally's tree, and
     * SQLite's search for its place starts on the page it wrote last instead of the root:
     * 107 M → 78 M instructions to write the 12,711 counts of 30,000 answers. */
    for (size_t i = 0; i < t->nused; i++) {
        const struct slot *sl = &t->slots[t->used[i]];
        t->sorted[i] = (struct sorted_key){t->keys + sl->at, sl->len, t->used[i]};
    }
    qsort(t->sorted, t->nused, sizeof *t->sorted, key_order);
    struct tally_row rows[TALLIES_PER_STATEMENT];
    size_t n = 0;
    for (size_t i = 0; i < t->nused; i++) {
        struct slot *sl = &t->slots[t->sorted[i].slot];
        rows[n++] = row_of(t, sl);
        sl->n = 0;
        if ((n == TALLIES_PER_STATEMENT || i + 1 == t->nused) &&
            store_tally_add(s, rows, n, t->year, e) != 0)
            return -1;
        n = n == TALLIES_PER_STATEMENT ? 0 : n;
    }
    t->nused = t->nbytes = 0;
    return 0;
}

int survey_tally_count(struct survey_tally *t, struct store *s, const struct tally_row *answer,
                       struct px_err *e)
{
    const char *const part[4] = {answer->unit, answer->question, answer->group, answer->option};
    char key[KEY_MAX];
    size_t len = 0;
    for (int i = 0; i < 4; i++) {
        size_t n = strlen(part[i]) + 1;
        if (len + n > KEY_MAX) {
            if (!s)
                return 1;
            struct tally_row one = *answer;
            one.n = 1;
            return store_tally_add(s, &one, 1, t->year, e);
        }
        memcpy(key + len, part[i], n);
        len += n;
    }
    uint32_t h = hash_of(key, len);
    for (size_t at = h & (t->nslots - 1);; at = (at + 1) & (t->nslots - 1)) {
        struct slot *sl = &t->slots[at];
        if (!sl->n)
            break;
        if (sl->hash == h && sl->len == len && !memcmp(t->keys + sl->at, key, len)) {
            sl->n++;
            return 0;
        }
    }
    if (room_for(t, len) != 0) {
        if (!s)
            return 1;
        if (survey_tally_flush(t, s, e) != 0)
            return -1;
    }
    size_t at = empty_slot(t->slots, t->nslots, h); /* the table may have grown or emptied */
    t->slots[at] = (struct slot){1, h, (uint32_t)t->nbytes, (uint32_t)len};
    memcpy(t->keys + t->nbytes, key, len);
    t->nbytes += len;
    t->used[t->nused++] = (uint32_t)at;
    return 0;
}
