/* import_survey.c — the respondent lists and the answers of the survey (see import_survey.h).
 * Each file: the header mapped to the kind's columns, then every row checked and written in
 * one transaction with the import's record.  Answers keep no state per row beyond the last
 * respondent and unit read (the Post Office's rows come by respondent), the two blocks of
 * answers a second thread inserts while the next are read (import_pipe.h) and a fixed table
 * of counts for the tallies, so memory stays flat however many there are; a second answer is
 * found by the table's key as it is inserted.  The units and the year's respondents with
 * their groups are read once when the answers start (import_known.h), so that the rows never
 * ask the database while the thread has it.
 * Uses: table.h (CSV or .xlsx), re.h (phone and e-mail shapes), text.h (case folding),
 * store_survey.h, survey_tally.h, import_pipe.h, import_known.h, fileio.h (sha256). */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "import_survey.h"
#include "i18n.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "import_known.h"
#include "import_pipe.h"
#include "re.h"
#include "store_survey.h"
#include "survey_tally.h"
#include "table.h"
#include "text.h"

enum { MAX_COLS = 8, SURVEY_CODE_MAX = 64 };

/* A column: as shown in messages, the header words (folded: no case, no marks) that name it. */
struct col {
    const char *shown;
    const char *names[4];
    int required;
};

static const struct col RESPONDENT_COLS[] = {
    {"mã", {"ma", "code", "ma nguoi tra loi", NULL}, 0},
    {"họ và tên", {"ho va ten", "name", "ho ten", NULL}, 1},
    {"chức vụ", {"chuc vu", "position", NULL, NULL}, 0},
    {"nhóm", {"nhom", "group", "nhom doi tuong", NULL}, 1},
    {"cơ quan/đơn vị", {"co quan/don vi", "workplace", "co quan", "don vi"}, 0},
    {"điện thoại", {"dien thoai", "phone", "so dien thoai", NULL}, 0},
    {"e-mail", {"e-mail", "email", "thu dien tu", NULL}, 0},
    {"địa chỉ", {"dia chi", "address", NULL, NULL}, 0},
};
enum { R_CODE, R_NAME, R_POSITION, R_GROUP, R_WORKPLACE, R_PHONE, R_EMAIL, R_ADDRESS, R_N };

static const struct col ANSWER_COLS[] = {
    {"mã phiếu", {"ma phieu", "respondent", "nguoi tra loi", "ma nguoi tra loi"}, 1},
    {"đơn vị", {"don vi", "unit", NULL, NULL}, 0},
    {"câu hỏi", {"cau hoi", "question", NULL, NULL}, 1},
    {"phương án", {"phuong an", "answer", "tra loi", "option"}, 1},
};
enum { A_RESPONDENT, A_UNIT, A_QUESTION, A_OPTION, A_N };

struct cell {
    const char *text;
    size_t line, column;
};

/* A block's answers checked and not yet written (ANSWERS_PER_STATEMENT go in one INSERT),
 * their texts in the block's; line and column are their question's. */
struct answer_rows {
    struct answer_row rows[PIPE_ROWS];
    size_t line[PIPE_ROWS], column[PIPE_ROWS];
};

struct survey_import {
    struct store *s;
    const char *path, *agency;
    const struct import_survey *sv;
    struct table_reader *rd;
    const struct col *cols;
    int ncols;
    int where[MAX_COLS];
    char source[4200];
    size_t source_path;                   /* bytes of "path:" at the start of source */
    long row;                             /* data rows read */
    char respondent[SURVEY_CODE_MAX];     /* the last respondent of the answers, and its group */
    char group[SURVEY_CODE_MAX];
    char unit[SURVEY_CODE_MAX];           /* the last unit of the answers found known */
    struct survey_tally *tally;           /* the answers' counts (answers only) */
    struct import_pipe *pipe;             /* the answers to write (answers only, once read) */
    struct known *units, *respondents;    /* read when the answers start (answers only) */
};

__attribute__((format(printf, 4, 5))) static int bad(struct survey_import *im, struct px_err *e,
                                                     const struct cell *at, const char *fmt, ...)
{
    if (import_pipe_flush(im->pipe, e) != 0)
        return -1; /* an answer given twice before this row's fault: that error comes first */
    va_list ap;
    va_start(ap, fmt);
    table_verr_at(im->rd, e, PX_DATA, at->line, at->column, fmt, ap);
    va_end(ap);
    return -1;
}

/* Which column a header word names, or -1. */
static int column_of(const struct survey_import *im, const char *word)
{
    char *folded = text_fold(word);
    int found = -1;
    for (int c = 0; folded && c < im->ncols && found < 0; c++)
        for (int k = 0; k < 4 && im->cols[c].names[k] && found < 0; k++)
            if (!strcmp(folded, im->cols[c].names[k]))
                found = c;
    free(folded);
    return found;
}

/* "mã phiếu, đơn vị, câu hỏi, phương án": the columns of the kind, for messages. */
static void column_list(const struct survey_import *im, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int c = 0; c < im->ncols && used < n; c++)
        used += (size_t)snprintf(buf + used, n - used, "%s%s", c ? ", " : "", im->cols[c].shown);
}

static int read_header(struct survey_import *im, const struct csv_record *rec, struct px_err *e)
{
    char list[300];
    column_list(im, list, sizeof list);
    for (int c = 0; c < im->ncols; c++)
        im->where[c] = -1;
    for (size_t f = 0; f < rec->nfields; f++) {
        struct cell at = {rec->fields[f], rec->lines[f], rec->columns[f]};
        int c = column_of(im, rec->fields[f]);
        if (c < 0)
            return bad(im, e, &at, _("expected one of the columns %s, found '%s'"), list,
                       rec->fields[f]);
        if (im->where[c] >= 0)
            return bad(im, e, &at, _("expected the column %s once, found it again"), im->cols[c].shown);
        im->where[c] = (int)f;
    }
    for (int c = 0; c < im->ncols; c++)
        if (im->cols[c].required && im->where[c] < 0) {
            struct cell at = {"", rec->line, 1};
            return bad(im, e, &at, _("expected a column %s in the header, found none"),
                       im->cols[c].shown);
        }
    return 0;
}

static struct cell cell_of(const struct survey_import *im, const struct csv_record *rec, int c)
{
    int f = im->where[c];
    if (f < 0 || (size_t)f >= rec->nfields)
        return (struct cell){"", rec->line, 1};
    return (struct cell){rec->fields[f], rec->lines[f], rec->columns[f]};
}

/* ---- respondents ----------------------------------------------------------------- */

/* s with every run of spaces made one and none at either end, into a malloc'd copy. */
static char *collapse_spaces(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    for (int space = 0; out && *s; s++) {
        if (*s == ' ' || *s == '\t') {
            space = o > out;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        *o++ = *s;
    }
    if (out)
        *o = '\0';
    return out;
}

/* The phone's digits (separators dropped, +84 as 0) into out; 0, or -1 when not a Vietnamese
 * number. */
static int phone_digits(const char *typed, char *out, size_t n)
{
    size_t k = 0;
    if (!strncmp(typed, "+84", 3)) {
        out[k++] = '0';
        typed += 3;
    }
    for (; *typed && k + 1 < n; typed++)
        if (!strchr(" .-()", *typed))
            out[k++] = *typed;
    out[k] = '\0';
    return re_shape(SHAPE_PHONE, out) ? 0 : -1;
}

static int check_twin(struct survey_import *im, const struct respondent_row *r, struct px_err *e)
{
    char code[64], source[600];
    int twin = store_respondent_twin(im->s, r, code, source, e);
    if (twin > 0)
        px_say(_("%s: warning: %s is listed already as %s at %s (the same name, and the same "
               "phone or e-mail)"), im->source, r->name, code, source);
    return twin < 0 ? -1 : 0;
}

static int load_respondent(struct survey_import *im, const struct csv_record *rec,
                           struct px_err *e)
{
    struct cell c[R_N];
    for (int i = 0; i < R_N; i++)
        c[i] = cell_of(im, rec, i);
    char code[SURVEY_CODE_MAX], group[SURVEY_CODE_MAX], why[600], phone[40] = "";
    if (c[R_CODE].text[0] && !re_shape(SHAPE_UNIT_CODE, c[R_CODE].text))
        return bad(im, e, &c[R_CODE], _("expected a respondent code such as VPHDND-001, found '%s'"),
                   c[R_CODE].text);
    if (c[R_CODE].text[0])
        snprintf(code, sizeof code, "%s", c[R_CODE].text);
    else
        snprintf(code, sizeof code, "%s-%03ld", im->agency, im->row);
    if (!c[R_NAME].text[0])
        return bad(im, e, &c[R_NAME], _("expected the respondent's full name, found nothing"));
    if (im->sv->group(im->sv->ctx, c[R_GROUP].text, im->agency, group, sizeof group, why,
                      sizeof why))
        return bad(im, e, &c[R_GROUP], "%s", why);
    if (c[R_PHONE].text[0] && phone_digits(c[R_PHONE].text, phone, sizeof phone))
        return bad(im, e, &c[R_PHONE], _("expected %s, found '%s'"), re_shape_name(SHAPE_PHONE),
                   c[R_PHONE].text);
    if (c[R_EMAIL].text[0] && !re_shape(SHAPE_EMAIL, c[R_EMAIL].text))
        return bad(im, e, &c[R_EMAIL], _("expected %s, found '%s'"), re_shape_name(SHAPE_EMAIL),
                   c[R_EMAIL].text);
    char known[SURVEY_CODE_MAX];
    int taken = store_respondent_group(im->s, im->sv->year, code, known, e);
    if (taken)
        return taken < 0 ? -1 : bad(im, e, &c[R_CODE], _("expected a respondent code not listed "
                                    "yet, found '%s' again"), code);
    char *name = collapse_spaces(c[R_NAME].text), *key = name ? text_casefold(name) : NULL;
    char *email = c[R_EMAIL].text[0] ? text_casefold(c[R_EMAIL].text) : NULL;
    int rc = -1;
    if (!key || (c[R_EMAIL].text[0] && !email)) {
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
    } else {
        struct respondent_row r = {
            im->sv->year, code, name, key, c[R_POSITION].text[0] ? c[R_POSITION].text : NULL,
            group, c[R_WORKPLACE].text[0] ? c[R_WORKPLACE].text : NULL, phone[0] ? phone : NULL,
            email, c[R_ADDRESS].text[0] ? c[R_ADDRESS].text : NULL, im->agency, im->source};
        rc = check_twin(im, &r, e) ? -1 : store_put_respondent(im->s, &r, e);
    }
    free(name);
    free(key);
    free(email);
    return rc;
}

/* ---- answers --------------------------------------------------------------------- */

/* The pipe's insert: the block's answers, ANSWERS_PER_STATEMENT to an INSERT. */
static long insert_answers(struct store *s, const struct pipe_block *b, struct px_err *e)
{
    const struct answer_rows *r = b->rows;
    return store_put_answers(s, r->rows, b->n, e);
}

/* The pipe's finish: when the block's insert added fewer answers than it holds, the first
 * that has an answer already (earlier in the file or from an earlier import) is refused at
 * its question.  0, or -1 with e set. */
static int finish_answers(void *ctx, const struct pipe_block *b, long added, struct px_err *e)
{
    struct survey_import *im = ctx;
    const struct answer_rows *r = b->rows;
    if (added < 0)
        return -1;
    for (size_t i = 0; (size_t)added < b->n && i < b->n; i++) {
        char first[600];
        int again = store_answer_first(im->s, &r->rows[i], first, e);
        if (again) {
            struct cell at = {r->rows[i].question, r->line[i], r->column[i]};
            return again < 0 ? -1 : bad(im, e, &at, _("expected one answer of %s to %s, found a "
                                        "second (the first at %s)"), r->rows[i].respondent,
                                        r->rows[i].question, first);
        }
    }
    return 0;
}

static const struct pipe_ops ANSWER_BLOCKS = {insert_answers, finish_answers, NULL};

static int load_answer(struct survey_import *im, const struct csv_record *rec, struct px_err *e)
{
    struct cell c[A_N];
    for (int i = 0; i < A_N; i++)
        c[i] = cell_of(im, rec, i);
    const struct cell *who = &c[A_RESPONDENT];
    if (strcmp(who->text, im->respondent) != 0) {
        const struct known_code *listed = strlen(who->text) < SURVEY_CODE_MAX
                                              ? known_find(im->respondents, who->text)
                                              : NULL;
        if (!listed)
            return bad(im, e, who, _("expected the code of a listed respondent (import "
                       "respondents first), found '%s'"), who->text);
        snprintf(im->respondent, sizeof im->respondent, "%s", who->text);
        snprintf(im->group, sizeof im->group, "%s", listed->text);
    }
    const char *unit = c[A_UNIT].text[0] ? c[A_UNIT].text : im->sv->only_unit;
    if (!unit || strcmp(unit, im->unit) != 0) {
        if (!unit || !known_find(im->units, unit))
            return bad(im, e, &c[A_UNIT], _("expected a known unit code, found '%s'"),
                       c[A_UNIT].text);
        if (strlen(unit) < sizeof im->unit)
            memcpy(im->unit, unit, strlen(unit) + 1);
    }
    char why[600];
    int refused = im->sv->answer(im->sv->ctx, c[A_QUESTION].text, im->group, c[A_OPTION].text,
                                 why, sizeof why);
    if (refused)
        return bad(im, e, refused == -2 ? &c[A_OPTION] : &c[A_QUESTION], "%s", why);
    struct answer_row a = {im->sv->year, who->text, unit, c[A_QUESTION].text, c[A_OPTION].text,
                           im->source, rec->line};
    size_t need = strlen(a.respondent) + strlen(unit) + strlen(a.question) + strlen(a.option) +
                  strlen(a.source) + 5;
    struct pipe_block *b = import_pipe_room(im->pipe, need, e);
    if (!b)
        return -1;
    struct answer_rows *r = b->rows;
    int alone = need > PIPE_TEXT - b->used; /* too long to keep: written at once, uncopied */
    size_t i = b->n++;
    r->rows[i] = alone ? a
                       : (struct answer_row){a.year, import_pipe_keep(b, a.respondent),
                                             import_pipe_keep(b, unit),
                                             import_pipe_keep(b, a.question),
                                             import_pipe_keep(b, a.option),
                                             import_pipe_keep(b, a.source), a.line};
    r->line[i] = c[A_QUESTION].line;
    r->column[i] = c[A_QUESTION].column;
    if (alone && import_pipe_flush(im->pipe, e))
        return -1;
    struct tally_row t = {unit, c[A_QUESTION].text, im->group, c[A_OPTION].text, 1};
    int rc = survey_tally_count(im->tally, NULL, &t, e);
    if (rc > 0) /* the counts go to the database first, which must be this thread's */
        rc = import_pipe_flush(im->pipe, e) ? -1 : survey_tally_count(im->tally, im->s, &t, e);
    return rc;
}

/* Reads the units and the year's respondents, and opens the pipe of the answers.  0, or -1
 * with e set. */
static int answers_start(struct survey_import *im, struct px_err *e)
{
    if (!(im->units = known_read(im->s, KNOWN_UNITS, im->sv->year, e)) ||
        !(im->respondents = known_read(im->s, KNOWN_RESPONDENTS, im->sv->year, e)))
        return -1;
    if (!(im->pipe = import_pipe_new(im->s, &ANSWER_BLOCKS, im, sizeof(struct answer_rows)))) {
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
        return -1;
    }
    return 0;
}

/* Ends the pipe's thread (before the transaction ends) and frees what answers_start read. */
static void answers_end(struct survey_import *im)
{
    import_pipe_free(im->pipe);
    known_free(im->units);
    known_free(im->respondents);
    im->pipe = NULL;
    im->units = im->respondents = NULL;
}

/* ---- the file -------------------------------------------------------------------- */

/* source becomes "path:LINE" (written without printf: it changes on every row). */
static void source_line(struct survey_import *im, size_t line)
{
    char digits[24];
    int n = 0;
    do
        digits[n++] = (char)('0' + line % 10);
    while ((line /= 10) != 0);
    char *o = im->source + im->source_path;
    while (n)
        *o++ = digits[--n];
    *o = '\0';
}

typedef int (*row_loader)(struct survey_import *im, const struct csv_record *rec,
                          struct px_err *e);

static long load_rows(struct survey_import *im, const char *kind, const char *sha256,
                      row_loader load, struct px_err *e)
{
    struct csv_record rec;
    int rc = table_next(im->rd, &rec, e);
    if (rc == 0) {
        char list[300];
        column_list(im, list, sizeof list);
        px_err_set(e, PX_DATA, _("%s:1:1: expected a header line (%s), found an empty file"),
                   im->path, list);
        return -1;
    }
    if (rc < 0 || read_header(im, &rec, e))
        return -1;
    if (!im->sv->only_unit && im->cols == ANSWER_COLS && im->where[A_UNIT] < 0) {
        struct cell at = {"", rec.line, 1};
        return bad(im, e, &at, _("expected a column đơn vị in the header, since the database "
                   "holds several units, found none"));
    }
    int64_t id = store_add_import(im->s, kind, im->path, sha256, 0, e);
    size_t header_line = rec.line;
    if (id < 0 || (im->cols == ANSWER_COLS && answers_start(im, e)))
        return -1;
    im->source_path = (size_t)snprintf(im->source, sizeof im->source, "%s:", im->path);
    if (im->source_path > sizeof im->source - 24)
        im->source_path = sizeof im->source - 24; /* room for the line */
    while ((rc = table_next(im->rd, &rec, e)) == 1) {
        im->row++;
        source_line(im, rec.line);
        if (load(im, &rec, e))
            return -1;
    }
    struct px_err earlier; /* the rows read before a fault in the file come first */
    if (rc < 0 && import_pipe_flush(im->pipe, &earlier) != 0)
        *e = earlier;
    if (rc < 0)
        return -1;
    if (!im->row) {
        struct cell at = {"", header_line + 1, 1};
        return bad(im, e, &at, _("expected at least one row after the header, found none"));
    }
    if (import_pipe_flush(im->pipe, e) || store_set_import_rows(im->s, id, im->row, e) ||
        (im->tally && survey_tally_flush(im->tally, im->s, e)))
        return -1;
    return im->row;
}

static int survey_file(struct survey_import *im, const char *kind, const struct csv_options *opt,
                       row_loader load, struct import_result *r, struct px_err *e)
{
    char sha256[65];
    memset(r, 0, sizeof *r);
    if (!(im->rd = table_open(im->path, opt, e)))
        return -1;
    int answers = im->cols == ANSWER_COLS;
    int rc = file_sha256(im->path, sha256, e) ||
                     (answers ? store_begin_own_checks(im->s, e) : store_begin(im->s, e))
                 ? -1
                 : 0;
    int seen = rc ? -1 : store_find_import(im->s, kind, sha256, r->already, e);
    if (seen < 0)
        rc = -1;
    else if (!seen) {
        rc = (im->cols == RESPONDENT_COLS &&
              store_clear_respondents(im->s, im->sv->year, im->agency, e) < 0) ||
                     (r->rows = load_rows(im, kind, sha256, load, e)) < 0
                 ? -1
                 : 0;
        answers_end(im);
        if (rc == 0)
            rc = store_commit(im->s, e);
    }
    if (rc != 0 || seen)
        store_rollback(im->s);
    table_close(im->rd);
    return rc;
}

int import_respondents(struct store *s, const char *path, const char *agency,
                       const struct csv_options *opt, const struct import_survey *sv,
                       struct import_result *r, struct px_err *e)
{
    struct survey_import im = {.s = s, .path = path, .agency = agency, .sv = sv,
                               .cols = RESPONDENT_COLS, .ncols = R_N};
    return survey_file(&im, "respondents", opt, load_respondent, r, e);
}

int import_answers(struct store *s, const char *path, const struct csv_options *opt,
                   const struct import_survey *sv, struct import_result *r, struct px_err *e)
{
    struct survey_import im = {.s = s, .path = path, .sv = sv, .cols = ANSWER_COLS,
                               .ncols = A_N, .tally = survey_tally_new(sv->year)};
    int rc = -1;
    if (!im.tally)
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), path);
    else
        rc = survey_file(&im, "answers", opt, load_answer, r, e);
    survey_tally_free(im.tally);
    return rc;
}
