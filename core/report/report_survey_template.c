/* report_survey_template.c — the blank respondent list (see report_survey_template.h).
 * Uses: model.h, xlsx.h (the guide sheet's name, which the reader skips), calendar.h (dates as
 * people write them), report_csv_record.h, report_out.h, libxlsxwriter. */
#include "report_survey_template.h"
#include "i18n.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "calendar.h"
#include "diag.h"
#include "report_csv_record.h"
#include "report_out.h"
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
    FILE *out = fopen(path, "wb");
    if (!out) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, path, 0, 0, _("cannot write the list: %s"), strerror(errno));
        px_report(&e);
        return -1;
    }
    report_csv_begin(out, CSV_EXCEL);
    report_csv_record(out, CSV_EXCEL, NCOLS, HEAD, NULL);
    int rc = report_out_done(out, path);
    return fclose(out) != 0 || rc != 0 ? -1 : 0;
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
    FILE *probe = fopen(path, "wb"); /* the library would say so on stderr itself */
    if (!probe || fclose(probe) != 0) {
        struct px_err e;
        px_err_at(&e, PX_SYSTEM, path, 0, 0, _("cannot write the list: %s"), strerror(errno));
        px_report(&e);
        return -1;
    }
    lxw_workbook *wb = workbook_new(path);
    if (!wb) {
        px_say(_("writing %s: cannot create the workbook"), path);
        return -1;
    }
    lxw_format *b = workbook_add_format(wb), *text = workbook_add_format(wb);
    format_set_bold(b);
    format_set_num_format(text, "@");
    guide(wb, m, a, b);
    list_sheet(wb, m, a, b, text);
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        px_say(_("writing %s: %s"), path, lxw_strerror(err));
        return -1;
    }
    return 0;
}
