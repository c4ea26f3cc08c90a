/* import_fact.c — loading the rows of a facts file (see import.h): each row is checked (its
 * unit known, its fact in the rule file's dictionary, its value of the fact's kind, the
 * locks), and a new fact free of locks waits with the next ones in a block of BLOCK_ROWS,
 * which a thread inserts FACTS_PER_STATEMENT to a statement while the next block is read
 * (the connection is shared under a lock, statement by statement).  A row whose fact the
 * database held already (from an earlier import, or from an earlier line: a repeat) is then
 * taken alone, in file order, as every row that a lock covers or whose value is refused is
 * at once: the earlier facts written first, its repeat found, its lock judged, the stored
 * value audited and replaced.  Messages, warnings and their order, and what is stored, are
 * the same as one row at a time.
 * Provides import_load_fact(), import_flush_facts(), import_hold_store(), import_stop_facts().
 * Uses: pthread, import_impl.h, store.h (store_add_facts, store_fact_imported, store_put_fact),
 * store_appraisal.h (store_unit_closed), fact.h, calendar.h (dates in messages), i18n.h
 * (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup, stpcpy */
#include "import_impl.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "fact.h"
#include "i18n.h"
#include "store_appraisal.h"

/* The rows a block of new facts holds, and the bytes of text it keeps for them (their unit,
 * fact, note, source and warning). */
enum { BLOCK_ROWS = 32 * FACTS_PER_STATEMENT, BLOCK_TEXT = 1 << 17 };

/* New facts waiting to be inserted, with what their rows need if one is not new. */
struct fact_block {
    size_t n, used;
    struct fact_row rows[BLOCK_ROWS];
    struct fact_value values[BLOCK_ROWS];
    struct {
        struct cell fact, value; /* their places (the texts are the row's) */
        int valued;              /* 1 with a warning in why */
        const char *why;
    } at[BLOCK_ROWS];
    char text[BLOCK_TEXT];
};

/* Two blocks: one the rows are added to while a thread inserts the other, a statement at a
 * time; between statements this thread may have the connection (import_hold_store), which
 * the inserting thread then waits for. */
struct fact_pending {
    struct fact_block blocks[2];
    struct fact_block *filling, *writing; /* writing: the thread's block, while busy */
    int busy;                             /* the thread runs */
    int finishing;                        /* a block's rows are being finished: no flush */
    pthread_t thread;
    pthread_mutex_t lock;  /* guards the two flags below */
    pthread_cond_t turn;   /* signalled when either changes */
    int inserting, wanted; /* the thread is in a statement; this thread holds or waits */
    struct store *store;
    long added;        /* the thread's outcome: facts added, or -1 with e */
    struct px_err e;
};

/* import_once() for a fact, asked of the database instead of a set in memory (a national file holds
 * millions of facts): a fact this import already stored in its transaction was on an earlier
 * line of the file, which its source "path:line" names.  key is "unit/fact" for the message. */
static int fact_once(struct importer *im, const struct fact_row *row, const char *key,
                     const struct cell *at, struct px_err *e)
{
    char source[1024];
    int rc = store_fact_imported(im->store, row, source, sizeof source, e);
    if (rc <= 0)
        return rc;
    const char *colon = strrchr(source, ':');
    return import_again(im, key, _("unit and fact"), colon ? strtoul(colon + 1, NULL, 10) : 0, at, e);
}

/* The slot of im->codes where name is kept when it is (NULL when it is too long to keep or
 * memory ran out: then it is resolved each time, which is only slower). */
static struct code_kept *code_slot(struct importer *im, const char *name)
{
    size_t len = strlen(name);
    if (len >= CODE_NAME_MAX || (!im->codes && !(im->codes = calloc(CODES_KEPT, sizeof *im->codes))))
        return NULL;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    return &im->codes[h % CODES_KEPT];
}

/* The fact's code: the name as written when no dictionary checks it, else the code the
 * dictionary finds for it (a code or a label), its entry in *def; NULL after setting e.
 * What the dictionary found for a name is kept for the rows that repeat it. */
static const char *fact_code(struct importer *im, const struct cell *fact, const void **def,
                             struct px_err *e)
{
    const struct import_facts *f = im->facts;
    char why[700];
    *def = NULL;
    if (!f->ctx)
        return import_check_shape(im, SHAPE_FACT_NAME, NULL, fact, e) ? NULL : fact->text;
    struct code_kept *kept = code_slot(im, fact->text);
    if (kept && kept->name[0] && strcmp(kept->name, fact->text) == 0) {
        *def = kept->def;
        return kept->code;
    }
    const char *code = f->resolve(f->ctx, fact->text, def, why, sizeof why);
    if (!code)
        return import_bad(im, e, fact, "%s", why), NULL;
    if (kept) {
        *kept = (struct code_kept){.code = code, .def = *def};
        memcpy(kept->name, fact->text, strlen(fact->text) + 1); /* fits: code_slot checked */
    }
    return code;
}

/* The value read and checked against the dictionary's entry def: 0, 1 with a warning in why
 * (said by fact_warn once the row is stored), -1 with the refusal in why. */
static int fact_value(struct importer *im, const void *def, const struct cell *value,
                      struct fact_value *v, char *why, size_t n, struct px_err *e)
{
    const struct import_facts *f = im->facts;
    if (fact_parse(value->text, v, e) != 0) {
        snprintf(why, n, "%s", e->msg);
        return -1;
    }
    int rc = f->ctx ? f->check(f->ctx, def, f->year, value->text, v, why, n) : 0;
    return rc < 0 ? -1 : rc > 0;
}

/* Says the warning fact_value found (valued 1) at the value's cell; 0. */
static int fact_warn(struct importer *im, const struct cell *value, int valued, const char *why)
{
    if (valued > 0) {
        struct px_err w;
        px_err_at(&w, PX_DATA, im->path, (int)value->line, (int)value->column, _("warning: %s"),
                  why);
        px_report(&w);
    }
    return 0;
}

/* Whether a lock covers the unit's fact of the year: 1 its results closed (every fact), 2
 * the self-assessment deadline passed (the council's bonus and penalty facts excepted), 0
 * none, -1 on error.  Facts come grouped by unit: the last unit's answer is kept. */
static int fact_lock(struct importer *im, const struct cell *unit, const struct fact_row *row,
                     struct px_err *e)
{
    const struct import_facts *f = im->facts;
    if (!im->closed_unit || strcmp(im->closed_unit, unit->text)) {
        free(im->closed_unit);
        im->closed_unit = NULL;
        import_hold_store(im, 1);
        im->closed = store_unit_closed(im->store, unit->text, f->year, im->closed_at, e);
        import_hold_store(im, 0);
        if (im->closed < 0)
            return -1;
        im->closed_unit = strdup(unit->text); /* only a cache: NULL is fine */
    }
    if (im->closed)
        return 1;
    return f->self_due && strncmp(im->now, f->self_due, 10) > 0 &&
                   !(f->council && f->council(f->model, row->name))
               ? 2
               : 0;
}

/* When a lock covers the fact (fact_lock), a row that would change it — a stored value or
 * note, or any fact of closed results — is refused (-1, e placed at the value) unless the
 * import is forced, which marks the row forced (1).  0 when nothing is locked. */
static int fact_locked(struct importer *im, const struct cell *unit, const struct cell *value,
                       struct fact_row *row, const struct fact_value *v, int lock,
                       struct px_err *e)
{
    const struct import_facts *f = im->facts;
    char vn[11];
    if (!lock)
        return 0;
    int changes = store_fact_changes(im->store, row, v, e);
    if (changes <= 0 || (lock == 2 && changes == 1))
        return changes < 0 ? -1 : 0; /* a first value after the deadline is late, not a change */
    if (f->force)
        return row->forced = 1;
    if (lock == 1)
        return import_bad(im, e, value, _("the results of unit %s for %d were closed on %s: changing %s "
                   "needs --force, which the audit log records"), unit->text, f->year,
                   date_vn_of(im->closed_at, vn), row->name);
    return import_bad(im, e, value, _("the self-assessment of %d closed on %s: a late change of %s of "
               "unit %s needs --force, which the audit log records"), f->year,
               date_vn_of(f->self_due, vn), row->name, unit->text);
}

/* Checks a fact (its repeat, its value, its lock) and stores it over the one stored, auditing
 * the change: a row that a lock covers or whose value is refused, or a waiting row whose fact
 * the database held already.  0, or -1 with e set. */
static int fact_store(struct importer *im, const struct cell *unit, const struct cell *fact,
                      const struct cell *value, struct fact_row *row, const struct fact_value *v,
                      int valued, const char *why, int lock, struct px_err *e)
{
    char key[300];
    snprintf(key, sizeof key, "%s/%s", row->unit, row->name);
    if (fact_once(im, row, key, fact, e))
        return -1;
    if (valued < 0)
        return import_bad(im, e, value, "%s", why);
    fact_warn(im, value, valued, why);
    if (fact_locked(im, unit, value, row, v, lock, e) < 0)
        return -1;
    return store_put_fact(im->store, row, v, e);
}

/* Whether the waiting row is the one that stored its fact (not a fact stored before it): 1, 0,
 * or -1 with e set. */
static int stored_by(struct importer *im, const struct fact_row *row, struct px_err *e)
{
    char source[1024];
    int rc = store_fact_imported(im->store, row, source, sizeof source, e);
    return rc <= 0 ? rc : strcmp(source, row->source) == 0;
}

/* Takes the rows of block b after its insert (added facts of its b->n): each that stored
 * its fact says its warning; each whose fact was stored already is taken alone (fact_store).
 * The block is empty afterwards.  0, or -1 with e set. */
static int finish_block(struct importer *im, struct fact_block *b, long added, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    int rc = added < 0 ? -1 : 0;
    p->finishing = 1; /* a refusal here must not write the rows after it */
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        int own = (size_t)added == b->n ? 1 : added ? stored_by(im, &b->rows[i], e) : 0;
        struct cell unit = {b->rows[i].unit, b->at[i].fact.line, 1};
        rc = own < 0 ? -1
             : own   ? fact_warn(im, &b->at[i].value, b->at[i].valued, b->at[i].why)
                     : fact_store(im, &unit, &b->at[i].fact, &b->at[i].value, &b->rows[i],
                                  &b->values[i], b->at[i].valued, b->at[i].why, 0, e);
    }
    p->finishing = 0;
    b->n = b->used = 0;
    return rc;
}

/* The thread: inserts p->writing a statement at a time, holding the lock for each. */
static void *insert_block(void *arg)
{
    struct fact_pending *p = arg;
    const struct fact_block *b = p->writing;
    long added = 0;
    for (size_t done = 0; done < b->n && added >= 0; done += FACTS_PER_STATEMENT) {
        size_t n = b->n - done < FACTS_PER_STATEMENT ? b->n - done : FACTS_PER_STATEMENT;
        pthread_mutex_lock(&p->lock);
        while (p->wanted)
            pthread_cond_wait(&p->turn, &p->lock);
        p->inserting = 1;
        pthread_mutex_unlock(&p->lock);
        long got = store_add_facts(p->store, b->rows + done, b->values + done, n, &p->e);
        pthread_mutex_lock(&p->lock);
        p->inserting = 0;
        pthread_cond_broadcast(&p->turn);
        pthread_mutex_unlock(&p->lock);
        added = got < 0 ? -1 : added + got;
    }
    p->added = added;
    return NULL;
}

/* Waits for the thread's block and finishes it (finish_block).  0, or -1 with e set. */
static int wait_block(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (!p || !p->busy)
        return 0;
    pthread_join(p->thread, NULL);
    p->busy = 0;
    if (p->added < 0)
        *e = p->e;
    return finish_block(im, p->writing, p->added, e);
}

void import_hold_store(struct importer *im, int hold)
{
    struct fact_pending *p = im->pending;
    if (!p || !p->busy)
        return;
    pthread_mutex_lock(&p->lock);
    p->wanted = hold;
    while (hold && p->inserting) /* the statement under way ends first */
        pthread_cond_wait(&p->turn, &p->lock);
    if (!hold)
        pthread_cond_broadcast(&p->turn);
    pthread_mutex_unlock(&p->lock);
}

int import_flush_facts(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (!p || p->finishing)
        return 0;
    if (wait_block(im, e))
        return -1;
    struct fact_block *b = p->filling;
    return b->n ? finish_block(im, b, store_add_facts(im->store, b->rows, b->values, b->n, e), e)
                : 0;
}

void import_stop_facts(struct importer *im)
{
    struct fact_pending *p = im->pending;
    if (!p)
        return;
    if (p->busy)
        pthread_join(p->thread, NULL); /* after a fault: its outcome no longer matters */
    pthread_cond_destroy(&p->turn);
    pthread_mutex_destroy(&p->lock);
    free(p);
    im->pending = NULL;
}

/* Hands the full block to the thread (once it is done with the other) and fills the other;
 * without a thread, inserts it here.  0, or -1 with e set. */
static int hand_off(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (wait_block(im, e))
        return -1;
    p->writing = p->filling;
    p->filling = p->filling == &p->blocks[0] ? &p->blocks[1] : &p->blocks[0];
    if (pthread_create(&p->thread, NULL, insert_block, p) == 0) {
        p->busy = 1;
        return 0;
    }
    p->filling = p->writing;
    return import_flush_facts(im, e);
}

/* A copy of text among the block's (room checked by the caller). */
static const char *keep(struct fact_block *b, const char *text)
{
    char *copy = b->text + b->used;
    b->used = (size_t)(stpcpy(copy, text) - b->text) + 1;
    return copy;
}

/* The importer's blocks, made on the first new fact; NULL after setting e. */
static struct fact_pending *pending(struct importer *im, struct px_err *e)
{
    struct fact_pending *p = im->pending;
    if (p)
        return p;
    if (!(p = calloc(1, sizeof *p)) || pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return NULL;
    }
    if (pthread_cond_init(&p->turn, NULL) != 0) {
        pthread_mutex_destroy(&p->lock);
        free(p);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return NULL;
    }
    p->filling = &p->blocks[0];
    p->store = im->store;
    return im->pending = p;
}

/* Lets the new fact of the row wait for the next ones (those before it handed on first when
 * there is no room); a row too long to keep is inserted at once.  0, or -1 with e set. */
static int fact_wait(struct importer *im, const struct fact_row *row, const struct fact_value *v,
                     const struct cell *fact, const struct cell *value, int valued,
                     const char *why, struct px_err *e)
{
    struct fact_pending *p = pending(im, e);
    if (!p)
        return -1;
    size_t need = strlen(row->unit) + strlen(row->name) + (row->note ? strlen(row->note) : 0) +
                  strlen(row->source) + (valued > 0 ? strlen(why) : 0) + 5;
    if (p->filling->n && (p->filling->n == BLOCK_ROWS || need > BLOCK_TEXT - p->filling->used) &&
        hand_off(im, e))
        return -1;
    struct fact_block *b = p->filling;
    int alone = need > BLOCK_TEXT - b->used; /* too long to keep: inserted at once, uncopied */
    size_t i = b->n++;
    b->rows[i] = alone ? *row
                       : (struct fact_row){keep(b, row->unit), keep(b, row->name), row->year,
                                           row->note ? keep(b, row->note) : NULL,
                                           keep(b, row->source), 0};
    b->values[i] = *v;
    b->at[i].fact = (struct cell){b->rows[i].name, fact->line, fact->column};
    b->at[i].value = (struct cell){"", value->line, value->column};
    b->at[i].valued = valued;
    b->at[i].why = valued > 0 ? alone ? why : keep(b, why) : NULL;
    return alone ? import_flush_facts(im, e) : 0;
}

/* A fact not stored yet and free of locks waits to be added with the next ones (fact_wait);
 * otherwise, once the waiting ones are written, the stored one is looked up for the repeat
 * check, the lock and the audit, and replaced (fact_store). */
int import_load_fact(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *unit = &c[0], *fact = &c[1], *value = &c[2], *note = &c[3];
    char why[sizeof e->msg];
    int known = import_unit_exists(im, unit->text, e);
    if (known < 0)
        return -1;
    if (!known)
        return import_unknown_unit(im, unit, _("a known unit code (see units)"), e);
    const void *def = NULL;
    const char *code = import_check_year(im, &c[4], e) ? NULL : fact_code(im, fact, &def, e);
    if (!code)
        return -1;
    struct fact_value v;
    struct fact_row row = {unit->text, code, im->facts->year, note->text[0] ? note->text : NULL,
                           im->source, 0};
    int valued = fact_value(im, def, value, &v, why, sizeof why, e);
    int lock = fact_lock(im, unit, &row, e);
    if (lock < 0)
        return -1;
    if (valued >= 0 && !lock)
        return fact_wait(im, &row, &v, fact, value, valued, why, e);
    if (import_flush_facts(im, e))
        return -1;
    return fact_store(im, unit, fact, value, &row, &v, valued, why, lock, e);
}
