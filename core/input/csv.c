/* csv.c — CSV files as Excel writes them (see csv.h).  The file is read a chunk at a time
 * into a window that holds the record being read and what follows it (bytes before the
 * record are dropped), converted to UTF-8 on the way when it is in a legacy encoding; a NUL
 * after the window's last byte ends every scan there.  A field's text is found by scanning
 * runs of ordinary bytes at once (a table of the bytes that end a run), and taken from the
 * window as it is unless a "" or a CR in it must be rewritten; it is then trimmed, checked
 * for NUL bytes and UTF-8, and normalised to NFC (ASCII, seen while scanning, as it is).
 * The fields of a record share one buffer, reused for the next.  Positions are kept as line
 * and character column for messages.
 * Uses: encoding.h (decoders, guessing), text.h (text_nfc), vec.h, diag.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* strdup, fileno */
#include "csv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text.h"
#include "vec.h"
#include "i18n.h"

/* No real cell is larger; a longer field is almost always a quote left open. */
#define FIELD_MAX ((size_t)1 << 20)
/* Nor a real record (a cell of FIELD_MAX may be written twice as long with "" escapes). */
#define RECORD_MAX ((size_t)8 << 20)
/* Nor a real row: the import kinds have at most four columns. */
#define FIELDS_MAX 1000
/* How much of the file one read takes (the fuzz build makes it a few bytes, so that records
 * and characters straddle reads all the time). */
#ifdef PARIDX_CSV_CHUNK
#define CHUNK ((size_t)PARIDX_CSV_CHUNK)
#else
#define CHUNK ((size_t)1 << 16)
#endif

/* A place in the text: byte offset, 1-based line and the offset where that line starts. */
struct pos {
    size_t off, line, line_start;
};

struct csv_reader {
    char *path;
    FILE *file;
    struct csv_options opt;
    struct decoder *decoder; /* NULL for UTF-8 */
    char *raw;               /* the last chunk read, before conversion (legacy encodings) */
    size_t raw_total;        /* bytes read from the file so far */
    int eof;
    struct px_err stop; /* why reading stopped before the end (code 0: it has not) */
    /* the window: bytes [base, base + len) of the (UTF-8) text, then a NUL (cap > len) */
    char *buf;
    size_t base, len, cap;
    struct pos at; /* where the next record starts (nothing before it is kept) */
    char delim;
    size_t header_fields; /* 0 until the header has been read */
    size_t rows;          /* records after the header returned so far */
    unsigned char plain_stops[256]; /* the bytes that end a run of an unquoted field */
    char *field;          /* the bytes of a field rewritten while unquoting it */
    size_t field_len, field_cap;
    struct pos column_mark; /* a position whose column is known: columns are counted */
    size_t column_at_mark;  /* forward from it, so long lines cost linear time */
    size_t high_from;       /* where the record's first run of field text with a byte beyond
                             * ASCII starts (SIZE_MAX: none); before it, on the record's lines,
                             * a byte's column is its offset in its line */
    /* the current record: its fields' texts one after the other in `text` (each with its
     * NUL, starting at starts[i]), fields[i] pointing there once the record is read */
    char **fields;
    size_t *columns, *lines, *starts;
    unsigned char *quoted;
    size_t nfields, fields_cap, columns_cap, lines_cap, quoted_cap, starts_cap;
    char *text;
    size_t text_len, text_cap;
};

struct csv_options csv_defaults(void)
{
    return (struct csv_options){(size_t)CSV_DEFAULT_MAX_MIB << 20, CSV_DEFAULT_MAX_ROWS,
                                ENC_UTF8};
}

/* ---- reading the file ------------------------------------------------------------ */

/* Stops reading with a data error at line:col of the file (0 for the file as a whole). */
__attribute__((format(printf, 4, 5))) static int stop_reading(struct csv_reader *r, size_t line,
                                                               size_t col, const char *fmt, ...)
{
    char msg[sizeof r->stop.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    px_err_at(&r->stop, PX_DATA, r->path, (int)line, (int)col, "%s", msg);
    return 0;
}

/* 1 when u[bad..n), the end of a full chunk, is the start of a UTF-8 character cut there. */
static int cut_character(const unsigned char *u, size_t bad, size_t n)
{
    if (n < CHUNK || n - bad > 3 || u[bad] < 0xC2 || u[bad] > 0xF4)
        return 0;
    for (size_t i = bad + 1; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            return 0;
    return 1;
}

/* Checks the file's first n bytes, at `first`: not UTF-16; no UTF-8 when a legacy encoding
 * was asked. */
static void check_start(struct csv_reader *r, const char *first, size_t n)
{
    const unsigned char *u = (const unsigned char *)first;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        stop_reading(r, 1, 1, _("expected UTF-8 text, found UTF-16 (in Excel, save as \"CSV "
                              "UTF-8\")"));
        return;
    }
    size_t high = 0;
    for (size_t i = 0; i < n; i++)
        high += u[i] >= 0x80;
    if (!r->decoder || !high)
        return;
    size_t bad = 0;
    char *nfc = text_nfc(first, n, &bad);
    int utf8 = nfc != NULL || cut_character(u, bad, n);
    free(nfc);
    if (utf8)
        stop_reading(r, 1, 1, _("expected %s text (--encoding %s), found UTF-8 (leave out "
                              "--encoding)"), encoding_title(r->opt.encoding),
                     encoding_name(r->opt.encoding));
}

/* Puts the NUL after the window's last byte (the room is there: cap > len). */
static void end_window(struct csv_reader *r)
{
    if (r->buf)
        r->buf[r->len] = '\0';
}

/* Drops the bytes before the record being read, then reads the next chunk into the window
 * (a UTF-8 file straight into it, a legacy one through its decoder).  0 when there is nothing
 * more (the end of the file, or r->stop says why), else 1. */
static int refill(struct csv_reader *r)
{
    if (r->eof || r->stop.code)
        return 0;
    size_t drop = r->at.off - r->base;
    if (drop > 0)
        memmove(r->buf, r->buf + drop, r->len - drop);
    r->base += drop;
    r->len -= drop;
    end_window(r);
    if (r->len > RECORD_MAX)
        return stop_reading(r, r->at.line, 1, _("expected a record of at most %zu MiB, found a "
                                              "longer one (is a quote left open?)"),
                            RECORD_MAX >> 20);
    if (!r->decoder && vec_reserve(r->buf, r->cap, r->len + CHUNK + 1) != 0) {
        px_err_at(&r->stop, PX_SYSTEM, r->path, 0, 0, _("out of memory"));
        return 0;
    }
    char *into = r->decoder ? r->raw : r->buf + r->len;
    size_t n = fread(into, 1, CHUNK, r->file);
    if (n < CHUNK) {
        if (ferror(r->file))
            return stop_reading(r, 0, 0, _("cannot read: %s"), strerror(errno));
        r->eof = 1;
    }
    if (r->raw_total == 0)
        check_start(r, into, n);
    r->raw_total += n;
    if (r->raw_total > r->opt.max_bytes)
        return stop_reading(r, 0, 0, _("expected a file of at most %zu MiB, found a larger one "
                                     "(raise the cap with --max-mib N)"),
                            r->opt.max_bytes >> 20);
    if (r->stop.code)
        return 0;
    if (!r->decoder) {
        r->len += n;
        end_window(r);
        return 1; /* n == 0 at the end: the next call says so */
    }
    int fed = decoder_feed(r->decoder, r->raw, n, r->eof, &r->buf, &r->len, &r->cap, &r->stop);
    if (r->len > 0 && vec_reserve(r->buf, r->cap, r->len + 1) != 0) {
        r->len--; /* no room for the NUL: the window loses its last byte, as reading stops */
        if (!r->stop.code)
            px_err_at(&r->stop, PX_SYSTEM, r->path, 0, 0, _("out of memory"));
    }
    end_window(r);
    return fed == 0 && !r->stop.code;
}

/* ---- positions ------------------------------------------------------------------- */

/* peek() for a byte past the window: reads on until the window holds it. */
static int peek_on(struct csv_reader *r, struct pos p)
{
    while (p.off >= r->base + r->len)
        if (!refill(r))
            return -1;
    return (unsigned char)r->buf[p.off - r->base];
}

/* The byte at p (reading on as needed), or -1 at the end of the text. */
static inline int peek(struct csv_reader *r, struct pos p)
{
    return p.off < r->base + r->len ? (unsigned char)r->buf[p.off - r->base] : peek_on(r, p);
}

static int at_end(struct csv_reader *r, struct pos p)
{
    return peek(r, p) < 0;
}

/* Moves past one byte, counting a line after "\n", "\r\n" or a lone "\r". */
static void step(struct csv_reader *r, struct pos *p)
{
    int c = peek(r, *p);
    p->off++;
    if (c == '\n' || (c == '\r' && peek(r, *p) != '\n')) {
        p->line++;
        p->line_start = p->off;
    }
}

static int is_line_end(int c)
{
    return c == '\n' || c == '\r';
}

/* The characters among the n bytes at s: those that are not UTF-8 continuation bytes
 * (10xxxxxx), counted eight bytes at a time. */
static size_t count_chars(const unsigned char *s, size_t n)
{
    size_t chars = n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, sizeof w);
        /* 1 in each byte whose top bit is set and the bit below it (shifted up) clear; the
         * multiplication adds the eight bytes up into the top one */
        uint64_t cont = (w & ~(w << 1) & 0x8080808080808080u) >> 7;
        chars -= (size_t)((cont * 0x0101010101010101u) >> 56);
    }
    for (; n > 0; s++, n--)
        chars -= (*s & 0xC0) == 0x80;
    return chars;
}

/* column_of() once a byte beyond ASCII comes before p in the record: counted from a mark. */
static size_t column_counted(struct csv_reader *r, struct pos p)
{
    struct pos *m = &r->column_mark;
    if (m->line_start != p.line_start || m->off > p.off) {
        *m = (struct pos){p.line_start, p.line, p.line_start};
        r->column_at_mark = 1;
    }
    r->column_at_mark +=
        count_chars((const unsigned char *)r->buf + (m->off - r->base), p.off - m->off);
    m->off = p.off;
    return r->column_at_mark;
}

/* 1-based column, in characters, of the byte at p (UTF-8 continuation bytes do not count).
 * p lies in the record being read, so the window holds its line from the start. */
static inline size_t column_of(struct csv_reader *r, struct pos p)
{
    return r->high_from >= p.off ? p.off - p.line_start + 1 : column_counted(r, p);
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
static void describe_char(struct csv_reader *r, struct pos p, char *out, size_t n)
{
    int c = peek(r, p);
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char bytes[4];
    size_t got = 0;
    for (struct pos q = p; got < k && peek(r, q) >= 0; q.off++)
        bytes[got++] = (char)peek(r, q);
    char *ch = got == k ? text_nfc(bytes, k, NULL) : NULL;
    if (ch && c >= 0x20 && c != 0x7F)
        snprintf(out, n, "'%s'", ch);
    else
        snprintf(out, n, "byte 0x%02X", (unsigned)c);
    free(ch);
}

/* ---- opening --------------------------------------------------------------------- */

/* Counts the candidate delimiters outside quotes on the line starting at p. */
static char detect_delimiter(struct csv_reader *r, struct pos p)
{
    static const char candidates[] = {',', ';', '\t'};
    size_t count[3] = {0, 0, 0};
    int quoted = 0, c;
    for (; (c = peek(r, p)) >= 0 && (quoted || !is_line_end(c)); p.off++) {
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

static void skip_blank_lines(struct csv_reader *r, struct pos *p)
{
    while (is_line_end(peek(r, *p)))
        step(r, p);
}

/* Opens the file itself: a regular file within the size cap. */
static int open_file(struct csv_reader *r, struct px_err *e)
{
    r->file = fopen(r->path, "rb");
    struct stat st;
    if (!r->file || fstat(fileno(r->file), &st) != 0) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("cannot read: %s"), strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        px_err_at(e, PX_DATA, r->path, 0, 0,
                  S_ISDIR(st.st_mode) ? _("expected a CSV file, found a folder")
                                      : _("expected a CSV file, found a device or pipe"));
        return -1;
    }
    if ((unsigned long long)st.st_size > r->opt.max_bytes) {
        /* in tenths of a MiB, rounded up: 1 MiB and 1 byte is "1.1", over a cap of 1 */
        unsigned long long tenths = ((unsigned long long)st.st_size * 10 + (1u << 20) - 1) >> 20;
        px_err_at(e, PX_DATA, r->path, 0, 0, _("expected a file of at most %zu MiB, found "
                  "%llu.%llu MiB (raise the cap with --max-mib N)"), r->opt.max_bytes >> 20,
                   tenths / 10, tenths % 10);
        return -1;
    }
    return 0;
}

struct csv_reader *csv_open(const char *path, const struct csv_options *opt, struct px_err *e)
{
    struct csv_reader *r = calloc(1, sizeof *r);
    if (r)
        r->opt = opt ? *opt : csv_defaults();
    if (!r || !(r->path = strdup(path)) ||
        (r->opt.encoding != ENC_UTF8 && !(r->raw = malloc(CHUNK)))) {
        csv_close(r);
        px_err_at(e, PX_SYSTEM, path, 0, 0, _("out of memory"));
        return NULL;
    }
    if (open_file(r, e) != 0 ||
        (r->opt.encoding != ENC_UTF8 &&
         !(r->decoder = decoder_open(r->opt.encoding, r->path, e)))) {
        csv_close(r);
        return NULL;
    }
    r->at = (struct pos){0, 1, 0};
    if (peek(r, r->at) == 0xEF && peek(r, (struct pos){1, 1, 0}) == 0xBB &&
        peek(r, (struct pos){2, 1, 0}) == 0xBF)
        r->at = (struct pos){3, 1, 3}; /* the BOM is not part of the first column */
    if (r->stop.code) {
        *e = r->stop;
        csv_close(r);
        return NULL;
    }
    r->column_mark = r->at;
    r->column_at_mark = 1;
    skip_blank_lines(r, &r->at);
    r->delim = detect_delimiter(r, r->at);
    static const unsigned char plain_ends[] = {'\n', '\r', '"', '\0'};
    for (size_t i = 0; i < sizeof plain_ends; i++)
        r->plain_stops[plain_ends[i]] = 1;
    r->plain_stops[(unsigned char)r->delim] = 1;
    return r;
}

static void clear_record(struct csv_reader *r)
{
    r->nfields = 0;
    r->text_len = 0;
    r->high_from = SIZE_MAX;
}

void csv_close(struct csv_reader *r)
{
    if (!r)
        return;
    clear_record(r);
    free(r->fields);
    free(r->columns);
    free(r->lines);
    free(r->quoted);
    free(r->starts);
    free(r->text);
    free(r->field);
    free(r->buf);
    free(r->raw);
    decoder_close(r->decoder);
    if (r->file)
        fclose(r->file);
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

/* The bytes that end a run of a quoted field: the quote, the line ends (counted), NUL. */
static const unsigned char QUOTED_STOPS[256] = {['"'] = 1, ['\n'] = 1, ['\r'] = 1, ['\0'] = 1};

/* A field's text as read: `len` bytes of the window from offset `off` as they are, or, when
 * a "" or a CR had to be rewritten (`rewritten`), r->field's bytes; `high` when one of them is
 * not ASCII. */
struct span {
    size_t off, len;
    int rewritten, high;
};

static int is_space(const struct csv_reader *r, int c)
{
    return c == ' ' || (c == '\t' && r->delim != '\t');
}

static int out_of_memory(struct csv_reader *r, struct px_err *e)
{
    px_err_at(e, PX_SYSTEM, r->path, 0, 0, _("out of memory"));
    return -1;
}

static int field_too_long(struct csv_reader *r, struct px_err *e, struct pos start)
{
    return fail_at(r, e, start, _("expected a field of at most 1 MiB, found a longer one "
                                "(is a quote left open?)"));
}

static int reject_nul(struct csv_reader *r, struct px_err *e, struct pos p)
{
    return fail_at(r, e, p, _("expected text, found a NUL byte (is this a spreadsheet saved in "
                            "another format? In Excel, save as \"CSV UTF-8\")"));
}

/* Moves p past the bytes from it on, within the window, that `stops` does not mark, noting
 * in *high the bits of those bytes, and in r->high_from where the run starts when one is
 * beyond ASCII and none was before in the record.  The byte it stopped at, or -1 at the
 * window's end (whose NUL is marked in every table).  Every byte of a record before a field
 * or a place a message names is such a run's or ASCII (spaces, quotes, delimiters, line
 * ends), so column_of() counts characters only after r->high_from. */
static int scan_run(struct csv_reader *r, struct pos *p, const unsigned char *stops,
                    unsigned *high)
{
    const unsigned char *from = (const unsigned char *)r->buf + (p->off - r->base), *c = from;
    unsigned bits = 0;
    while (!stops[*c])
        bits |= *c++;
    *high |= bits;
    if ((bits & 0x80) && r->high_from == SIZE_MAX)
        r->high_from = p->off;
    p->off += (size_t)(c - from);
    return p->off < r->base + r->len ? *c : -1;
}

/* Appends the window's bytes [from, to) to r->field, then `also` unless it is -1. */
static int keep_bytes(struct csv_reader *r, struct px_err *e, size_t from, size_t to, int also)
{
    size_t n = to - from;
    if (vec_reserve(r->field, r->field_cap, r->field_len + n + 1))
        return out_of_memory(r, e);
    memcpy(r->field + r->field_len, r->buf + (from - r->base), n);
    r->field_len += n;
    if (also >= 0)
        r->field[r->field_len++] = (char)also;
    return 0;
}

/* Reads a quoted field; p is on the opening quote and ends after the closing one.  "" is
 * one quote, and CRLF or a lone CR one line break ("\n"): where one comes, the bytes before
 * it are copied to r->field, which takes the rest of the field too. */
static int read_quoted(struct csv_reader *r, struct pos *p, struct span *f, struct px_err *e)
{
    struct pos open = *p;
    unsigned high = 0;
    size_t from = ++p->off; /* the first byte of the field not copied yet */
    int rewritten = 0;
    r->field_len = 0;
    for (;;) {
        int c = scan_run(r, p, QUOTED_STOPS, &high);
        if (r->field_len + (p->off - from) > FIELD_MAX)
            return field_too_long(r, e, open);
        if (c < 0 && peek(r, *p) < 0)
            return fail_at(r, e, open,
                           _("expected a closing quote for the field opened here, found the end "
                           "of the file"));
        if (c < 0)
            continue; /* the window was read on */
        if (c == '\0')
            return reject_nul(r, e, *p);
        if (c == '\n') {
            p->line_start = ++p->off;
            p->line++;
            continue;
        }
        int next = peek(r, (struct pos){p->off + 1, p->line, p->line_start});
        if (c == '"' && next != '"')
            break;
        if (keep_bytes(r, e, from, p->off, c == '"' ? '"' : '\n') < 0)
            return -1;
        p->off += c == '"' || next == '\n' ? 2 : 1;
        if (c == '\r') {
            p->line++;
            p->line_start = p->off;
        }
        from = p->off;
        rewritten = 1;
    }
    if (rewritten && keep_bytes(r, e, from, p->off, -1) < 0)
        return -1;
    *f = (struct span){from, p->off - from, rewritten, high >= 0x80};
    if (rewritten)
        f->len = r->field_len;
    p->off++; /* the closing quote */
    return 0;
}

/* Reads an unquoted field up to the delimiter or the end of the line, trailing spaces off. */
static int read_unquoted(struct csv_reader *r, struct pos *p, struct span *f, struct px_err *e)
{
    struct pos start = *p;
    unsigned high = 0;
    int c;
    while ((c = scan_run(r, p, r->plain_stops, &high)) < 0 &&
           p->off - start.off <= FIELD_MAX && peek(r, *p) >= 0)
        ; /* the window was read on */
    if (p->off - start.off > FIELD_MAX)
        return field_too_long(r, e, start);
    if (c == '\0')
        return reject_nul(r, e, *p);
    if (c == '"')
        return fail_at(r, e, *p,
                       _("expected no quote inside an unquoted field (quote the whole field "
                       "and double the quote: \"a \"\"b\"\"\"), found '\"'"));
    size_t n = p->off - start.off;
    while (n > 0 && is_space(r, (unsigned char)r->buf[start.off + n - 1 - r->base]))
        n--;
    *f = (struct span){start.off, n, 0, high >= 0x80};
    return 0;
}

/* The position of byte `index` of the unquoted field whose text starts at p. */
static struct pos locate_in_field(struct csv_reader *r, struct pos p, size_t index)
{
    for (size_t i = 0; i < index; i++) {
        int c = peek(r, p);
        step(r, &p);
        if ((c == '"' || c == '\r') && peek(r, p) == (c == '"' ? '"' : '\n'))
            step(r, &p); /* "" and CRLF are one byte of the field */
    }
    return p;
}

/* The message for bytes that are not UTF-8 at `where`, with the fix when the record and what
 * follows it look like a legacy Vietnamese encoding. */
static int reject_encoding(struct csv_reader *r, struct pos where, unsigned char b,
                           struct px_err *e)
{
    size_t from = r->at.off - r->base;
    enum text_encoding guess =
        encoding_guess((const unsigned char *)r->buf + from, r->len - from);
    if (guess == ENC_CP1258)
        return fail_at(r, e, where, _("expected UTF-8 text, found byte 0x%02X: the file looks "
                                    "like Windows-1258 (Vietnamese ANSI); in Excel, save as "
                                    "\"CSV UTF-8\", or add --encoding cp1258"), b);
    if (guess == ENC_TCVN3)
        return fail_at(r, e, where, _("expected UTF-8 text, found byte 0x%02X: the file looks "
                                    "like TCVN3 (ABC fonts such as .VnTime); convert it to "
                                    "Unicode and save as \"CSV UTF-8\", or add --encoding "
                                    "tcvn3"), b);
    return fail_at(r, e, where,
                   _("expected UTF-8 text (in Excel, save as \"CSV UTF-8\"), found byte 0x%02X"), b);
}

/* Validates and normalises the field's text f and appends it to the record; `text` is where
 * the field's bytes start in the file (after an opening quote). */
static int add_field(struct csv_reader *r, struct pos start, struct pos text, int quoted,
                     const struct span *f, struct px_err *e)
{
    size_t n = r->nfields + 1;
    if (n > FIELDS_MAX)
        return fail_at(r, e, start, _("expected at most %d fields in a row, found more"),
                       FIELDS_MAX);
    if (vec_reserve(r->fields, r->fields_cap, n) || vec_reserve(r->columns, r->columns_cap, n) ||
        vec_reserve(r->lines, r->lines_cap, n) || vec_reserve(r->quoted, r->quoted_cap, n) ||
        vec_reserve(r->starts, r->starts_cap, n))
        return out_of_memory(r, e);
    size_t bad = 0, len = f->len;
    const char *from = f->rewritten ? r->field : r->buf + (f->off - r->base);
    char *nfc = f->high ? text_nfc(from, len, &bad) : NULL;
    if (nfc)
        len = strlen(nfc);
    else if (f->high)
        return reject_encoding(r, locate_in_field(r, text, bad), (unsigned char)from[bad], e);
    if (vec_reserve(r->text, r->text_cap, r->text_len + len + 1)) {
        free(nfc);
        return out_of_memory(r, e);
    }
    memcpy(r->text + r->text_len, nfc ? nfc : from, len);
    if (nfc)
        free(nfc);
    r->starts[r->nfields] = r->text_len;
    r->text[r->text_len + len] = '\0';
    r->text_len += len + 1;
    r->columns[r->nfields] = column_of(r, start);
    r->lines[r->nfields] = start.line;
    r->quoted[r->nfields] = (unsigned char)quoted;
    r->nfields = n;
    return 0;
}

/* After a field: a delimiter (1, p moved past it), the end of the record (0, p moved past the
 * line end), or something else (-1, e set). */
static int end_of_field(struct csv_reader *r, struct pos *p, struct px_err *e)
{
    int c;
    while (is_space(r, c = peek(r, *p)))
        p->off++;
    if (c < 0)
        return 0;
    if (c == (unsigned char)r->delim) {
        p->off++;
        return 1;
    }
    if (is_line_end(c)) {
        step(r, p);
        if (c == '\r' && peek(r, *p) == '\n')
            step(r, p);
        return 0;
    }
    char found[32];
    describe_char(r, *p, found, sizeof found);
    return fail_at(r, e, *p, _("expected '%c' or the end of the line after a closing quote, found %s"),
                   r->delim, found);
}

/* Reads one record starting at r->at; *end is where it ended (for field-count messages). */
static int read_record(struct csv_reader *r, struct pos *end, struct px_err *e)
{
    clear_record(r);
    struct pos p = r->at;
    int more;
    do {
        int c;
        while (is_space(r, c = peek(r, p)))
            p.off++;
        struct pos start = p;
        int quoted = c == '"';
        struct pos text = start;
        if (quoted)
            text.off++;
        struct span f = {0, 0, 0, 0};
        if ((quoted ? read_quoted(r, &p, &f, e) : read_unquoted(r, &p, &f, e)) < 0 ||
            add_field(r, start, text, quoted, &f, e) < 0)
            return -1;
        *end = p;
        more = end_of_field(r, &p, e);
        if (more < 0)
            return -1;
    } while (more);
    for (size_t i = 0; i < r->nfields; i++) /* the texts have stopped moving */
        r->fields[i] = r->text + r->starts[i];
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

/* Reads the next record that is not blank: 1, 0 at the end, -1 with e set.  When reading
 * stopped early (a cap, a read or conversion error), that is the error. */
static int next_record(struct csv_reader *r, struct pos *start, struct pos *end,
                       struct px_err *e)
{
    int rc;
    do {
        skip_blank_lines(r, &r->at);
        *start = r->at;
        rc = at_end(r, r->at) ? 0 : read_record(r, end, e) < 0 ? -1 : 1;
    } while (rc == 1 && record_is_blank(r));
    if (r->stop.code) {
        *e = r->stop;
        return -1;
    }
    return rc;
}

int csv_next(struct csv_reader *r, struct csv_record *rec, struct px_err *e)
{
    struct pos start, end;
    int rc = next_record(r, &start, &end, e);
    if (rc <= 0)
        return rc;
    if (r->header_fields == 0) {
        r->header_fields = r->nfields;
    } else if (r->nfields != r->header_fields) {
        if (r->nfields < r->header_fields)
            return fail_at(r, e, end, _("expected %zu fields as in the header, found %zu"),
                           r->header_fields, r->nfields);
        size_t extra = r->header_fields; /* point at the first field too many */
        px_err_at(e, PX_DATA, r->path, (int)r->lines[extra], (int)r->columns[extra],
                  _("expected %zu fields as in the header, found %zu"), r->header_fields,
                      r->nfields);
        return -1;
    } else if (++r->rows > r->opt.max_rows) {
        return fail_at(r, e, start, _("expected at most %zu rows after the header, found more "
                                    "(raise the cap with --max-rows N)"), r->opt.max_rows);
    }
    rec->nfields = r->nfields;
    rec->fields = r->fields;
    rec->columns = r->columns;
    rec->lines = r->lines;
    rec->line = start.line;
    return 1;
}
