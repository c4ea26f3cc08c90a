/* report_xlsx_annex.c — the score report as an .xlsx workbook (see report_annex.h), written
 * with libxlsxwriter: a first sheet "Xếp hạng" ranking the units of each kind, then one
 * sheet per unit (named by its code) with one row per node: code, title, maximum, self,
 * appraisal 1, appraisal 2, final, source, evidence, note.  Points are numbers with the
 * number format 0.00 (Excel shows its decimal separator, the comma in Vietnamese); a field's
 * row is bold with its code and title merged into one cell; the total row sums the field
 * rows (the leaf rows for the Ministry) with Excel formulas, cached with their values; a
 * column nothing has filled yet is blank.  Every sheet prints on A4 landscape, one page wide,
 * with its header row repeated on each page.  A text cell that would run as a formula gets
 * an apostrophe in front (report_formula_like()).
 * Uses: report_annex.h, report_common.h (a unit's note), report_csv_record.h (the formula
 * check), report_xlsx_book.h (opening and closing), libxlsxwriter, i18n.h (messages). */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "report_annex.h"
#include "report_common.h"
#include "report_csv_record.h"
#include "report_xlsx_book.h"
#include "i18n.h"

#define SUMMARY_SHEET "Xếp hạng"
#define POINTS_FORMAT "0.00"

enum { PAPER_A4 = 9, HEAD_ROW = 3, FIRST_ROW = HEAD_ROW + 1, SHEET_NAME_MAX = 31 };

/* The rows a total sums, as a formula's argument with '?' for the column: a range when they
 * are consecutive (the Ministry's leaves), else a list (the fields). */
struct refs {
    char text[1024];
    size_t used;
    unsigned first, last; /* 1-based rows; 0 when none yet */
    int consecutive, overflow;
};

static void refs_add(struct refs *r, unsigned row)
{
    r->consecutive = r->first == 0 || (r->consecutive && row == r->last + 1);
    if (r->first == 0)
        r->first = row;
    r->last = row;
    int n = snprintf(r->text + r->used, sizeof r->text - r->used, "%s?%u", r->used ? "," : "",
                     row);
    if (n < 0 || (size_t)n >= sizeof r->text - r->used)
        r->overflow = 1;
    else
        r->used += (size_t)n;
}

/* The argument of =SUM(…), or NULL when the rows are too many to list. */
static const char *refs_text(struct refs *r)
{
    if (r->first && r->consecutive && r->first != r->last)
        snprintf(r->text, sizeof r->text, "?%u:?%u", r->first, r->last);
    return r->overflow || !r->first ? NULL : r->text;
}

struct formats {
    lxw_format *title, *head, *text, *points, *field_text, *field_points, *total_points;
};

static lxw_format *add(lxw_workbook *wb, int bold, int wrap, int points, unsigned shade)
{
    lxw_format *f = workbook_add_format(wb);
    if (bold)
        format_set_bold(f);
    if (wrap)
        format_set_text_wrap(f);
    if (points)
        format_set_num_format(f, POINTS_FORMAT);
    if (shade)
        format_set_bg_color(f, shade);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    return f;
}

static void set_formats(lxw_workbook *wb, struct formats *f)
{
    f->title = workbook_add_format(wb);
    format_set_bold(f->title);
    format_set_font_size(f->title, 13);
    f->head = add(wb, 1, 1, 0, 0xD9D9D9);
    f->text = add(wb, 0, 1, 0, 0);
    f->points = add(wb, 0, 0, 1, 0);
    f->field_text = add(wb, 1, 1, 0, 0xEDEDED);
    f->field_points = add(wb, 1, 0, 1, 0xEDEDED);
    f->total_points = add(wb, 1, 0, 1, 0xD9D9D9);
}

/* A text cell, with an apostrophe in front of what a spreadsheet would run as a formula. */
static void put_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                     lxw_format *f)
{
    char guarded[2048];
    if (report_formula_like(s)) {
        snprintf(guarded, sizeof guarded, "'%s", s);
        s = guarded;
    }
    worksheet_write_string(ws, row, col, s, f);
}

static void put_points(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double x,
                       lxw_format *f)
{
    if (annex_is_none(x))
        worksheet_write_blank(ws, row, col, f);
    else
        worksheet_write_number(ws, row, col, x, f);
}

static void page_setup(lxw_worksheet *ws, lxw_row_t head)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, PAPER_A4);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, head, head);
    worksheet_freeze_panes(ws, head + 1, 0);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
}

static void summary_sheet(lxw_workbook *wb, const struct annex *a, enum annex_for f,
                          const struct formats *fm)
{
    static const char *const HEAD[] = {"Loại", "Hạng", "Mã", "Đơn vị", "Điểm đạt",
                                       "Tối đa", "Chỉ số (%)", "Xếp loại", "Ghi chú"};
    static const double WIDTH[] = {18, 7, 8, 36, 11, 11, 11, 9, 18};
    enum { NHEAD = sizeof HEAD / sizeof *HEAD };
    lxw_worksheet *ws = workbook_add_worksheet(wb, SUMMARY_SHEET);
    put_text(ws, 0, 0, annex_title(f), fm->title);
    put_text(ws, 1, 0, a->r->model->title ? a->r->model->title : "", NULL);
    for (lxw_col_t c = 0; c < NHEAD; c++) {
        worksheet_set_column(ws, c, c, WIDTH[c], NULL);
        put_text(ws, HEAD_ROW, c, HEAD[c], fm->head);
    }
    for (size_t i = 0; i < a->nunits; i++) {
        const struct unit_result *u = a->units[i].u;
        lxw_row_t row = (lxw_row_t)(FIRST_ROW + i);
        int scored = u->status == UNIT_SCORED;
        char note[64];
        report_unit_note(u, note, sizeof note);
        put_text(ws, row, 0, annex_kind_name(a, u->kind), fm->text);
        put_points(ws, row, 1, scored ? u->rank : ANNEX_NONE, fm->text);
        put_text(ws, row, 2, u->code, fm->text);
        put_text(ws, row, 3, u->name, fm->text);
        put_points(ws, row, 4, scored ? u->total : ANNEX_NONE, fm->points);
        put_points(ws, row, 5, scored ? u->own_max : ANNEX_NONE, fm->points);
        put_points(ws, row, 6, scored ? u->percent : ANNEX_NONE, fm->points);
        put_text(ws, row, 7, u->band ? u->band->name : "", fm->text);
        put_text(ws, row, 8, note, fm->text);
    }
    page_setup(ws, HEAD_ROW);
}

/* A sheet name from a unit code: without the characters Excel refuses, at most 31 bytes
 * cut at a character boundary. */
static void sheet_name(const char *code, char *buf)
{
    size_t n = 0;
    for (const char *s = code; *s && n < SHEET_NAME_MAX; s++)
        if (!strchr("[]:*?/\\'", *s))
            buf[n++] = *s;
    while (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0xC0)
        n--;
    buf[n] = '\0';
}

/* The points of column c (ANNEX_MAX..ANNEX_FINAL) of a row. */
static double row_points(const struct annex_row *r, int c)
{
    const double pts[] = {r->max, r->self, r->appraisal1, r->appraisal2, r->final};
    return pts[c - ANNEX_MAX];
}

/* 1 when the total sums row r: the fields, or for the Ministry every leaf. */
static int summed(const struct annex *a, const struct annex_row *r, enum annex_for f)
{
    return annex_row_shown(a, r, f) &&
           (f == ANNEX_BNV || a->r->model->nodes[r->node].level == LEVEL_FIELD);
}

/* The total row: for each points column, =SUM of the rows summed (refs: their A1 references
 * with the column letter left as '?', "?5:?40" or "?5,?12"; NULL when too many to list, then
 * the number alone), cached with the sum of their values; blank when none of them has one. */
static void total_row(lxw_worksheet *ws, lxw_row_t row, const struct annex *a,
                      const struct annex_unit *au, enum annex_for f, const char *refs,
                      const struct formats *fm)
{
    worksheet_merge_range(ws, row, ANNEX_CODE, row, ANNEX_TITLE, "Tổng cộng", fm->field_text);
    for (int c = ANNEX_MAX; c <= ANNEX_FINAL; c++) {
        double sum = 0;
        int any = 0;
        for (size_t k = 0; k < au->nrows; k++) {
            double x = summed(a, &au->rows[k], f) ? row_points(&au->rows[k], c) : ANNEX_NONE;
            if (!annex_is_none(x)) {
                sum += x;
                any = 1;
            }
        }
        if (!any) {
            worksheet_write_blank(ws, row, (lxw_col_t)c, fm->total_points);
            continue;
        }
        if (!refs) {
            worksheet_write_number(ws, row, (lxw_col_t)c, sum, fm->total_points);
            continue;
        }
        char formula[sizeof ((struct refs *)0)->text + 8];
        size_t len = (size_t)snprintf(formula, sizeof formula, "=SUM(%s)", refs);
        for (size_t i = 0; i < len; i++)
            if (formula[i] == '?')
                formula[i] = (char)('A' + c);
        worksheet_write_formula_num(ws, row, (lxw_col_t)c, formula, fm->total_points, sum);
    }
}

static void unit_sheet(lxw_workbook *wb, const struct annex *a, const struct annex_unit *au,
                       enum annex_for f, const struct formats *fm)
{
    static const double WIDTH[ANNEX_NCOLS] = {8, 52, 10, 10, 11, 11, 10, 13, 36, 30};
    const struct unit_result *u = au->u;
    char name[SHEET_NAME_MAX + 1], line[1024], buf[64];
    sheet_name(u->code, name);
    lxw_worksheet *ws = name[0] ? workbook_add_worksheet(wb, name) : NULL;
    if (!ws) /* no code left, or one another sheet has: Excel's own "SheetN" */
        ws = workbook_add_worksheet(wb, NULL);
    snprintf(line, sizeof line, "%s — %s (%s)", u->code, u->name, annex_kind_name(a, u->kind));
    put_text(ws, 0, 0, line, fm->title);
    put_text(ws, 1, 0, annex_title(f), NULL);
    for (lxw_col_t c = 0; c < ANNEX_NCOLS; c++) {
        worksheet_set_column(ws, c, c, WIDTH[c], NULL);
        put_text(ws, HEAD_ROW, c, annex_head[c], fm->head);
    }
    struct refs refs = {.consecutive = 1};
    lxw_row_t row = FIRST_ROW;
    for (size_t k = 0; k < au->nrows; k++) {
        const struct annex_row *r = &au->rows[k];
        const struct node *n = &a->r->model->nodes[r->node];
        if (!annex_row_shown(a, r, f))
            continue;
        int field = n->level == LEVEL_FIELD;
        if (summed(a, r, f))
            refs_add(&refs, (unsigned)row + 1);
        if (field) {
            snprintf(line, sizeof line, "%s. %s", n->code, n->title ? n->title : "");
            worksheet_merge_range(ws, row, ANNEX_CODE, row, ANNEX_TITLE, "", fm->field_text);
            put_text(ws, row, ANNEX_CODE, line, fm->field_text);
        } else {
            put_text(ws, row, ANNEX_CODE, n->code, fm->text);
            put_text(ws, row, ANNEX_TITLE, n->title ? n->title : "", fm->text);
        }
        for (int c = ANNEX_MAX; c <= ANNEX_FINAL; c++)
            put_points(ws, row, (lxw_col_t)c, row_points(r, c),
                       field ? fm->field_points : fm->points);
        for (int c = ANNEX_SOURCE; c < ANNEX_NCOLS; c++)
            put_text(ws, row, (lxw_col_t)c, annex_cell(a, r, (enum annex_col)c, ANNEX_TEXT, buf, sizeof buf),
                     field ? fm->field_text : fm->text);
        row++;
    }
    total_row(ws, row, a, au, f, refs_text(&refs), fm);
    page_setup(ws, HEAD_ROW);
}

int report_annex_xlsx(const char *path, const struct annex *a, enum annex_for f)
{
    lxw_workbook *wb = report_xlsx_open(path, _("cannot write the report: %s"));
    if (!wb)
        return -1;
    lxw_doc_properties props = {.title = (char *)annex_title(f), .created = 1};
    workbook_set_properties(wb, &props);
    struct formats fm;
    set_formats(wb, &fm);
    summary_sheet(wb, a, f, &fm);
    for (size_t i = 0; i < a->nunits; i++)
        unit_sheet(wb, a, &a->units[i], f, &fm);
    return report_xlsx_close(wb, path);
}
