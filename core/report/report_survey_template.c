/* report_survey_template.c — the blank respondent list (see report_survey_template.h).
 * Uses: model.h, xlsx.h (the guide sheet's name, which the reader skips), calendar.h (dates as
 * people write them), report_csv_record.h, report_csv_file.h, report_xlsx_book.h,
 * libxlsxwriter. */
#include "report_survey_template.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "calendar.h"
#include "report_csv_file.h"
#include "report_csv_record.h"
#include "report_xlsx_book.h"
#include "xlsx.h"

enum { NCOLS = 7, ROWS = 500, MAX_GROUPS = 32 };
static const char *const HEAD[NCOLS] = {"họ và tên", "chức vụ", "nhóm", "cơ quan/đơn vị",
                                        "điện thoại", "e-mail", "địa chỉ"};
enum { COL_GROUP = 2, COL_PHONE = 4 };

static int lists(const struct survey_group *g, const char *agency)
{
    for (size_t b = 0; b < g->nby; b++)
        if (!strcmp(g->by[b], agency))
            return 1;
    return 0;
}

static int write_csv(const char *path)
{
    FILE *out = report_csv_file_open(path, _("cannot write the list: %s"));
    if (!out)
        return -1;
    report_csv_record(out, CSV_EXCEL, NCOLS, HEAD, NULL);
    return report_csv_file_close(out, path);
}

/* "Hướng dẫn": what to fill, each group the agency lists with its quota, the deadline. */
static void guide(lxw_workbook *wb, const struct model *m, const struct agency *a, lxw_format *b)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, XLSX_GUIDE_SHEET);
    char line[1024];
    lxw_row_t row = 0;
    snprintf(line, sizeof line, "Danh sách đối tượng điều tra xã hội học do %s lập", a->name);
    worksheet_write_string(ws, row++, 0, line, b);
    worksheet_write_string(ws, row++, 0, "Mỗi người một dòng ở trang \"Danh sách\"; cột nhóm "
                           "chọn trong danh sách; điện thoại di động hoặc cố định Việt Nam.", NULL);
    worksheet_write_string(ws, row++, 0, "Các nhóm:", b);
    for (size_t i = 0; i < m->nsurvey_groups; i++) {
        const struct survey_group *g = &m->survey_groups[i];
        if (!lists(g, a->code))
            continue;
        char need[96] = "";
        if (g->per_agency > 0)
            snprintf(need, sizeof need, " — ít nhất %.0f người", g->per_agency);
        else if (g->quota > 0)
            snprintf(need, sizeof need, " — cả nhóm đúng %.0f người", g->quota);
        snprintf(line, sizeof line, "- %s: %s%s", g->code, g->name, need);
        worksheet_write_string(ws, row++, 0, line, NULL);
    }
    for (size_t i = 0; i < m->ndeadlines; i++)
        for (size_t k = 0; k < m->deadlines[i].nby; k++) {
            struct px_date d;
            char vn[11] = "";
            if (strcmp(m->deadlines[i].by[k], a->code) || date_parse(m->deadlines[i].due, &d, NULL))
                continue;
            date_vn(d, vn);
            snprintf(line, sizeof line, "Thời hạn: %s, trước ngày %s", m->deadlines[i].task, vn);
            worksheet_write_string(ws, row++, 0, line, b);
        }
}

/* "Danh sách": the header, a drop-down of the groups, phones as text. */
static void list_sheet(lxw_workbook *wb, const struct model *m, const struct agency *a,
                       lxw_format *b, lxw_format *text)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Danh sách");
    for (int c = 0; c < NCOLS; c++)
        worksheet_write_string(ws, 0, (lxw_col_t)c, HEAD[c], b);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_column(ws, 0, NCOLS - 1, 24, NULL);
    worksheet_set_column(ws, COL_PHONE, COL_PHONE, 16, text);
    char *groups[MAX_GROUPS + 1];
    size_t n = 0;
    for (size_t i = 0; i < m->nsurvey_groups && n < MAX_GROUPS; i++)
        if (lists(&m->survey_groups[i], a->code))
            groups[n++] = m->survey_groups[i].code;
    groups[n] = NULL;
    if (n) {
        lxw_data_validation dv = {.validate = LXW_VALIDATION_TYPE_LIST,
                                  .value_list = groups};
        worksheet_data_validation_range(ws, 1, COL_GROUP, ROWS, COL_GROUP, &dv);
    }
}

int report_survey_template(const char *path, int xlsx, const struct model *m,
                           const struct agency *a)
{
    if (!xlsx)
        return write_csv(path);
    lxw_workbook *wb = report_xlsx_open(path, _("cannot write the list: %s"));
    if (!wb)
        return -1;
    lxw_format *b = workbook_add_format(wb), *text = workbook_add_format(wb);
    format_set_bold(b);
    format_set_num_format(text, "@");
    guide(wb, m, a, b);
    list_sheet(wb, m, a, b, text);
    return report_xlsx_close(wb, path);
}
