/* xlsx.c — the records of an .xlsx workbook's one data sheet (see xlsx.h).  The archive is
 * opened with libzip and each part (workbook, its relationships, styles, shared strings, the
 * sheet) parsed with expat; every byte read is counted against the --max-mib cap, so a zip
 * bomb stops at the cap.  The sheet is read whole into rows of cells, then handed out a row
 * at a time.
 * Uses: csv.h, calendar.h, text.h (text_nfc), vec.h, diag.h, libzip (libzip_lazy.h: loaded on
 * first use), expat, i18n.h (messages). */
#define _GNU_SOURCE /* memmem; strdup */
#include "xlsx.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <expat.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "libzip_lazy.h"

#include "calendar.h"
#include "text.h"
#include "vec.h"
#include "i18n.h"

struct cell {
    size_t col;
    char *text; /* NFC, trimmed */
};

struct row {
    size_t row;
    struct cell *cells;
    size_t ncells, cap;
};

struct sheet_ref {
    char *name, *rid;
};

struct xlsx_reader {
    char *path;
    struct csv_options opt;
    zip_t *zip;
    size_t budget; /* bytes still allowed once uncompressed */
    int date1904;
    struct sheet_ref *sheets;
    size_t nsheets, sheets_cap;
    char *data_sheet; /* its name */
    char *data_part;  /* its part in the archive, "xl/worksheets/sheet1.xml" */
    char **strings;   /* shared strings */
    size_t nstrings, strings_cap;
    unsigned char *date_style; /* per cellXfs index: 1 when its number format is a date */
    size_t nstyles, styles_cap;
    struct row *rows;
    size_t nrows, rows_cap, next;
    size_t records; /* handed out, the header included */
    size_t width;   /* the header's last column: every record has at least as many fields */
    /* the record handed out last */
    char **fields;
    size_t *columns, *lines;
    size_t fields_cap, columns_cap, lines_cap;
};

/* ---- errors ---------------------------------------------------------------------- */

/* Column number (A = 1) as letters into buf. */
static void column_letters(size_t col, char buf[16])
{
    char tmp[16];
    size_t n = 0;
    for (; col > 0 && n < sizeof tmp - 1; col = (col - 1) / 26)
        tmp[n++] = (char)('A' + (col - 1) % 26);
    for (size_t i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
}

const char *xlsx_place(const struct xlsx_reader *r, size_t row, size_t col, char *buf, size_t n)
{
    char letters[16];
    column_letters(col, letters);
    snprintf(buf, n, "%s:%s!%s%zu", r->path, r->data_sheet ? r->data_sheet : "", letters, row);
    return buf;
}

__attribute__((format(printf, 5, 6))) static int fail_cell(const struct xlsx_reader *r,
                                                           struct px_err *e, size_t row,
                                                           size_t col, const char *fmt, ...)
{
    char place[600], msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    px_err_at(e, PX_DATA, xlsx_place(r, row, col, place, sizeof place), 0, 0, "%s", msg);
    return -1;
}

static int out_of_memory(const struct xlsx_reader *r, struct px_err *e)
{
    px_err_at(e, PX_SYSTEM, r->path, 0, 0, _("out of memory"));
    return -1;
}

/* ---- the archive ----------------------------------------------------------------- */

/* 1 when the open compound file f names the stream "EncryptedPackage" (in UTF-16LE, as its
 * directory does): Office's password protection, not an Excel 97-2003 workbook. */
static int encrypted(FILE *f)
{
    static const char NAME[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    enum { KEEP = sizeof NAME - 2 }; /* bytes carried over, for a name across two reads */
    char buf[65536 + KEEP];
    size_t kept = 0, got;
    rewind(f);
    while ((got = fread(buf + kept, 1, sizeof buf - kept, f)) > 0) {
        if (memmem(buf, kept + got, NAME, sizeof NAME - 1))
            return 1;
        size_t have = kept + got;
        kept = have < KEEP ? have : KEEP;
        memmove(buf, buf + have - kept, kept);
    }
    return 0;
}

/* Refuses what is not a regular file within the cap, and an encrypted workbook or an Excel
 * 97-2003 one (OLE compound files, not zips) with the fix. */
static int check_file(struct xlsx_reader *r, struct px_err *e)
{
    static const unsigned char OLE[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    struct stat st;
    FILE *f = fopen(r->path, "rb");
    unsigned char magic[8] = {0};
    int ok = f && fstat(fileno(f), &st) == 0;
    size_t got = ok && S_ISREG(st.st_mode) ? fread(magic, 1, sizeof magic, f) : 0;
    int err = errno;
    int ole = got == sizeof magic && memcmp(magic, OLE, sizeof magic) == 0;
    int locked = ole && (unsigned long long)st.st_size <= r->opt.max_bytes && encrypted(f);
    if (f)
        fclose(f);
    if (!ok) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("cannot read: %s"), strerror(err));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        px_err_at(e, PX_DATA, r->path, 0, 0,
                  S_ISDIR(st.st_mode) ? _("expected an .xlsx file, found a folder")
                                      : _("expected an .xlsx file, found a device or pipe"));
        return -1;
    }
    if ((unsigned long long)st.st_size > r->opt.max_bytes) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("expected a file of at most %zu MiB, found more "
                  "(raise the cap with --max-mib N)"), r->opt.max_bytes >> 20);
        return -1;
    }
    if (locked) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("expected an .xlsx workbook, found a "
                  "password-protected (encrypted) file; open it in Excel, remove the password "
                  "(File > Info > Protect Workbook > Encrypt with Password) and save it again"));
        return -1;
    }
    if (ole) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("expected an .xlsx workbook, found an Excel "
                  "97-2003 workbook (.xls); open it in Excel and save it as \"Excel Workbook "
                  "(*.xlsx)\""));
        return -1;
    }
    return 0;
}

static int damaged(const struct xlsx_reader *r, struct px_err *e, const char *what)
{
    px_err_at(e, PX_DATA, r->path, 0, 0, _("expected an .xlsx workbook, found a damaged file "
              "(%s); save it again from Excel as \"Excel Workbook (*.xlsx)\""), what);
    return -1;
}

/* Reads the archive's part `name` whole (NUL-terminated) within the budget; NULL with e set
 * when it is absent or cannot be read. */
static char *read_part(struct xlsx_reader *r, const char *name, size_t *len, struct px_err *e)
{
    *len = 0;
    zip_file_t *f = zip_fopen(r->zip, name, 0);
    if (!f) {
        char what[300];
        snprintf(what, sizeof what, _("it has no %s"), name);
        damaged(r, e, what);
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (vec_reserve(buf, cap, n + 65536 + 1) != 0) {
            out_of_memory(r, e);
            break;
        }
        zip_int64_t got = zip_fread(f, buf + n, 65536);
        if (got < 0) {
            char what[300];
            snprintf(what, sizeof what, "%s: %s", name, zip_file_strerror(f));
            damaged(r, e, what);
            break;
        }
        if (got == 0) {
            zip_fclose(f);
            buf[n] = '\0';
            *len = n;
            return buf;
        }
        if ((size_t)got > r->budget) {
            px_err_at(e, PX_DATA, r->path, 0, 0, _("expected at most %zu MiB once uncompressed, "
                      "found more in %s (raise the cap with --max-mib N)"),
                      r->opt.max_bytes >> 20, name);
            break;
        }
        r->budget -= (size_t)got;
        n += (size_t)got;
    }
    zip_fclose(f);
    free(buf);
    return NULL;
}

/* ---- XML parts, parsed by expat -------------------------------------------------- */

/* What each part's handlers share: the reader, the text being collected, the first error. */
struct parse {
    struct xlsx_reader *r;
    XML_Parser xp;
    struct px_err *e;
    int failed;
    char *text; /* character data collected while `collect` */
    size_t ntext, text_cap;
    int collect;
    void *state; /* the part's own */
};

/* The local name of an element or attribute ("x:c" → "c", "r:id" → "id"). */
static const char *local(const char *name)
{
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
    for (; atts[0]; atts += 2)
        if (strcmp(local(atts[0]), name) == 0)
            return atts[1];
    return NULL;
}

static void stop(struct parse *p)
{
    p->failed = 1;
    XML_StopParser(p->xp, XML_FALSE);
}

static void on_text(void *data, const XML_Char *s, int len)
{
    struct parse *p = data;
    if (!p->collect || p->failed)
        return;
    if (vec_reserve(p->text, p->text_cap, p->ntext + (size_t)len + 1) != 0) {
        out_of_memory(p->r, p->e);
        stop(p);
        return;
    }
    memcpy(p->text + p->ntext, s, (size_t)len);
    p->ntext += (size_t)len;
    p->text[p->ntext] = '\0';
}

static void start_text(struct parse *p)
{
    p->collect = 1;
    p->ntext = 0;
    if (p->text)
        p->text[0] = '\0';
}

static const char *text_of(const struct parse *p)
{
    return p->text ? p->text : "";
}

/* Parses the part `name` (its bytes in buf) with the handlers; 0 or -1 with e set. */
static int parse_part(struct xlsx_reader *r, const char *name, const char *buf, size_t len,
                      XML_StartElementHandler start, XML_EndElementHandler end, void *state,
                      struct px_err *e)
{
    if (len > INT_MAX) {
        px_err_at(e, PX_DATA, r->path, 0, 0, _("expected parts of at most 2 GiB, found more in %s"),
                  name);
        return -1;
    }
    struct parse p = {r, XML_ParserCreate("UTF-8"), e, 0, NULL, 0, 0, 0, state};
    if (!p.xp)
        return out_of_memory(r, e);
    XML_SetUserData(p.xp, &p);
    XML_SetElementHandler(p.xp, start, end);
    XML_SetCharacterDataHandler(p.xp, on_text);
    int ok = XML_Parse(p.xp, buf, (int)len, XML_TRUE) == XML_STATUS_OK;
    if (!ok && !p.failed) {
        char what[400];
        snprintf(what, sizeof what, "%s:%lu:%lu: %s", name,
                 (unsigned long)XML_GetCurrentLineNumber(p.xp),
                 (unsigned long)XML_GetCurrentColumnNumber(p.xp) + 1,
                 XML_ErrorString(XML_GetErrorCode(p.xp)));
        damaged(r, e, what);
    }
    XML_ParserFree(p.xp);
    free(p.text);
    return ok && !p.failed ? 0 : -1;
}

/* Reads and parses a part; an absent optional part is no error. */
static int load_part(struct xlsx_reader *r, const char *name, int required,
                     XML_StartElementHandler start, XML_EndElementHandler end, void *state,
                     struct px_err *e)
{
    size_t len;
    if (!required && zip_name_locate(r->zip, name, 0) < 0)
        return 0;
    char *buf = read_part(r, name, &len, e);
    if (!buf)
        return -1;
    int rc = parse_part(r, name, buf, len, start, end, state, e);
    free(buf);
    return rc;
}

static void no_end(void *data, const XML_Char *name)
{
    (void)data;
    (void)name;
}

/* ---- xl/workbook.xml and its relationships: which sheet holds the data ------------ */

static void workbook_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    struct parse *p = data;
    struct xlsx_reader *r = p->r;
    const char *el = local(name);
    if (strcmp(el, "workbookPr") == 0) {
        const char *d = attr(atts, "date1904");
        r->date1904 = d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0);
    } else if (strcmp(el, "sheet") == 0) {
        const char *sheet_name = attr(atts, "name"), *rid = attr(atts, "id");
        struct sheet_ref s = {strdup(sheet_name ? sheet_name : ""), strdup(rid ? rid : "")};
        if (!s.name || !s.rid || VEC_PUSH(r->sheets, r->nsheets, r->sheets_cap, s) != 0) {
            free(s.name);
            free(s.rid);
            out_of_memory(r, p->e);
            stop(p);
        }
    }
}

static void rels_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    struct parse *p = data;
    struct xlsx_reader *r = p->r;
    const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
    if (strcmp(local(name), "Relationship") != 0 || !id || !target || r->data_part ||
        strcmp(id, (const char *)p->state) != 0)
        return;
    size_t need = strlen(target) + 4;
    if (!(r->data_part = malloc(need))) {
        out_of_memory(r, p->e);
        stop(p);
        return;
    }
    if (target[0] == '/')
        snprintf(r->data_part, need, "%s", target + 1);
    else
        snprintf(r->data_part, need, "xl/%s", target);
}

/* Finds the one data sheet (every sheet but the instructions) and its part. */
static int find_data_sheet(struct xlsx_reader *r, struct px_err *e)
{
    if (load_part(r, "xl/workbook.xml", 1, workbook_start, no_end, NULL, e))
        return -1;
    const struct sheet_ref *data = NULL;
    size_t ndata = 0;
    char names[400] = "";
    for (size_t i = 0; i < r->nsheets; i++) {
        if (strcmp(r->sheets[i].name, XLSX_GUIDE_SHEET) == 0)
            continue;
        data = data ? data : &r->sheets[i];
        size_t used = strlen(names);
        snprintf(names + used, sizeof names - used, "%s'%s'", ndata++ ? ", " : "",
                 r->sheets[i].name);
    }
    if (ndata != 1) {
        if (ndata)
            px_err_at(e, PX_DATA, r->path, 0, 0, _("expected one sheet of data (besides '%s'), "
                      "found %zu: %s; move the rows into one sheet and delete the others"),
                      XLSX_GUIDE_SHEET, ndata, names);
        else
            px_err_at(e, PX_DATA, r->path, 0, 0, _("expected a sheet of data (besides '%s'), "
                      "found none"), XLSX_GUIDE_SHEET);
        return -1;
    }
    if (!(r->data_sheet = strdup(data->name)))
        return out_of_memory(r, e);
    if (load_part(r, "xl/_rels/workbook.xml.rels", 1, rels_start, no_end, data->rid, e))
        return -1;
    if (!r->data_part) {
        char what[300];
        snprintf(what, sizeof what, "sheet '%s' has no part", data->name);
        return damaged(r, e, what);
    }
    return 0;
}

/* ---- xl/styles.xml: which cell styles show dates --------------------------------- */

struct numfmt {
    int id, date; /* a number format declared in the file, and whether it shows a date */
};

struct styles {
    int in_xfs;
    struct numfmt *custom;
    size_t ncustom, cap;
};

/* 1 when an Excel number format code shows a date: a d or y outside quotes, brackets and
 * escapes ("dd/mm/yyyy", "[$-42A]d mmmm yyyy"). */
static int format_is_date(const char *code)
{
    for (const char *s = code; *s; s++) {
        if (*s == '"') {
            const char *q = strchr(s + 1, '"');
            if (!q)
                return 0;
            s = q;
        } else if (*s == '[') {
            const char *q = strchr(s + 1, ']');
            if (!q)
                return 0;
            s = q;
        } else if (*s == '\\' && s[1]) {
            s++;
        } else if (strchr("dDyY", *s)) {
            return 1;
        }
    }
    return 0;
}

/* Excel's built-in date formats (ECMA-376 18.8.30), and those declared in the file. */
static int numfmt_is_date(const struct styles *st, int id)
{
    for (size_t i = 0; i < st->ncustom; i++)
        if (st->custom[i].id == id)
            return st->custom[i].date;
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void styles_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    struct parse *p = data;
    struct styles *st = p->state;
    struct xlsx_reader *r = p->r;
    const char *el = local(name);
    if (strcmp(el, "numFmt") == 0) {
        const char *id = attr(atts, "numFmtId"), *code = attr(atts, "formatCode");
        struct numfmt nf = {id ? atoi(id) : -1, code && format_is_date(code)};
        if (VEC_PUSH(st->custom, st->ncustom, st->cap, nf) != 0) {
            out_of_memory(r, p->e);
            stop(p);
        }
    } else if (strcmp(el, "cellXfs") == 0) {
        st->in_xfs = 1;
    } else if (st->in_xfs && strcmp(el, "xf") == 0) {
        const char *id = attr(atts, "numFmtId");
        unsigned char date = (unsigned char)numfmt_is_date(st, id ? atoi(id) : 0);
        if (VEC_PUSH(r->date_style, r->nstyles, r->styles_cap, date) != 0) {
            out_of_memory(r, p->e);
            stop(p);
        }
    }
}

static void styles_end(void *data, const XML_Char *name)
{
    struct parse *p = data;
    if (strcmp(local(name), "cellXfs") == 0)
        ((struct styles *)p->state)->in_xfs = 0;
}

/* ---- xl/sharedStrings.xml -------------------------------------------------------- */

/* Inside <si>: the text of its <t> elements, those of phonetic runs (<rPh>) left out. */
struct strings {
    int in_si, in_rph;
};

static void strings_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    (void)atts;
    struct parse *p = data;
    struct strings *st = p->state;
    const char *el = local(name);
    if (strcmp(el, "si") == 0) {
        st->in_si = 1;
        start_text(p);
        p->collect = 0;
    } else if (strcmp(el, "rPh") == 0) {
        st->in_rph = 1;
    } else if (strcmp(el, "t") == 0 && st->in_si && !st->in_rph) {
        p->collect = 1;
    }
}

static void strings_end(void *data, const XML_Char *name)
{
    struct parse *p = data;
    struct strings *st = p->state;
    struct xlsx_reader *r = p->r;
    const char *el = local(name);
    if (strcmp(el, "t") == 0) {
        p->collect = 0;
    } else if (strcmp(el, "rPh") == 0) {
        st->in_rph = 0;
    } else if (strcmp(el, "si") == 0) {
        st->in_si = 0;
        char *s = strdup(text_of(p));
        if (!s || VEC_PUSH(r->strings, r->nstrings, r->strings_cap, s) != 0) {
            free(s);
            out_of_memory(r, p->e);
            stop(p);
        }
    }
}

/* ---- the sheet ------------------------------------------------------------------- */

struct sheet {
    size_t row, col;    /* the current row and cell (from 1) */
    char type[16];      /* the cell's t attribute */
    int date;           /* its style shows a date */
    int formula;        /* it has <f> */
    char *formula_text; /* what <f> held */
    char *value;        /* what <v> (or the inline string) held */
    int in_v, in_is;
};

/* Reads "C12" into col and row; 0, or -1 when it is not a cell reference. */
static int parse_ref(const char *ref, size_t *col, size_t *row)
{
    size_t c = 0, rw = 0;
    const char *s = ref;
    for (; *s >= 'A' && *s <= 'Z' && c < 100000; s++)
        c = c * 26 + (size_t)(*s - 'A' + 1);
    for (; *s >= '0' && *s <= '9' && rw < 10000000; s++)
        rw = rw * 10 + (size_t)(*s - '0');
    if (s == ref || *s || c == 0 || rw == 0)
        return -1;
    *col = c;
    *row = rw;
    return 0;
}

/* A serial day number of Excel's calendar as dd/mm/yyyy; 0, or -1 when no such day. */
static int serial_date(const struct xlsx_reader *r, double serial, char out[11])
{
    /* day 1 is 01/01/1900 (day 0 is 01/01/1904 in the 1904 system); 60 is 29/02/1900, a day
     * Excel counts that never was; 2958465 is 31/12/9999 */
    if (!(serial >= (r->date1904 ? 0 : 1) && serial < (r->date1904 ? 2957004 : 2958466)) ||
        (!r->date1904 && floor(serial) == 60))
        return -1;
    long days = (long)floor(serial);
    /* days since 1970-01-01 of the day before serial 1, then Hinnant's civil_from_days */
    long z = days + (r->date1904 ? -24107 : days < 60 ? -25568 : -25569) + 719468;
    long era = z / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    struct px_date d;
    d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.y = (int)(yoe + era * 400 + (d.m <= 2));
    date_vn(d, out);
    return 0;
}

/* A stored number as a person would type it: no exponent, up to 15 significant digits. */
static void number_text(double x, char *buf, size_t n)
{
    snprintf(buf, n, "%.15g", x);
    if (!strpbrk(buf, "eE"))
        return;
    snprintf(buf, n, fabs(x) >= 1 ? "%.0f" : "%.17f", x);
    char *end = buf + strlen(buf);
    if (strchr(buf, '.')) {
        while (end[-1] == '0')
            *--end = '\0';
        if (end[-1] == '.')
            end[-1] = '\0';
    }
}

/* The text of the finished cell, or NULL after setting the error (or for out of memory). */
static char *cell_text(struct parse *p, struct sheet *sh, char *num, size_t n)
{
    struct xlsx_reader *r = p->r;
    const char *v = sh->value ? sh->value : "";
    const char *t = sh->type;
    if (strcmp(t, "e") == 0) {
        fail_cell(r, p->e, sh->row, sh->col, _("expected a value, found the Excel error %s; "
                  "correct the cell and save again"), v);
        return NULL;
    }
    if (sh->formula && !sh->value) {
        fail_cell(r, p->e, sh->row, sh->col, _("expected a value, found a formula without a "
                  "saved result; open the file in Excel and save it again"));
        return NULL;
    }
    if (strcmp(t, "s") == 0) {
        char *end;
        unsigned long i = strtoul(v, &end, 10);
        if (*v && !*end && i < r->nstrings)
            return r->strings[i];
        fail_cell(r, p->e, sh->row, sh->col, _("expected a shared string, found the index '%s' "
                  "of %zu; save the file again from Excel"), v, r->nstrings);
        return NULL;
    }
    if (strcmp(t, "b") == 0)
        return strcmp(v, "1") == 0 ? "có" : "không";
    if (strcmp(t, "str") == 0 || strcmp(t, "inlineStr") == 0 || !*v)
        return (char *)v;
    if (strcmp(t, "d") == 0) { /* an ISO 8601 date cell (Strict Open XML) */
        struct px_date d;
        char day[11];
        snprintf(day, sizeof day, "%s", v); /* "2019-12-31T00:00:00" → its day */
        if (date_parse(day, &d, NULL) == 0) {
            date_vn(d, num);
            return num;
        }
        fail_cell(r, p->e, sh->row, sh->col, _("expected a date, found '%s'"), v);
        return NULL;
    }
    char *end;
    double x = strtod(v, &end);
    if (*end || !isfinite(x)) {
        fail_cell(r, p->e, sh->row, sh->col, _("expected a number, found '%s'"), v);
        return NULL;
    }
    if (sh->date) {
        if (serial_date(r, x, num) == 0)
            return num;
        fail_cell(r, p->e, sh->row, sh->col, _("expected a date, found the day number %s, "
                  "which is no day in Excel's calendar"), v);
        return NULL;
    }
    number_text(x, num, n);
    return num;
}

/* Adds the finished cell to the current row, trimmed and in NFC; says a formula was read by
 * its cached value. */
static void end_cell(struct parse *p, struct sheet *sh)
{
    struct xlsx_reader *r = p->r;
    char num[64];
    const char *text = cell_text(p, sh, num, sizeof num);
    if (!text) {
        stop(p);
        return;
    }
    while (*text == ' ' || *text == '\t')
        text++;
    size_t len = strlen(text);
    while (len && (text[len - 1] == ' ' || text[len - 1] == '\t'))
        len--;
    if (!len)
        return;
    size_t bad;
    struct cell c = {sh->col, text_nfc(text, len, &bad)};
    struct row *rw = &r->rows[r->nrows - 1];
    if (rw->ncells && rw->cells[rw->ncells - 1].col >= c.col) {
        free(c.text);
        fail_cell(r, p->e, sh->row, sh->col, _("expected the cells of a row in order, found this "
                  "one after column %zu; save the file again from Excel"),
                  rw->cells[rw->ncells - 1].col);
        stop(p);
        return;
    }
    if (!c.text || VEC_PUSH(rw->cells, rw->ncells, rw->cap, c) != 0) {
        free(c.text);
        out_of_memory(r, p->e);
        stop(p);
        return;
    }
    if (sh->formula) {
        char place[600];
        px_say(_("%s: formula =%s: its saved value '%s' is used"),
               xlsx_place(r, sh->row, sh->col, place, sizeof place),
               sh->formula_text ? sh->formula_text : "", c.text);
    }
}

static void sheet_start(void *data, const XML_Char *name, const XML_Char **atts)
{
    struct parse *p = data;
    struct sheet *sh = p->state;
    struct xlsx_reader *r = p->r;
    const char *el = local(name);
    if (strcmp(el, "row") == 0) {
        const char *n = attr(atts, "r");
        size_t at = n ? strtoul(n, NULL, 10) : 0;
        struct row rw = {at ? at : sh->row + 1, NULL, 0, 0};
        if (VEC_PUSH(r->rows, r->nrows, r->rows_cap, rw) != 0) {
            out_of_memory(r, p->e);
            stop(p);
            return;
        }
        sh->row = rw.row;
        sh->col = 0;
    } else if (strcmp(el, "c") == 0 && r->nrows) {
        const char *ref = attr(atts, "r"), *t = attr(atts, "t"), *s = attr(atts, "s");
        size_t row = sh->row, col = sh->col + 1;
        if (ref && parse_ref(ref, &col, &row) != 0) {
            fail_cell(r, p->e, sh->row, sh->col + 1, _("expected a cell reference such as C12, "
                      "found '%s'; save the file again from Excel"), ref);
            stop(p);
            return;
        }
        sh->col = col;
        snprintf(sh->type, sizeof sh->type, "%s", t ? t : "n");
        size_t style = s ? strtoul(s, NULL, 10) : 0;
        sh->date = style < r->nstyles && r->date_style[style];
        sh->formula = 0;
        free(sh->formula_text);
        free(sh->value);
        sh->formula_text = sh->value = NULL;
    } else if (strcmp(el, "f") == 0) {
        sh->formula = 1;
        start_text(p);
    } else if (strcmp(el, "v") == 0) {
        start_text(p);
    } else if (strcmp(el, "is") == 0) {
        sh->in_is = 1;
        start_text(p);
        p->collect = 0;
    } else if (strcmp(el, "t") == 0 && sh->in_is) {
        p->collect = 1;
    } else if (strcmp(el, "mergeCell") == 0) {
        const char *ref = attr(atts, "ref");
        size_t col = 1, row = 1;
        char first[32] = "";
        if (ref)
            snprintf(first, sizeof first, "%.*s", (int)strcspn(ref, ":"), ref);
        parse_ref(first, &col, &row);
        fail_cell(r, p->e, row, col, _("expected one value per cell, found merged cells %s; "
                  "unmerge them (Home > Merge & Center) and save again"), ref ? ref : "");
        stop(p);
    }
}

/* Keeps what element `el` collected in *slot. */
static void keep_text(struct parse *p, char **slot)
{
    p->collect = 0;
    free(*slot);
    if (!(*slot = strdup(text_of(p)))) {
        out_of_memory(p->r, p->e);
        stop(p);
    }
}

static void sheet_end(void *data, const XML_Char *name)
{
    struct parse *p = data;
    struct sheet *sh = p->state;
    const char *el = local(name);
    if (strcmp(el, "f") == 0)
        keep_text(p, &sh->formula_text);
    else if (strcmp(el, "v") == 0)
        keep_text(p, &sh->value);
    else if (strcmp(el, "is") == 0 && sh->in_is--)
        keep_text(p, &sh->value);
    else if (strcmp(el, "t") == 0 && sh->in_is)
        p->collect = 0;
    else if (strcmp(el, "c") == 0 && p->r->nrows)
        end_cell(p, sh);
}

/* ---- the reader ------------------------------------------------------------------ */

struct xlsx_reader *xlsx_open(const char *path, const struct csv_options *opt,
                              struct px_err *e)
{
    struct xlsx_reader *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        px_err_at(e, PX_SYSTEM, path, 0, 0, _("out of memory"));
        return NULL;
    }
    r->opt = opt ? *opt : csv_defaults();
    r->budget = r->opt.max_bytes;
    if (check_file(r, e) != 0)
        goto fail;
    int zerr = 0;
    if (!(r->zip = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr))) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zerr);
        damaged(r, e, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        goto fail;
    }
    struct styles styles = {0};
    struct strings strings = {0};
    struct sheet sheet = {0};
    int rc = find_data_sheet(r, e) ||
             load_part(r, "xl/styles.xml", 0, styles_start, styles_end, &styles, e) ||
             load_part(r, "xl/sharedStrings.xml", 0, strings_start, strings_end, &strings, e) ||
             load_part(r, r->data_part, 1, sheet_start, sheet_end, &sheet, e);
    free(styles.custom);
    free(sheet.formula_text);
    free(sheet.value);
    if (rc == 0)
        return r;
fail:
    xlsx_close(r);
    return NULL;
}

int xlsx_next(struct xlsx_reader *r, struct csv_record *rec, struct px_err *e)
{
    const struct row *rw = NULL;
    while (r->next < r->nrows && !rw)
        if (r->rows[r->next++].ncells)
            rw = &r->rows[r->next - 1];
    if (!rw)
        return 0;
    if (r->records++ > r->opt.max_rows)
        return fail_cell(r, e, rw->row, 1, _("expected at most %zu rows after the header, found "
                         "more (raise the cap with --max-rows N)"), r->opt.max_rows);
    size_t ncols = rw->cells[rw->ncells - 1].col;
    if (r->records == 1)
        r->width = ncols;
    if (ncols > r->width) {
        char letters[16];
        column_letters(r->width, letters);
        return fail_cell(r, e, rw->row, ncols, _("expected nothing right of the header's last "
                         "column %s, found '%s'"), letters, rw->cells[rw->ncells - 1].text);
    }
    ncols = r->width;
    if (vec_reserve(r->fields, r->fields_cap, ncols) || vec_reserve(r->columns, r->columns_cap, ncols) ||
        vec_reserve(r->lines, r->lines_cap, ncols))
        return out_of_memory(r, e);
    size_t next_cell = 0;
    for (size_t c = 0; c < ncols; c++) {
        int here = next_cell < rw->ncells && rw->cells[next_cell].col == c + 1;
        static char empty[1];
        r->fields[c] = here ? rw->cells[next_cell++].text : empty;
        r->columns[c] = c + 1;
        r->lines[c] = rw->row;
    }
    *rec = (struct csv_record){ncols, r->fields, r->columns, r->lines, rw->row};
    return 1;
}

void xlsx_close(struct xlsx_reader *r)
{
    if (!r)
        return;
    if (r->zip)
        zip_discard(r->zip);
    for (size_t i = 0; i < r->nsheets; i++) {
        free(r->sheets[i].name);
        free(r->sheets[i].rid);
    }
    for (size_t i = 0; i < r->nstrings; i++)
        free(r->strings[i]);
    for (size_t i = 0; i < r->nrows; i++) {
        for (size_t c = 0; c < r->rows[i].ncells; c++)
            free(r->rows[i].cells[c].text);
        free(r->rows[i].cells);
    }
    free(r->sheets);
    free(r->strings);
    free(r->date_style);
    free(r->rows);
    free(r->fields);
    free(r->columns);
    free(r->lines);
    free(r->data_sheet);
    free(r->data_part);
    free(r->path);
    free(r);
}
