/* report_template_xlsx.c — the agency form as an .xlsx workbook (see report_template.h),
 * written with libxlsxwriter: a first sheet "Hướng dẫn" saying in Vietnamese what to fill
 * and by which deadlines, then "Biểu mẫu" with the columns of form.h, the header row frozen,
 * the label columns locked (the sheets are protected without a password) and the value, note
 * and evidence-document columns open, drop-down lists for có/không and status words, dates
 * as dd/mm/yyyy, numbers checked against their range, columns as wide as their Vietnamese
 * text.  Its sheet reads back through core/input/xlsx.c.
 * Uses: report_template.h, form.h, xlsx.h (the guide sheet's name), calendar.h, text.h
 * (display width), report_xlsx_book.h (opening and closing), libxlsxwriter, i18n.h
 * (messages). */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "calendar.h"
#include "form.h"
#include "report_template.h"
#include "report_xlsx_book.h"
#include "text.h"
#include "xlsx.h"
#include "i18n.h"

#define FORM_SHEET "Biểu mẫu"

enum { MAX_WIDTH = 60, MIN_WIDTH = 8, MAX_WORDS = 32 };

struct formats {
    lxw_format *head, *label, *value, *date, *share, *open; /* open: note and document */
};

static void set_formats(lxw_workbook *wb, struct formats *f)
{
    f->head = workbook_add_format(wb);
    format_set_bold(f->head);
    format_set_text_wrap(f->head);
    format_set_bg_color(f->head, 0xD9D9D9);
    f->label = workbook_add_format(wb);
    format_set_text_wrap(f->label);
    format_set_align(f->label, LXW_ALIGN_VERTICAL_TOP);
    lxw_format **open[] = {&f->value, &f->date, &f->share, &f->open};
    for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
        *open[i] = workbook_add_format(wb);
        format_set_unlocked(*open[i]);
        format_set_align(*open[i], LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(*open[i], 0xFFF2CC);
    }
    format_set_text_wrap(f->open);
    format_set_num_format(f->date, "dd/mm/yyyy");
    format_set_num_format(f->share, "0.0%");
}

/* The value cell's format for the row's type. */
static lxw_format *value_format(const struct formats *f, const struct form_row *r)
{
    if (strcmp(r->type, "date") == 0)
        return f->date;
    return strcmp(r->type, "ratio") == 0 ? f->share : f->value;
}

/* The current value, in the cell's own kind (a number, a date, a word), or an open cell. */
static void write_value(lxw_worksheet *ws, lxw_row_t row, const struct form_row *r,
                        const struct formats *f)
{
    lxw_col_t col = FORM_VALUE;
    lxw_format *fmt = value_format(f, r);
    const struct fact_value *v = r->current ? &r->current->value : NULL;
    struct px_date d;
    char shown[300];
    if (!v) {
        worksheet_write_blank(ws, row, col, fmt);
    } else if (v->type == FACT_NUMBER) {
        worksheet_write_number(ws, row, col, v->num, fmt);
    } else if (v->type == FACT_DATE && date_parse(v->text, &d, NULL) == 0) {
        lxw_datetime dt = {d.y, d.m, d.d, 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &dt, f->date);
    } else {
        fact_show(v, shown, sizeof shown);
        worksheet_write_string(ws, row, col, shown, fmt);
    }
}

/* The drop-down list or the range check of the row's value cell; none for dates (a date or
 * a status word may go there) and free text. */
static void validate(lxw_worksheet *ws, lxw_row_t row, const struct form_row *r)
{
    lxw_data_validation dv = {0};
    char words[512], *list[MAX_WORDS + 1] = {NULL}, allowed[512], message[600];
    snprintf(message, sizeof message, "Giá trị cho phép: %s",
             form_allowed(r, allowed, sizeof allowed));
    dv.error_title = "Giá trị không hợp lệ";
    dv.error_message = message;
    if (strcmp(r->type, "bool") == 0 || (r->values && strcmp(r->type, "date") != 0)) {
        snprintf(words, sizeof words, "%s", r->values ? r->values : "có|không");
        size_t n = 0;
        char *save = NULL;
        for (char *w = strtok_r(words, "|", &save); w && n < MAX_WORDS;
             w = strtok_r(NULL, "|", &save))
            list[n++] = w;
        dv.validate = LXW_VALIDATION_TYPE_LIST;
        dv.value_list = list;
    } else if (!strcmp(r->type, "number") || !strcmp(r->type, "ratio") ||
               !strcmp(r->type, "points")) {
        int has_min, has_max;
        form_range(r, &dv.minimum_number, &dv.maximum_number, &has_min, &has_max);
        if (!has_min && !has_max)
            return;
        dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
        dv.criteria = has_min && has_max ? LXW_VALIDATION_CRITERIA_BETWEEN
                      : has_min          ? LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
                                         : LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
        dv.value_number = has_min ? dv.minimum_number : dv.maximum_number;
    } else {
        return;
    }
    /* a list longer than Excel's 255 characters is refused by the library: the cell then
     * stays free, and the import checks the value */
    worksheet_data_validation_cell(ws, row, FORM_VALUE, &dv);
}

/* Widens column col to fit s (in display width, within MIN_WIDTH..MAX_WIDTH). */
static void fit(double width[FORM_NCOLUMNS], int col, const char *s)
{
    double w = (double)text_width(s) + 2;
    if (w > width[col])
        width[col] = w > MAX_WIDTH ? MAX_WIDTH : w;
}

static void form_sheet(lxw_workbook *wb, const struct form *f, const struct formats *fm)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, FORM_SHEET);
    double width[FORM_NCOLUMNS];
    for (int c = 0; c < FORM_NCOLUMNS; c++) {
        width[c] = MIN_WIDTH;
        worksheet_write_string(ws, 0, (lxw_col_t)c, FORM_HEADER[c], fm->head);
        fit(width, c, FORM_HEADER[c]);
    }
    width[FORM_VALUE] = width[FORM_NOTE] = width[FORM_DOCUMENT] = 24;
    for (size_t i = 0; i < f->nrows; i++) {
        const struct form_row *r = &f->rows[i];
        lxw_row_t row = (lxw_row_t)(i + 1);
        struct form_cells cells;
        form_row_cells(r, &cells);
        for (int c = 0; c < FORM_VALUE; c++) {
            worksheet_write_string(ws, row, (lxw_col_t)c, cells.text[c], fm->label);
            fit(width, c, cells.text[c]);
        }
        write_value(ws, row, r, fm);
        if (cells.text[FORM_NOTE][0])
            worksheet_write_string(ws, row, FORM_NOTE, cells.text[FORM_NOTE], fm->open);
        else
            worksheet_write_blank(ws, row, FORM_NOTE, fm->open);
        worksheet_write_blank(ws, row, FORM_DOCUMENT, fm->open);
        validate(ws, row, r);
    }
    for (int c = 0; c < FORM_NCOLUMNS; c++)
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, width[c], NULL);
    worksheet_freeze_panes(ws, 1, 0);
    lxw_protection allow = {.format_columns = 1, .format_rows = 1};
    worksheet_protect(ws, NULL, &allow);
}

/* The instructions: whose form, how to fill each column, by when. */
static void guide_sheet(lxw_workbook *wb, const struct form *f, const struct formats *fm)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, XLSX_GUIDE_SHEET);
    const struct model *m = f->m;
    char line[1024];
    lxw_row_t row = 0;
    worksheet_set_column(ws, 0, 0, 110, fm->label);
    snprintf(line, sizeof line, "Biểu mẫu dữ kiện: %s — %s (%s)",
             m->title ? m->title : "Chỉ số CCHC", f->agency->name, f->agency->code);
    worksheet_write_string(ws, row++, 0, line, fm->head);
    static const char *const HOW[] = {
        "Cách điền:",
        "1. Mở trang \"" FORM_SHEET "\". Mỗi dòng là một dữ kiện của một đơn vị; các cột nền "
        "trắng chỉ để đọc và đã được khóa.",
        "2. Nhập giá trị vào cột \"giá trị\" (nền vàng): có/không và các trạng thái chọn trong "
        "danh sách thả xuống; ngày theo dạng dd/mm/yyyy; tỷ lệ nhập dạng phần trăm (85%); số "
        "trong khoảng ghi ở cột \"giá trị cho phép\"; nội dung không áp dụng ghi \"không áp "
        "dụng\". Mọi dòng đều phải có giá trị.",
        "3. Ghi chú vào cột \"ghi chú\"; ghi số, ký hiệu, ngày của văn bản kiểm chứng (theo yêu "
        "cầu ở cột \"tài liệu kiểm chứng\") vào cột \"văn bản kiểm chứng\".",
        "4. Không gộp ô, không thêm trang tính, không dùng công thức. Lưu tệp dạng Excel (.xlsx) "
        "hoặc CSV UTF-8 và gửi lại; tệp được nạp bằng lệnh paridx import --db TỆP_DỮ_LIỆU facts "
        "TỆP_NÀY.",
        "Thời hạn:"};
    for (size_t i = 0; i < sizeof HOW / sizeof *HOW; i++)
        worksheet_write_string(ws, ++row, 0, HOW[i],
                               i == 0 || i + 1 == sizeof HOW / sizeof *HOW ? fm->head : NULL);
    size_t due = 0;
    for (size_t i = 0; i < m->ndeadlines; i++) {
        const struct deadline *d = &m->deadlines[i];
        struct px_date date;
        char vn[11] = "";
        for (size_t b = 0; b < d->nby; b++) {
            if (strcmp(d->by[b], f->agency->code) != 0)
                continue;
            if (date_parse(d->due, &date, NULL) == 0)
                date_vn(date, vn);
            const struct agency *to = d->to ? model_agency(m, d->to) : NULL;
            snprintf(line, sizeof line, "- %s: trước ngày %s%s%s%s", d->task, vn,
                     to ? " (gửi " : "", to ? to->name : "", to ? ")" : "");
            worksheet_write_string(ws, ++row, 0, line, NULL);
            due++;
        }
    }
    if (!due)
        worksheet_write_string(ws, ++row, 0, "- Quy định không đặt thời hạn riêng cho cơ quan "
                               "này; gửi theo kế hoạch đánh giá của tỉnh.", NULL);
    worksheet_protect(ws, NULL, NULL);
}

int report_template_xlsx(const char *path, const struct form *f)
{
    lxw_workbook *wb = report_xlsx_open(path, _("cannot write the form: %s"));
    if (!wb)
        return -1;
    struct formats fm;
    set_formats(wb, &fm);
    guide_sheet(wb, f, &fm);
    form_sheet(wb, f, &fm);
    return report_xlsx_close(wb, path);
}
