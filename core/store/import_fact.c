/* import_fact.c — loading the rows of a facts file (see import.h): each row is checked (its
 * unit known, its fact in the rule file's dictionary, its value of the fact's kind, the
 * locks).  A new fact free of locks waits to be inserted with the next ones
 * (import_fact_blocks.c); a row that a lock covers or whose value is refused is taken at
 * once, after the facts before it: its repeat found, its lock judged, the stored value
 * audited and replaced (import_fact_store, which the blocks use for a fact that was stored
 * already).  Messages, warnings and their order, and what is stored, are the same as one
 * row at a time.
 * Provides import_load_fact(), import_fact_store(), import_fact_warn().
 * Uses: import_impl.h, store.h (store_fact_imported, store_put_fact, store_fact_changes),
 * import_known.h (the closed units), fact.h, calendar.h (dates in messages), i18n.h
 * (messages). */
#include "import_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "fact.h"
#include "i18n.h"

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

/* The slot of im->codes where name is kept when it is, else the first free one of the
 * CODES_PROBED from its hash's, else that one, whose name gives way (NULL when name is too long
 * to keep or memory ran out: then it is resolved each time, which is only slower).  A
 * dictionary's hundred names collide in 512 slots: without the probe, a sixth of a file's rows
 * resolved their name again. */
static struct code_kept *code_slot(struct importer *im, const char *name)
{
    enum { CODES_PROBED = 8 };
    size_t len = strlen(name);
    if (len >= CODE_NAME_MAX || (!im->codes && !(im->codes = calloc(CODES_KEPT, sizeof *im->codes))))
        return NULL;
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    for (size_t probe = 0; probe < CODES_PROBED; probe++) {
        struct code_kept *k = &im->codes[(h + probe) % CODES_KEPT];
        if (!k->name[0] || strcmp(k->name, name) == 0)
            return k;
    }
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
 * (said by import_fact_warn once the row is stored), -1 with the refusal in why. */
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

int import_fact_warn(struct importer *im, const struct cell *value, int valued, const char *why)
{
    if (valued > 0) {
        struct px_err w;
        px_err_at(&w, PX_DATA, im->path, (int)value->line, (int)value->column, _("warning: %s"),
                  why);
        px_report(&w);
    }
    return 0;
}

/* Whether a lock covers the unit's fact of the year: 1 its results closed (every fact; since
 * im->closed_at), 2 the self-assessment deadline passed (the council's bonus and penalty
 * facts excepted), 0 none.  The closed units were read when the import started. */
static int fact_lock(struct importer *im, const struct cell *unit, const struct fact_row *row)
{
    const struct import_facts *f = im->facts;
    const struct known_code *closed = known_find(im->closed, unit->text);
    if (closed) {
        im->closed_at = closed->text;
        return 1;
    }
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

int import_fact_store(struct importer *im, const struct cell *unit, const struct cell *fact,
                      const struct cell *value, struct fact_row *row, const struct fact_value *v,
                      int valued, const char *why, int lock, struct px_err *e)
{
    char key[300];
    snprintf(key, sizeof key, "%s/%s", row->unit, row->name);
    if (fact_once(im, row, key, fact, e))
        return -1;
    if (valued < 0)
        return import_bad(im, e, value, "%s", why);
    import_fact_warn(im, value, valued, why);
    if (fact_locked(im, unit, value, row, v, lock, e) < 0)
        return -1;
    return store_put_fact(im->store, row, v, e);
}

/* A fact not stored yet and free of locks waits to be added with the next ones (import_fact_wait);
 * otherwise, once the waiting ones are written, the stored one is looked up for the repeat
 * check, the lock and the audit, and replaced (import_fact_store). */
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
                           im->source, 0, im->line};
    int valued = fact_value(im, def, value, &v, why, sizeof why, e);
    int lock = fact_lock(im, unit, &row);
    if (valued >= 0 && !lock)
        return import_fact_wait(im, &row, &v, fact, value, valued, why, e);
    if (import_flush_facts(im, e))
        return -1;
    return import_fact_store(im, unit, fact, value, &row, &v, valued, why, lock, e);
}

