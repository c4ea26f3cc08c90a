/* import.c — loading units, agencies and facts from CSV files exported from Excel (see
 * import.h).  The header names the columns (English or Vietnamese, any case, with or without
 * diacritics, any order); every row is checked (a unit's parent: known, and not making a
 * cycle) and written inside one transaction with the import's own record, so a bad row
 * anywhere leaves the database exactly as it was; a file imported before that changes
 * nothing is not recorded again.
 * The rows of facts are loaded by import_fact.c; their import first reads every unit's code
 * and the units closed for the year (import_known.h), so that its rows never ask the
 * database while the thread inserting the rows before them has it.
 * Facts and appraisals respect the locks (a deadline passed, a unit's results closed) unless
 * forced; appraisals are checked against the rule file's sub-criteria and maxima.
 * Submissions too: the rule file's deadline and agency checked, dates refused with why.
 * Uses: table.h (CSV or .xlsx), form.h (the agency form's columns it skips), fact.h, re.h
 * (shapes), lookalike.h, text.h (text_fold), store.h, import_known.h, store_appraisal.h,
 * submissions.h, calendar.h (dates in messages and of submissions), fileio.h (sha256, in a
 * thread when the file is large: pthread, stat), i18n.h (messages). */
#define _GNU_SOURCE /* tdestroy */
#include "import.h"
#include "import_impl.h"

#include <pthread.h>
#include <search.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "calendar.h"
#include "fact.h"
#include "fileio.h"
#include "form.h"
#include "lookalike.h"
#include "re.h"
#include "store_appraisal.h"
#include "table.h"
#include "text.h"
#include "i18n.h"

/* ---- the kinds and their columns ------------------------------------------------- */


struct column {
    const char *english, *vietnamese;
    int required;
};

typedef int (*load_fn)(struct importer *im, const struct cell *cells, struct px_err *e);

static int load_unit(struct importer *im, const struct cell *cells, struct px_err *e);
static int load_agency(struct importer *im, const struct cell *cells, struct px_err *e);
static int load_submission(struct importer *im, const struct cell *cells, struct px_err *e);

static const struct kind_spec {
    const char *name;
    struct column columns[MAX_COLUMNS + 1]; /* ends with {NULL} */
    load_fn load;
} KINDS[] = {
    [IMPORT_UNITS] = {"units",
                      {{"code", "mã", 1}, {"name", "tên", 1}, {"kind", "loại", 1},
                       {"parent", "cấp trên", 0}, {NULL, NULL, 0}},
                      load_unit},
    [IMPORT_AGENCIES] = {"agencies", {{"code", "mã", 1}, {"name", "tên", 1}, {NULL, NULL, 0}},
                         load_agency},
    [IMPORT_FACTS] = {"facts",
                      {{"unit", "đơn vị", 1}, {"fact", "dữ kiện", 1}, {"value", "giá trị", 1},
                       {"note", "ghi chú", 0}, {"year", "năm", 0}, {NULL, NULL, 0}},
                      import_load_fact},
    [IMPORT_SUBMISSIONS] = {"submissions",
                            {{"deadline", "thời hạn", 1}, {"agency", "cơ quan", 1},
                             {"received", "ngày nhận", 1}, {"doc", "số văn bản", 0},
                             {"doc_date", "ngày văn bản", 0}, {"note", "ghi chú", 0},
                             {NULL, NULL, 0}},
                            load_submission},
    [IMPORT_EVIDENCE] = {"evidence",
                         {{"unit", "đơn vị", 1}, {"number", "số hiệu", 0}, {"type", "loại", 0},
                          {"issuer", "cơ quan ban hành", 0}, {"date", "ngày ban hành", 0},
                          {"title", "trích yếu", 0}, {"location", "nơi lưu", 0},
                          {"nodes", "tiêu chí", 1}, {"explanation", "giải trình", 0},
                          {"year", "năm", 0}, {NULL, NULL, 0}},
                         import_load_evidence},
    [IMPORT_APPRAISALS] = {"appraisals",
                           {{"unit", "đơn vị", 1}, {"node", "tiêu chí", 1}, {"round", "vòng", 1},
                            {"points", "điểm", 0}, {"reason", "lý do", 1}, {NULL, NULL, 0}},
                           import_load_appraisal},
};
#define NKINDS (sizeof KINDS / sizeof KINDS[0])

int import_kind_from_name(const char *name, enum import_kind *out)
{
    for (size_t i = 0; i < NKINDS; i++)
        if (strcmp(name, KINDS[i].name) == 0) {
            *out = (enum import_kind)i;
            return 0;
        }
    return -1;
}

const char *import_kind_name(enum import_kind kind)
{
    return KINDS[kind].name;
}

/* ---- one import ------------------------------------------------------------------ */

/* A key seen earlier in the file (unit code, or unit/fact) and its line. */
struct seen {
    char *key;
    size_t line;
};

int import_bad(struct importer *im, struct px_err *e, const struct cell *at, const char *fmt, ...)
{
    struct px_err earlier; /* a fact waiting, repeated before this row's fault, comes first */
    if (import_flush_facts(im, &earlier) != 0) {
        *e = earlier;
        return -1;
    }
    va_list ap;
    va_start(ap, fmt);
    table_verr_at(im->reader, e, PX_DATA, at->line, at->column, fmt, ap);
    va_end(ap);
    return -1;
}

const char *import_found(const struct cell *c, char *buf, size_t n)
{
    if (!c->text[0])
        return "nothing";
    snprintf(buf, n, "'%s'", c->text);
    return buf;
}

static int compare_seen(const void *a, const void *b)
{
    return strcmp(((const struct seen *)a)->key, ((const struct seen *)b)->key);
}

static void free_seen(void *p)
{
    struct seen *s = p;
    free(s->key);
    free(s);
}

/* Remembers key at line; when it was seen before, sets *first to that line and returns 1. */
static int seen_before(struct importer *im, const char *key, size_t line, size_t *first,
                       struct px_err *e)
{
    struct seen *s = malloc(sizeof *s);
    if (!s || !(s->key = strdup(key))) {
        free(s);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return -1;
    }
    s->line = line;
    struct seen **slot = tsearch(s, &im->seen, compare_seen);
    if (!slot) {
        free_seen(s);
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return -1;
    }
    if (*slot == s)
        return 0;
    *first = (*slot)->line;
    free_seen(s);
    return 1;
}

int import_again(struct importer *im, const char *key, const char *what, size_t first,
                 const struct cell *at, struct px_err *e)
{
    return import_bad(im, e, at, _("expected each %s once, found %s again (first on line %zu)"),
                      what, key, first);
}

int import_once(struct importer *im, const char *key, const char *what, const struct cell *at,
                struct px_err *e)
{
    size_t first = 0;
    int rc = seen_before(im, key, at->line, &first, e);
    return rc > 0 ? import_again(im, key, what, first, at, e) : rc;
}

int import_check_shape(struct importer *im, enum re_shape shape, const char *name,
                       const struct cell *c, struct px_err *e)
{
    char buf[300], hint[600]; /* "００１": which character, and what to type */
    if (re_shape(shape, c->text))
        return 0;
    return import_bad(im, e, c, _("expected %s, found %s%s"), name ? name : re_shape_name(shape),
               import_found(c, buf, sizeof buf), lookalike_hint(c->text, hint, sizeof hint));
}

static int check_not_empty(struct importer *im, const char *what, const struct cell *c,
                           struct px_err *e)
{
    return c->text[0] ? 0 : import_bad(im, e, c, _("expected %s, found nothing"), what);
}

int import_unit_exists(struct importer *im, const char *code, struct px_err *e)
{
    if (im->known_unit && strcmp(im->known_unit, code) == 0)
        return 1;
    int rc = im->units ? known_find(im->units, code) != NULL : store_has_unit(im->store, code, e);
    if (rc == 1) {
        free(im->known_unit);
        im->known_unit = strdup(code); /* only a cache: NULL is fine */
    }
    return rc;
}

int import_unknown_unit(struct importer *im, const struct cell *at, const char *expected,
                        struct px_err *e)
{
    char buf[300], padded[33] = ""; /* unit codes have at most 32 characters */
    const char *digits = at->text + strspn(at->text, "0");
    size_t n = strlen(digits), given = strlen(at->text);
    if (n && digits[strspn(digits, "0123456789")] == '\0')
        for (size_t len = given + 1; len < sizeof padded; len++) {
            memset(padded, '0', len - n);
            memcpy(padded + len - n, digits, n + 1);
            int known = import_unit_exists(im, padded, e);
            if (known < 0)
                return -1;
            if (known)
                break;
            padded[0] = '\0';
        }
    if (padded[0])
        return import_bad(im, e, at, _("expected %s, found %s; there is a unit '%s': did Excel drop the "
                   "leading zeros? Format the column as Text in Excel, type the codes again and "
                   "export"), expected, import_found(at, buf, sizeof buf), padded);
    return import_bad(im, e, at, _("expected %s, found %s"), expected, import_found(at, buf, sizeof buf));
}

/* ---- rows of each kind ----------------------------------------------------------- */

static int load_unit(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *code = &c[0], *name = &c[1], *kind = &c[2], *parent = &c[3];
    char buf[300];
    if (import_check_shape(im, SHAPE_UNIT_CODE, NULL, code, e) ||
        import_once(im, code->text, "unit", code, e) ||
        check_not_empty(im, _("the unit's name"), name, e) ||
        import_check_shape(im, SHAPE_KIND, NULL, kind, e))
        return -1;
    const char *parent_code = parent->text[0] ? parent->text : NULL;
    if (parent_code) {
        if (strcmp(parent_code, code->text) == 0)
            return import_bad(im, e, parent, _("expected a parent other than the unit itself, found %s"),
                       import_found(parent, buf, sizeof buf));
        int known = import_unit_exists(im, parent_code, e);
        if (known < 0)
            return -1;
        if (!known)
            return import_unknown_unit(im, parent, _("a known unit code as parent (imported before, "
                                              "or on an earlier line)"), e);
        char chain[600];
        int cycle = store_unit_under(im->store, parent_code, code->text, chain, sizeof chain, e);
        if (cycle < 0)
            return -1;
        if (cycle)
            return import_bad(im, e, parent,
                       _("expected a parent that is not under %s, found %s (%s → %s would be a "
                       "cycle)"),
                       code->text, import_found(parent, buf, sizeof buf), code->text, chain);
    }
    struct unit_row row = {code->text, name->text, kind->text, parent_code, im->source};
    return store_put_unit(im->store, &row, e);
}

static int load_agency(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *code = &c[0], *name = &c[1];
    if (import_check_shape(im, SHAPE_UNIT_CODE, _("an agency code such as STP"), code, e) ||
        import_once(im, code->text, "agency", code, e) ||
        check_not_empty(im, _("the agency's name"), name, e))
        return -1;
    struct agency_row row = {code->text, name->text, im->source};
    return store_put_agency(im->store, &row, e);
}

int import_check_year(struct importer *im, const struct cell *year, struct px_err *e)
{
    char want[16], buf[300];
    if (!year->text[0])
        return 0;
    snprintf(want, sizeof want, "%d", im->facts->year);
    if (strcmp(year->text, want) == 0)
        return 0;
    return import_bad(im, e, year, _("expected the year %s (from %s), found %s: import each year's facts "
                            "with its own rule file or --year"),
               want, im->facts->year_from, import_found(year, buf, sizeof buf));
}

/* A date cell into iso (yyyy-mm-dd), or "" when the cell is empty and may be. */
static int date_cell(struct importer *im, const struct cell *c, int required, char iso[11],
                     struct px_err *e)
{
    struct px_date d;
    iso[0] = '\0';
    if (!c->text[0] && !required)
        return 0;
    if (date_parse(c->text, &d, e) != 0)
        return import_bad(im, e, c, "%s", e->msg);
    date_iso(d, iso);
    return 0;
}

static int load_submission(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *deadline = &c[0], *agency = &c[1];
    char why[700], key[300], received[11], dated[11];
    if (check_not_empty(im, _("a deadline's code such as TDG"), deadline, e) ||
        check_not_empty(im, _("an agency code such as STP"), agency, e))
        return -1;
    int known = im->facts->check_submission(im->facts->plan, deadline->text, agency->text, why,
                                            sizeof why);
    if (known != 0)
        return import_bad(im, e, known == -2 ? agency : deadline, "%s", why);
    snprintf(key, sizeof key, "%s/%s", deadline->text, agency->text);
    if (import_once(im, key, _("deadline and agency"), deadline, e) ||
        date_cell(im, &c[2], 1, received, e) || date_cell(im, &c[4], 0, dated, e))
        return -1;
    struct submission_row row = {im->facts->year, (char *)deadline->text, (char *)agency->text,
                                 received, c[3].text[0] ? (char *)c[3].text : NULL,
                                 dated[0] ? dated : NULL, c[5].text[0] ? (char *)c[5].text : NULL,
                                 im->source};
    return store_put_submission(im->store, &row, "import", e);
}

/* ---- the header ------------------------------------------------------------------ */

/* Lists the columns of the kind for messages: "code (mã), name (tên), …". */
static void column_list(const struct kind_spec *k, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (const struct column *c = k->columns; c->english && used < n; c++)
        used += (size_t)snprintf(buf + used, n - used, "%s%s (%s)", used ? ", " : "",
                                 c->english, c->vietnamese);
}

/* Which spec column a header name is: index, or -1. */
static int column_of(const struct kind_spec *k, const char *name, struct px_err *e)
{
    char *folded = text_fold(name);
    if (!folded) {
        px_err_set(e, PX_SYSTEM, _("out of memory reading a header"));
        return -2;
    }
    int found_at = -1;
    for (int i = 0; k->columns[i].english && found_at < 0; i++) {
        char *vi = text_fold(k->columns[i].vietnamese);
        if (strcmp(folded, k->columns[i].english) == 0 || (vi && strcmp(folded, vi) == 0))
            found_at = i;
        free(vi);
    }
    free(folded);
    return found_at;
}

/* Maps the header record to where each spec column is (-1 when an optional one is absent). */
static int read_header(struct importer *im, const struct csv_record *rec, int where[MAX_COLUMNS],
                       struct px_err *e)
{
    const struct kind_spec *k = im->spec;
    char list[300], buf[300];
    for (int i = 0; i < MAX_COLUMNS; i++)
        where[i] = -1;
    for (size_t f = 0; f < rec->nfields; f++) {
        struct cell at = {rec->fields[f], rec->lines[f], rec->columns[f]};
        int col = column_of(k, rec->fields[f], e);
        if (col == -2)
            return -1;
        if (col < 0 && k == &KINDS[IMPORT_FACTS] && form_column_shown(rec->fields[f]))
            continue; /* shown on the agency form for reading (paridx template) */
        if (col < 0) {
            column_list(k, list, sizeof list);
            return import_bad(im, e, &at, _("expected one of the columns %s, found %s"), list,
                       import_found(&at, buf, sizeof buf));
        }
        if (where[col] >= 0)
            return import_bad(im, e, &at, _("expected the column %s once, found it again (first in "
                                   "column %zu)"),
                       k->columns[col].english, rec->columns[where[col]]);
        where[col] = (int)f;
    }
    for (int i = 0; k->columns[i].english; i++)
        if (k->columns[i].required && where[i] < 0) {
            struct cell at = {"", rec->line, 1};
            return import_bad(im, e, &at, _("expected a column %s (%s) in the header, found none"),
                       k->columns[i].english, k->columns[i].vietnamese);
        }
    return 0;
}

/* ---- the file -------------------------------------------------------------------- */

/* Makes im->source "path:line": the "path:" once, the line's digits for each row. */
static int set_source(struct importer *im, size_t line, struct px_err *e)
{
    size_t at = strlen(im->path) + 1;
    im->line = line;
    if (!im->source) {
        im->source = malloc(at + 24); /* 24: the digits of any size_t and the NUL */
        if (!im->source) {
            px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
            return -1;
        }
        memcpy(im->source, im->path, at - 1);
        im->source[at - 1] = ':';
    }
    char digits[24];
    size_t n = 0;
    do
        digits[n++] = (char)('0' + line % 10);
    while ((line /= 10) > 0);
    while (n > 0)
        im->source[at++] = digits[--n];
    im->source[at] = '\0';
    return 0;
}

/* Reads every row after the header and loads it; returns the number of rows or -1. */
static long load_rows(struct importer *im, struct table_reader *r, const int where[MAX_COLUMNS],
                      struct px_err *e)
{
    struct csv_record rec;
    long rows = 0;
    int rc;
    while ((rc = table_next(r, &rec, e)) == 1) {
        struct cell cells[MAX_COLUMNS];
        for (int i = 0; i < MAX_COLUMNS; i++)
            cells[i] = where[i] < 0 ? (struct cell){"", rec.line, 1}
                                    : (struct cell){rec.fields[where[i]], rec.lines[where[i]],
                                                    rec.columns[where[i]]};
        if (set_source(im, rec.line, e) || im->spec->load(im, cells, e))
            return -1;
        rows++;
    }
    struct px_err earlier; /* the rows read before a fault in the file come first */
    if (import_flush_facts(im, rc == 0 ? e : &earlier) != 0) {
        if (rc != 0)
            *e = earlier;
        return -1;
    }
    return rc == 0 ? rows : -1;
}

/* The whole import inside the transaction: its record (*id, its sha256 "" until the file is
 * hashed), the rows; the row count or -1. */
static long load_file(struct importer *im, struct table_reader *r, int64_t *id, struct px_err *e)
{
    struct csv_record rec;
    int where[MAX_COLUMNS];
    int rc = table_next(r, &rec, e);
    if (rc == 0) {
        char list[300];
        column_list(im->spec, list, sizeof list);
        px_err_set(e, PX_DATA, _("%s:1:1: expected a header line (%s), found an empty file"),
                   im->path, list);
        return -1;
    }
    if (rc < 0 || read_header(im, &rec, where, e))
        return -1;
    if ((*id = store_add_import(im->store, im->spec->name, im->path, "", 0, e)) < 0)
        return -1;
    return load_rows(im, r, where, e);
}

/* The sha256 of a file, computed on the other CPU while its rows are read and stored. */
struct file_hash {
    const char *path;
    pthread_t thread;
    int started, rc;
    char sha256[65];
    struct px_err e;
};

static void *hash_main(void *arg)
{
    struct file_hash *h = arg;
    h->rc = file_sha256(h->path, h->sha256, &h->e);
    return NULL;
}

/* The size from which a file is hashed in a thread: below it (the SHA-256 of 256 KiB takes
 * about 0.15 ms) starting the thread costs more than it saves, 0.1–0.35 ms on a virtual
 * machine (the example's five files: the run 16.8 → 15.2 ms, medians of 31 alternating
 * runs). */
enum { HASH_THREAD_MIN = 256 << 10 };

/* Starts hashing h->path in a thread when it is large (otherwise, or when no thread can
 * start, hash_join hashes it). */
static void hash_start(struct file_hash *h)
{
    struct stat st;
    h->started = stat(h->path, &st) == 0 && st.st_size >= HASH_THREAD_MIN &&
                 pthread_create(&h->thread, NULL, hash_main, h) == 0;
}

/* Waits for the sha256 of h->path: 0, or -1 with e set (when e is not NULL). */
static int hash_join(struct file_hash *h, struct px_err *e)
{
    if (h->started)
        pthread_join(h->thread, NULL);
    else
        hash_main(h);
    if (h->rc && e)
        *e = h->e;
    return h->rc ? -1 : 0;
}

/* The file is one transaction; an earlier import of the same file (sha256) that left the
 * database as this one would is rolled back and reported instead of recorded again.  The
 * file is hashed while its rows are loaded. */
int import_file(struct store *s, enum import_kind kind, const char *path,
                const struct csv_options *opt, const struct import_facts *facts,
                struct import_result *r, struct px_err *e)
{
    char before[20];
    memset(r, 0, sizeof *r);
    if ((kind == IMPORT_FACTS || kind == IMPORT_EVIDENCE) && !facts) {
        px_err_set(e, PX_USAGE, _("%s: facts and evidence need the assessment year they belong to"),
                   path);
        return -1;
    }
    if (kind == IMPORT_APPRAISALS && !facts) {
        px_err_set(e, PX_USAGE, _("%s: appraisals need the assessment year they belong to"),
                   path);
        return -1;
    }
    if (kind == IMPORT_SUBMISSIONS && (!facts || !facts->check_submission)) {
        px_err_set(e, PX_USAGE, _("%s: submissions need the rule file whose deadlines they meet "
                   "(paridx import RULES --db FILE submissions FILE)"), path);
        return -1;
    }
    struct table_reader *rd = table_open(path, opt, e); /* first: it refuses devices, big files */
    if (!rd)
        return -1;
    struct file_hash hash = {.path = path};
    hash_start(&hash);
    struct importer im = {.store = s, .spec = &KINDS[kind], .path = path, .facts = facts,
                          .reader = rd};
    store_now(im.now);
    int64_t id = 0;
    int rc = kind == IMPORT_FACTS ? store_begin_own_checks(s, e) : store_begin(s, e);
    if (rc == 0 && kind == IMPORT_FACTS && /* read once: the rows never ask the database */
        (!(im.units = known_read(s, KNOWN_UNITS, facts->year, e)) ||
         !(im.closed = known_read(s, KNOWN_CLOSED, facts->year, e))))
        rc = -1;
    if (rc == 0 && (r->rows = load_file(&im, rd, &id, e)) < 0)
        rc = -1;
    import_stop_facts(&im); /* its thread done before the transaction ends */
    if (hash_join(&hash, rc ? NULL : e) != 0)
        rc = -1;
    int seen = rc ? -1 : store_find_import(s, KINDS[kind].name, hash.sha256, before, e);
    if (seen < 0 || store_finish_import(s, id, r->rows, hash.sha256, e) != 0)
        rc = -1;
    else if (kind == IMPORT_FACTS && facts->with_submission &&
             store_put_submission(s, facts->with_submission, "import", e) != 0)
        rc = -1;
    else if (seen && store_changes(s) == 0)
        snprintf(r->already, sizeof r->already, "%s", before); /* rolled back: not recorded */
    else
        rc = store_commit(s, e);
    if (rc != 0 || r->already[0])
        store_rollback(s);
    tdestroy(im.seen, free_seen);
    free(im.known_unit);
    known_free(im.units);
    known_free(im.closed);
    free(im.codes);
    free(im.source);
    table_close(rd);
    return rc;
}
