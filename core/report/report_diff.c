/* report_diff.c — writes the changes between two rule files as an aligned Vietnamese table
 * and as JSON (see report_diff.h).  Cell texts are built in memory (open_memstream) so the
 * columns can be measured by display width before anything is written.
 * Uses: model_diff.h, text.h (width, padding), numfmt.h (numbers), calendar.h (dates),
 * report_out.h, i18n.h (messages). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "report_diff.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "diag.h"
#include "json_out.h"
#include "numfmt.h"
#include "report_out.h"
#include "text.h"
#include "i18n.h"

/* How each kind of change is written. */
static const struct {
    const char *label;     /* Vietnamese: the table's "Thay đổi" column and the summary */
    const char *value_key; /* JSON key of an added/removed item's value ("": it has none);
                            * NULL: the change has "old" and "new" */
    const char *none;      /* table text for a value that is not set; NULL: blank */
    int wide;              /* values on their own lines under the row */
} KIND[DIFF_NKINDS] = {
    [DIFF_INDEX_YEAR] = {"đổi năm", NULL, NULL, 0},
    [DIFF_INDEX_TITLE] = {"đổi tên chỉ số", NULL, NULL, 1},
    [DIFF_INDEX_BASIS] = {"đổi căn cứ", NULL, NULL, 1},
    [DIFF_INDEX_TOTAL] = {"đổi tổng điểm", NULL, NULL, 0},
    [DIFF_NODE_ADDED] = {"thêm nút", "max", NULL, 0},
    [DIFF_NODE_SCORING] = {"cách chấm nút mới", "scale", NULL, 1},
    [DIFF_NODE_REMOVED] = {"bỏ nút", "max", NULL, 0},
    [DIFF_NODE_RENAMED] = {"đổi tên nút", NULL, NULL, 1},
    [DIFF_MAX_CHANGED] = {"đổi điểm tối đa", NULL, NULL, 0},
    [DIFF_SCALE_CHANGED] = {"đổi thang điểm", NULL, "không có (chấm theo tiêu chí con)", 1},
    [DIFF_FACT_ADDED] = {"thêm dữ kiện", "fact", NULL, 1},
    [DIFF_FACT_REMOVED] = {"bỏ dữ kiện", "fact", NULL, 1},
    [DIFF_FACT_CHANGED] = {"đổi dữ kiện", NULL, NULL, 1},
    [DIFF_LEAD_CHANGED] = {"đổi cơ quan chủ trì", NULL, NULL, 0},
    [DIFF_SURVEY_CHANGED] = {"đổi chấm qua điều tra", NULL, NULL, 0},
    [DIFF_KINDS_CHANGED] = {"đổi đơn vị áp dụng", NULL, "mọi loại", 0},
    [DIFF_EVIDENCE_CHANGED] = {"đổi tài liệu kiểm chứng", NULL, "không yêu cầu", 1},
    [DIFF_NODE_MOVED] = {"chuyển nút", NULL, "(lĩnh vực)", 0},
    [DIFF_AGENCY_ADDED] = {"thêm cơ quan", "", NULL, 0},
    [DIFF_AGENCY_REMOVED] = {"bỏ cơ quan", "", NULL, 0},
    [DIFF_AGENCY_RENAMED] = {"đổi tên cơ quan", NULL, NULL, 1},
    [DIFF_KIND_ADDED] = {"thêm loại đơn vị", "", NULL, 0},
    [DIFF_KIND_REMOVED] = {"bỏ loại đơn vị", "", NULL, 0},
    [DIFF_KIND_RENAMED] = {"đổi tên loại đơn vị", NULL, NULL, 1},
    [DIFF_BAND_ADDED] = {"thêm xếp loại", "min", NULL, 0},
    [DIFF_BAND_REMOVED] = {"bỏ xếp loại", "min", NULL, 0},
    [DIFF_BAND_CHANGED] = {"đổi ngưỡng xếp loại", NULL, NULL, 0},
    [DIFF_DEADLINE_ADDED] = {"thêm thời hạn", "due", NULL, 0},
    [DIFF_DEADLINE_REMOVED] = {"bỏ thời hạn", "due", NULL, 0},
    [DIFF_DEADLINE_MOVED] = {"dời thời hạn", NULL, NULL, 0},
    [DIFF_DEADLINE_BY_CHANGED] = {"đổi cơ quan thực hiện", NULL, NULL, 1},
    [DIFF_DEADLINE_TO_CHANGED] = {"đổi nơi nhận", NULL, NULL, 0},
    [DIFF_GROUP_ADDED] = {"thêm nhóm điều tra", "quota", NULL, 0},
    [DIFF_GROUP_REMOVED] = {"bỏ nhóm điều tra", "quota", NULL, 0},
    [DIFF_GROUP_RENAMED] = {"đổi tên nhóm điều tra", NULL, NULL, 1},
    [DIFF_GROUP_QUOTA_CHANGED] = {"đổi số người được hỏi", NULL, "không quy định", 0},
    [DIFF_GROUP_BY_CHANGED] = {"đổi cơ quan lập danh sách", NULL, NULL, 1},
    [DIFF_DICT_ADDED] = {"thêm dữ kiện vào danh mục", "definition", NULL, 1},
    [DIFF_DICT_REMOVED] = {"bỏ dữ kiện khỏi danh mục", "definition", NULL, 1},
    [DIFF_DICT_RELABELLED] = {"đổi nhãn dữ kiện", NULL, "không có nhãn", 1},
    [DIFF_DICT_RETYPED] = {"đổi kiểu dữ kiện", NULL, NULL, 0},
    [DIFF_DICT_RANGE_CHANGED] = {"đổi giới hạn dữ kiện", NULL, "không giới hạn", 0},
    [DIFF_DICT_UNIT_CHANGED] = {"đổi đơn vị tính", NULL, "không có", 0},
    [DIFF_DICT_AGENCY_CHANGED] = {"đổi cơ quan cung cấp", NULL, "cơ quan chủ trì", 0},
};

static void write_number(FILE *out, double x)
{
    char buf[40];
    num_json(x, buf, sizeof buf);
    fputs(buf, out);
}

/* ---- the table ---- */

/* x exactly, as in JSON, but with a decimal comma (2,5). */
static void write_number_vn(FILE *out, double x)
{
    char buf[40];
    num_json(x, buf, sizeof buf);
    char *point = strchr(buf, '.');
    if (point)
        *point = ',';
    fputs(buf, out);
}

/* "2019-12-25" as "25/12/2019" (as stored when it does not parse). */
static void write_date_vn(FILE *out, const char *iso)
{
    struct px_date d;
    char vn[11];
    if (date_parse(iso, &d, NULL) != 0) {
        fputs(iso, out);
        return;
    }
    date_vn(d, vn);
    fputs(vn, out);
}

static void write_fact_text(FILE *out, const struct scale_fact *f)
{
    fprintf(out, "%s (%s%s%s)", f->name, f->type, f->values ? ": " : "",
            f->values ? f->values : "");
}

/* "từ 0 đến 1", "≥ 0", "≤ 3", the allowed words, or both: a dictionary entry's range. */
static void write_range(FILE *out, const struct fact_def *f)
{
    if (f->has_min && f->has_max) {
        fputs("từ ", out);
        write_number_vn(out, f->min);
        fputs(" đến ", out);
        write_number_vn(out, f->max);
    } else if (f->has_min || f->has_max) {
        fputs(f->has_min ? "≥ " : "≤ ", out);
        write_number_vn(out, f->has_min ? f->min : f->max);
    }
    if (f->values)
        fprintf(out, "%s%s", f->has_min || f->has_max ? "; " : "", f->values);
}

/* "ratio, từ 0 đến 1, đơn vị %, cơ quan SNV": a whole dictionary entry but its label. */
static void write_def(FILE *out, const struct fact_def *f)
{
    fputs(f->type, out);
    if (f->has_min || f->has_max || f->values) {
        fputs(", ", out);
        write_range(out, f);
    }
    if (f->unit)
        fprintf(out, ", đơn vị %s", f->unit);
    if (f->agency)
        fprintf(out, ", cơ quan %s", f->agency);
}

static void write_text_value(FILE *out, enum diff_kind k, const struct diff_value *v)
{
    switch (v->type) {
    case DV_NONE: fputs(KIND[k].none ? KIND[k].none : "", out); break;
    case DV_TEXT: fputs(v->text, out); break;
    case DV_NUMBER: write_number_vn(out, v->number); break;
    case DV_BOOL: fputs(v->number != 0 ? "có" : "không", out); break;
    case DV_DATE: write_date_vn(out, v->text); break;
    case DV_LIST:
        for (size_t i = 0; i < v->nlist; i++)
            fprintf(out, "%s%s", i ? ", " : "", v->list[i]);
        break;
    case DV_SCALE:
        fprintf(out, "%s%s%s", v->scale->kind, v->scale->description ? ": " : "",
                v->scale->description ? v->scale->description : "");
        break;
    case DV_FACT: write_fact_text(out, v->fact); break;
    case DV_DEF: write_def(out, v->def); break;
    case DV_RANGE: write_range(out, v->def); break;
    }
}

enum { COL_CHANGE, COL_CODE, COL_BEFORE, COL_AFTER, COL_NAME, NCOLS };
static const char *const HEAD[NCOLS] = {"Thay đổi", "Mã", "Trước", "Sau", "Nội dung"};

struct row {
    char *cell[NCOLS];
    int wide; /* before/after written on lines of their own */
};

static char *value_cell(enum diff_kind k, const struct diff_value *v)
{
    char *buf = NULL;
    size_t len;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return NULL;
    write_text_value(mem, k, v);
    fclose(mem);
    return buf;
}

static int fill_row(struct row *r, const struct diff_change *c)
{
    r->wide = KIND[c->kind].wide;
    r->cell[COL_CHANGE] = strdup(KIND[c->kind].label);
    r->cell[COL_CODE] = strdup(c->code ? c->code : "");
    r->cell[COL_BEFORE] = value_cell(c->kind, &c->before);
    r->cell[COL_AFTER] = value_cell(c->kind, &c->after);
    r->cell[COL_NAME] = strdup(c->name ? c->name : "");
    for (int i = 0; i < NCOLS; i++)
        if (!r->cell[i])
            return -1;
    return 0;
}

static void free_rows(struct row *rows, size_t n)
{
    for (size_t i = 0; rows && i < n; i++)
        for (int c = 0; c < NCOLS; c++)
            free(rows[i].cell[c]);
    free(rows);
}

/* Column widths over the head and the cells shown in columns. */
static void measure(const struct row *rows, size_t n, size_t width[NCOLS])
{
    for (int c = 0; c < NCOLS; c++)
        width[c] = text_width(HEAD[c]);
    for (size_t i = 0; i < n; i++)
        for (int c = 0; c < NCOLS; c++) {
            int in_column = !rows[i].wide || (c != COL_BEFORE && c != COL_AFTER);
            size_t w = in_column ? text_width(rows[i].cell[c]) : 0;
            if (w > width[c])
                width[c] = w;
        }
}

#define GAP "  "

/* One line: blank cells at the end left out, the last cell not padded. */
static void write_cells(FILE *out, const char *const cell[NCOLS], const size_t width[NCOLS])
{
    int end = NCOLS;
    while (end > 0 && cell[end - 1][0] == '\0')
        end--;
    for (int c = 0; c < end; c++) {
        fputs(c ? GAP : "", out);
        text_pad(out, cell[c], c + 1 == end ? 0 : width[c], 0);
    }
    fputc('\n', out);
}

/* "trước: …" or "sau:   …" under the row, starting at the Trước column. */
static void write_side(FILE *out, const char *label, const char *value, const size_t width[NCOLS])
{
    if (!value[0])
        return;
    size_t indent = width[COL_CHANGE] + width[COL_CODE] + 2 * strlen(GAP);
    fprintf(out, "%*s", (int)indent, "");
    text_pad(out, label, 7, 0);
    text_printf(out, "%s\n", value);
}

static void write_row(FILE *out, const struct row *r, const size_t width[NCOLS])
{
    if (!r->wide) {
        write_cells(out, (const char *const *)r->cell, width);
        return;
    }
    const char *cell[NCOLS] = {r->cell[COL_CHANGE], r->cell[COL_CODE], "", "", r->cell[COL_NAME]};
    write_cells(out, cell, width);
    write_side(out, "trước:", r->cell[COL_BEFORE], width);
    write_side(out, "sau:", r->cell[COL_AFTER], width);
}

static void write_head(FILE *out, const size_t width[NCOLS])
{
    write_cells(out, HEAD, width);
    for (int c = 0; c < NCOLS; c++) {
        fputs(c ? GAP : "", out);
        for (size_t k = 0; k < width[c]; k++)
            fputs("─", out);
    }
    fputc('\n', out);
}

static int write_table(FILE *out, const struct model_diff *d)
{
    struct row *rows = calloc(d->nchanges, sizeof *rows);
    int rc = rows ? 0 : -1;
    for (size_t i = 0; i < d->nchanges && rc == 0; i++)
        rc = fill_row(&rows[i], &d->changes[i]);
    if (rc == 0) {
        size_t width[NCOLS];
        measure(rows, d->nchanges, width);
        write_head(out, width);
        for (size_t i = 0; i < d->nchanges; i++)
            write_row(out, &rows[i], width);
        fputc('\n', out);
    }
    free_rows(rows, d->nchanges);
    return rc;
}

static void write_summary(FILE *out, const struct model_diff *d)
{
    fprintf(out, "%d → %d: ", d->a->year, d->b->year);
    if (d->nchanges == 0) {
        fputs("không có thay đổi\n", out);
        return;
    }
    fprintf(out, "%zu thay đổi —", d->nchanges);
    const char *sep = " ";
    for (int k = 0; k < DIFF_NKINDS; k++) {
        if (!d->count[k])
            continue;
        fprintf(out, "%s%zu %s", sep, d->count[k], KIND[k].label);
        sep = ", ";
    }
    fputc('\n', out);
}

int report_diff_table(FILE *out, const struct model_diff *d)
{
    text_printf(out, "Thay đổi từ %s (năm %d) sang %s (năm %d)\n\n", d->a->file, d->a->year,
                d->b->file, d->b->year);
    if (d->nchanges > 0 && write_table(out, d) != 0) {
        px_say(_("out of memory writing the table"));
        return -1;
    }
    write_summary(out, d);
    return report_out_done(out, N_("the table"));
}

/* ---- JSON ---- */

/* {"key":"value",…}: n members whose values are strings (null when NULL). */
static void json_strings(FILE *out, size_t n, const char *const *keys, const char *const *values)
{
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s\"%s\":", i ? "," : "{", keys[i]);
        json_string(out, values[i]);
    }
    fputc('}', out);
}

/* "min":0,"max":1,"values":null: a dictionary entry's range (null where not set). */
static void json_range(FILE *out, const struct fact_def *f)
{
    fputs("\"min\":", out);
    f->has_min ? write_number(out, f->min) : (void)fputs("null", out);
    fputs(",\"max\":", out);
    f->has_max ? write_number(out, f->max) : (void)fputs("null", out);
    fputs(",\"values\":", out);
    json_string(out, f->values);
}

static void json_value(FILE *out, const struct diff_value *v)
{
    switch (v->type) {
    case DV_NONE: fputs("null", out); break;
    case DV_TEXT:
    case DV_DATE: json_string(out, v->text); break;
    case DV_NUMBER: write_number(out, v->number); break;
    case DV_BOOL: fputs(v->number != 0 ? "true" : "false", out); break;
    case DV_LIST:
        fputc('[', out);
        for (size_t i = 0; i < v->nlist; i++) {
            fputs(i ? "," : "", out);
            json_string(out, v->list[i]);
        }
        fputc(']', out);
        break;
    case DV_SCALE:
        json_strings(out, 2, (const char *const[]){"kind", "text"},
                     (const char *const[]){v->scale->kind, v->scale->description});
        break;
    case DV_FACT:
        json_strings(out, 3, (const char *const[]){"name", "type", "values"},
                     (const char *const[]){v->fact->name, v->fact->type, v->fact->values});
        break;
    case DV_DEF:
        fputs("{\"type\":", out);
        json_string(out, v->def->type);
        fputc(',', out);
        json_range(out, v->def);
        fputs(",\"unit\":", out);
        json_string(out, v->def->unit);
        fputs(",\"agency\":", out);
        json_string(out, v->def->agency);
        fputc('}', out);
        break;
    case DV_RANGE:
        fputc('{', out);
        json_range(out, v->def);
        fputc('}', out);
        break;
    }
}

static void json_key(FILE *out, const char *key)
{
    fprintf(out, ",\"%s\":", key);
}

/* The keys naming what the change is about (see report_diff.h). */
static void json_subject(FILE *out, const struct diff_change *c)
{
    enum diff_family f = diff_kind_family(c->kind);
    if (c->code) {
        json_key(out, "code");
        json_string(out, c->code);
    }
    if (c->name) {
        json_key(out, f == DIFF_OF_NODE       ? "title"
                      : f == DIFF_OF_DEADLINE ? "task"
                      : f == DIFF_OF_FACT     ? "label"
                                              : "name");
        json_string(out, c->name);
    }
}

static void json_change(FILE *out, const struct diff_change *c)
{
    fputs("{\"kind\":", out);
    json_string(out, diff_kind_name(c->kind));
    json_subject(out, c);
    const char *key = KIND[c->kind].value_key;
    if (!key) {
        json_key(out, "old");
        json_value(out, &c->before);
        json_key(out, "new");
        json_value(out, &c->after);
    } else {
        const struct diff_value *v = c->after.type != DV_NONE ? &c->after : &c->before;
        if (v->type != DV_NONE) {
            json_key(out, key);
            json_value(out, v);
        }
    }
    fputc('}', out);
}

static void json_file(FILE *out, const char *key, const struct model *m)
{
    fprintf(out, "\"%s\":{\"file\":", key);
    json_string(out, m->file);
    fprintf(out, ",\"year\":%d}", m->year);
}

int report_diff_json(FILE *out, const struct model_diff *d)
{
    fputc('{', out);
    json_file(out, "a", d->a);
    fputc(',', out);
    json_file(out, "b", d->b);
    fputs(",\"changes\":[", out);
    for (size_t i = 0; i < d->nchanges; i++) {
        fputs(i ? "," : "", out);
        json_change(out, &d->changes[i]);
    }
    fprintf(out, "],\"summary\":{\"total\":%zu", d->nchanges);
    for (int k = 0; k < DIFF_NKINDS; k++)
        fprintf(out, ",\"%s\":%zu", diff_kind_name((enum diff_kind)k), d->count[k]);
    fputs("}}\n", out);
    return report_out_done(out, N_("the JSON"));
}
