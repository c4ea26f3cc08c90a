/* csv.c — CSV files as Excel writes them (see csv.h).  The file is read whole, then cut into
 * records one at a time: each field is unquoted, trimmed, checked for NUL bytes and UTF-8,
 * and normalised to NFC.  Positions are kept as line and character column for messages.
 * Uses: fileio.h (file_read), text.h (text_nfc), diag.h. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "csv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "text.h"

/* No real cell is larger; a longer field is almost always a quote left open. */
#define FIELD_MAX ((size_t)1 << 20)

/* A place in the file: byte offset, 1-based line and the offset where that line starts. */
struct pos {
    size_t off, line, line_start;
};

/* A growable byte buffer for the field being unquoted. */
struct bytes {
    char *data;
    size_t len, cap;
};

struct csv_reader {
    char *path;
    char *buf; /* the whole file, NUL-terminated (NULs inside are errors) */
    size_t len;
    struct pos at; /* where the next record starts */
    char delim;
    size_t header_fields; /* 0 until the header has been read */
    struct bytes field;
    struct pos column_mark; /* a position whose column is known: columns are counted */
    size_t column_at_mark;  /* forward from it, so long lines cost linear time */
    /* the current record */
    char **fields;
    size_t *columns, *lines;
    unsigned char *quoted;
    size_t nfields, cap;
};

/* ---- positions ------------------------------------------------------------------- */

static int at_end(const struct csv_reader *r, struct pos p)
{
    return p.off >= r->len;
}

static unsigned char byte_at(const struct csv_reader *r, struct pos p)
{
    return (unsigned char)r->buf[p.off]; /* buf[len] is the terminating NUL */
}

/* Moves past one byte, counting a line after "\n", "\r\n" or a lone "\r". */
static void step(const struct csv_reader *r, struct pos *p)
{
    unsigned char c = byte_at(r, *p);
    p->off++;
    if (c == '\n' || (c == '\r' && byte_at(r, *p) != '\n')) {
        p->line++;
        p->line_start = p->off;
    }
}

static int is_line_end(unsigned char c)
{
    return c == '\n' || c == '\r';
}

/* 1-based column, in characters, of the byte at p (UTF-8 continuation bytes do not count). */
static size_t column_of(struct csv_reader *r, struct pos p)
{
    struct pos *m = &r->column_mark;
    if (m->line_start != p.line_start || m->off > p.off) {
        *m = (struct pos){p.line_start, p.line, p.line_start};
        r->column_at_mark = 1;
    }
    for (; m->off < p.off; m->off++)
        if (((unsigned char)r->buf[m->off] & 0xC0) != 0x80)
            r->column_at_mark++;
    return r->column_at_mark;
}

__attribute__((format(printf, 4, 5))) static int fail_at(struct csv_reader *r, struct px_err *e,
                                                         struct pos p, const char *fmt, ...)
{
    char what[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    px_err_at(e, PX_DATA, r->path, (int)p.line, (int)column_of(r, p), "%s", what);
    return -1;
}

/* Describes the character at p for a message: 'x', or "byte 0xE0" when it is not UTF-8. */
static void describe_char(const struct csv_reader *r, struct pos p, char *out, size_t n)
{
    unsigned char c = byte_at(r, p);
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char *ch = p.off + k <= r->len ? text_nfc(r->buf + p.off, k, NULL) : NULL;
    if (ch && c >= 0x20 && c != 0x7F)
        snprintf(out, n, "'%s'", ch);
    else
        snprintf(out, n, "byte 0x%02X", c);
    free(ch);
}

/* ---- opening --------------------------------------------------------------------- */

/* Counts the candidate delimiters outside quotes on the line starting at p. */
static char detect_delimiter(const struct csv_reader *r, struct pos p)
{
    static const char candidates[] = {',', ';', '\t'};
    size_t count[3] = {0, 0, 0};
    int quoted = 0;
    for (; !at_end(r, p) && (quoted || !is_line_end(byte_at(r, p))); p.off++) {
        unsigned char c = byte_at(r, p);
        if (c == '"')
            quoted = !quoted;
        for (int i = 0; i < 3 && !quoted; i++)
            count[i] += c == (unsigned char)candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; i++)
        if (count[i] > count[best])
            best = i;
    return candidates[best];
}

static void skip_blank_lines(const struct csv_reader *r, struct pos *p)
{
    while (!at_end(r, *p) && is_line_end(byte_at(r, *p)))
        step(r, p);
}

struct csv_reader *csv_open(const char *path, struct px_err *e)
{
    struct csv_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        px_err_set(e, PX_SYSTEM, "%s: out of memory", path);
        return NULL;
    }
    r->buf = file_read(path, &r->len, e);
    if (!r->buf) {
        csv_close(r);
        return NULL;
    }
    const unsigned char *u = (const unsigned char *)r->buf;
    if (r->len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        px_err_set(e, PX_DATA,
                   "%s:1:1: expected UTF-8 text, found UTF-16 (in Excel, save as \"CSV UTF-8\")",
                   path);
        csv_close(r);
        return NULL;
    }
    r->at = (struct pos){0, 1, 0};
    if (r->len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        r->at = (struct pos){3, 1, 3}; /* the BOM is not part of the first column */
    r->column_mark = r->at;
    r->column_at_mark = 1;
    skip_blank_lines(r, &r->at);
    r->delim = detect_delimiter(r, r->at);
    return r;
}

void csv_close(struct csv_reader *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nfields; i++)
        free(r->fields[i]);
    free(r->fields);
    free(r->columns);
    free(r->lines);
    free(r->quoted);
    free(r->field.data);
    free(r->buf);
    free(r->path);
    free(r);
}

const char *csv_path(const struct csv_reader *r)
{
    return r->path;
}

char csv_delimiter(const struct csv_reader *r)
{
    return r->delim;
}

/* ---- fields ---------------------------------------------------------------------- */

static int is_space(const struct csv_reader *r, unsigned char c)
{
    return c == ' ' || (c == '\t' && r->delim != '\t');
}

static int push_byte(struct csv_reader *r, struct px_err *e, struct pos start, char c)
{
    struct bytes *b = &r->field;
    if (b->len >= FIELD_MAX)
        return fail_at(r, e, start,
                       "expected a field of at most 1 MiB, found a longer one "
                       "(is a quote left open?)");
    if (b->len + 1 >= b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *data = realloc(b->data, cap);
        if (!data) {
            px_err_set(e, PX_SYSTEM, "%s: out of memory", r->path);
            return -1;
        }
        b->data = data;
        b->cap = cap;
    }
    b->data[b->len++] = c;
    return 0;
}

static int reject_nul(struct csv_reader *r, struct px_err *e, struct pos p)
{
    return fail_at(r, e, p, "expected text, found a NUL byte (is this a spreadsheet saved in "
                            "another format? In Excel, save as \"CSV UTF-8\")");
}

/* Reads a quoted field; p is on the opening quote and ends after the closing one. */
static int read_quoted(struct csv_reader *r, struct pos *p, struct px_err *e)
{
    struct pos open = *p;
    step(r, p);
    for (;;) {
        if (at_end(r, *p))
            return fail_at(r, e, open,
                           "expected a closing quote for the field opened here, found the end "
                           "of the file");
        unsigned char c = byte_at(r, *p);
        if (c == '\0')
            return reject_nul(r, e, *p);
        step(r, p);
        if (c == '"') {
            if (at_end(r, *p) || byte_at(r, *p) != '"')
                return 0;
            step(r, p); /* "" is one quote */
        } else if (c == '\r') {
            c = '\n'; /* CRLF or a lone CR inside a cell is one line break */
            if (!at_end(r, *p) && byte_at(r, *p) == '\n')
                step(r, p);
        }
        if (push_byte(r, e, open, (char)c) < 0)
            return -1;
    }
}

/* Reads an unquoted field up to the delimiter or the end of the line, trailing spaces off. */
static int read_unquoted(struct csv_reader *r, struct pos *p, struct px_err *e)
{
    struct pos start = *p;
    while (!at_end(r, *p)) {
        unsigned char c = byte_at(r, *p);
        if (c == (unsigned char)r->delim || is_line_end(c))
            break;
        if (c == '\0')
            return reject_nul(r, e, *p);
        if (c == '"')
            return fail_at(r, e, *p,
                           "expected no quote inside an unquoted field (quote the whole field "
                           "and double the quote: \"a \"\"b\"\"\"), found '\"'");
        if (push_byte(r, e, start, (char)c) < 0)
            return -1;
        step(r, p);
    }
    while (r->field.len > 0 && is_space(r, (unsigned char)r->field.data[r->field.len - 1]))
        r->field.len--;
    return 0;
}

/* The position of byte `index` of the unquoted field whose text starts at p. */
static struct pos locate_in_field(const struct csv_reader *r, struct pos p, size_t index)
{
    for (size_t i = 0; i < index; i++) {
        unsigned char c = byte_at(r, p);
        step(r, &p);
        if ((c == '"' || c == '\r') && !at_end(r, p) && byte_at(r, p) == (c == '"' ? '"' : '\n'))
            step(r, &p); /* "" and CRLF are one byte of the field */
    }
    return p;
}

static int grow_record(struct csv_reader *r, struct px_err *e)
{
    size_t cap = r->cap ? r->cap * 2 : 16;
    char **fields = realloc(r->fields, cap * sizeof *fields);
    if (fields)
        r->fields = fields;
    size_t *columns = fields ? realloc(r->columns, cap * sizeof *columns) : NULL;
    if (columns)
        r->columns = columns;
    size_t *lines = columns ? realloc(r->lines, cap * sizeof *lines) : NULL;
    if (lines)
        r->lines = lines;
    unsigned char *quoted = lines ? realloc(r->quoted, cap) : NULL;
    if (!quoted) {
        px_err_set(e, PX_SYSTEM, "%s: out of memory", r->path);
        return -1;
    }
    r->quoted = quoted;
    r->cap = cap;
    return 0;
}

/* Validates and normalises the unquoted bytes read for a field and appends it to the record;
 * `text` is where the field's bytes start in the file (after an opening quote). */
static int add_field(struct csv_reader *r, struct pos start, struct pos text, int quoted,
                     struct px_err *e)
{
    if (r->nfields == r->cap && grow_record(r, e) < 0)
        return -1;
    size_t bad = 0;
    char *nfc = text_nfc(r->field.len ? r->field.data : "", r->field.len, &bad);
    if (!nfc) {
        struct pos where = locate_in_field(r, text, bad);
        return fail_at(r, e, where,
                       "expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), found byte 0x%02X",
                       (unsigned char)r->field.data[bad]);
    }
    r->fields[r->nfields] = nfc;
    r->columns[r->nfields] = column_of(r, start);
    r->lines[r->nfields] = start.line;
    r->quoted[r->nfields] = (unsigned char)quoted;
    r->nfields++;
    return 0;
}

/* After a field: a delimiter (1, p moved past it), the end of the record (0, p moved past the
 * line end), or something else (-1, e set). */
static int end_of_field(struct csv_reader *r, struct pos *p, struct px_err *e)
{
    while (!at_end(r, *p) && is_space(r, byte_at(r, *p)))
        step(r, p);
    if (at_end(r, *p))
        return 0;
    unsigned char c = byte_at(r, *p);
    if (c == (unsigned char)r->delim) {
        step(r, p);
        return 1;
    }
    if (is_line_end(c)) {
        step(r, p);
        if (c == '\r' && !at_end(r, *p) && byte_at(r, *p) == '\n')
            step(r, p);
        return 0;
    }
    char found[32];
    describe_char(r, *p, found, sizeof found);
    return fail_at(r, e, *p, "expected '%c' or the end of the line after a closing quote, found %s",
                   r->delim, found);
}

static void clear_record(struct csv_reader *r)
{
    for (size_t i = 0; i < r->nfields; i++)
        free(r->fields[i]);
    r->nfields = 0;
}

/* Reads one record starting at r->at; *end is where it ended (for field-count messages). */
static int read_record(struct csv_reader *r, struct pos *end, struct px_err *e)
{
    clear_record(r);
    struct pos p = r->at;
    int more;
    do {
        while (!at_end(r, p) && is_space(r, byte_at(r, p)))
            step(r, &p);
        struct pos start = p;
        int quoted = !at_end(r, p) && byte_at(r, p) == '"';
        struct pos text = start;
        if (quoted)
            text.off++;
        r->field.len = 0;
        if ((quoted ? read_quoted(r, &p, e) : read_unquoted(r, &p, e)) < 0 ||
            add_field(r, start, text, quoted, e) < 0)
            return -1;
        *end = p;
        more = end_of_field(r, &p, e);
        if (more < 0)
            return -1;
    } while (more);
    r->at = p;
    return 0;
}

static int record_is_blank(const struct csv_reader *r)
{
    for (size_t i = 0; i < r->nfields; i++)
        if (r->quoted[i] || r->fields[i][0])
            return 0;
    return 1;
}

int csv_next(struct csv_reader *r, struct csv_record *rec, struct px_err *e)
{
    struct pos start, end;
    do {
        skip_blank_lines(r, &r->at);
        if (at_end(r, r->at))
            return 0;
        start = r->at;
        if (read_record(r, &end, e) < 0)
            return -1;
    } while (record_is_blank(r));
    if (r->header_fields == 0) {
        r->header_fields = r->nfields;
    } else if (r->nfields != r->header_fields) {
        if (r->nfields < r->header_fields)
            return fail_at(r, e, end, "expected %zu fields as in the header, found %zu",
                           r->header_fields, r->nfields);
        size_t extra = r->header_fields; /* point at the first field too many */
        px_err_at(e, PX_DATA, r->path, (int)r->lines[extra], (int)r->columns[extra],
                  "expected %zu fields as in the header, found %zu", r->header_fields, r->nfields);
        return -1;
    }
    rec->nfields = r->nfields;
    rec->fields = r->fields;
    rec->columns = r->columns;
    rec->lines = r->lines;
    rec->line = start.line;
    return 1;
}
