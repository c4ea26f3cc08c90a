/* report_survey_export.c — the consolidated respondent list (see report_survey_export.h):
 * columns STT, Mã, Họ và tên, Chức vụ, Cơ quan/đơn vị, Điện thoại, E-mail, Địa chỉ, Cơ quan
 * lập danh sách; phones as text, so Excel keeps their leading 0.
 * Uses: libxlsxwriter, report_csv_record.h, report_csv_file.h, report_xlsx_book.h. */
#include "report_survey_export.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "report_csv_file.h"
#include "report_csv_record.h"
#include "report_xlsx_book.h"

enum { NCOLS = 9 };
static const char *const HEAD[NCOLS] = {"STT", "Mã", "Họ và tên", "Chức vụ", "Cơ quan/đơn vị",
                                        "Điện thoại", "E-mail", "Địa chỉ",
                                        "Cơ quan lập danh sách"};

static void cells_of(const struct export_person *p, size_t number, char stt[24],
                     const char *cells[NCOLS])
{
    snprintf(stt, 24, "%zu", number);
    const char *v[NCOLS] = {stt,           p->code,  p->name,    p->position, p->workplace,
                            p->phone,      p->email, p->address, p->agency};
    for (int c = 0; c < NCOLS; c++)
        cells[c] = v[c] ? v[c] : "";
}

static int write_csv(const char *path, const struct model *m, const struct export_person *people,
                     size_t n)
{
    FILE *out = report_csv_file_open(path, _("cannot write the list: %s"));
    if (!out)
        return -1;
    static const unsigned char NUMBERS[NCOLS + 1] = {0, 1};
    const char *head[NCOLS + 1] = {"Nhóm"};
    memcpy(head + 1, HEAD, sizeof HEAD);
    report_csv_record(out, CSV_EXCEL, NCOLS + 1, head, NULL);
    for (size_t g = 0; g < m->nsurvey_groups; g++)
        for (size_t i = 0, k = 0; i < n; i++) {
            if (strcmp(people[i].group, m->survey_groups[g].code))
                continue;
            char stt[24];
            const char *cells[NCOLS + 1] = {people[i].group};
            cells_of(&people[i], ++k, stt, cells + 1);
            report_csv_record(out, CSV_EXCEL, NCOLS + 1, cells, NUMBERS);
        }
    return report_csv_file_close(out, path);
}

static void group_sheet(lxw_workbook *wb, const struct survey_group *g, lxw_format *head,
                        const struct export_person *people, size_t n)
{
    char name[32];
    snprintf(name, sizeof name, "%.31s", g->code);
    lxw_worksheet *ws = workbook_add_worksheet(wb, name);
    worksheet_write_string(ws, 0, 0, g->name, head);
    for (int c = 0; c < NCOLS; c++)
        worksheet_write_string(ws, 1, (lxw_col_t)c, HEAD[c], head);
    worksheet_freeze_panes(ws, 2, 0);
    worksheet_set_column(ws, 2, 8, 24, NULL);
    lxw_row_t row = 1;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(people[i].group, g->code))
            continue;
        char stt[24];
        const char *cells[NCOLS];
        cells_of(&people[i], row, stt, cells);
        row++;
        worksheet_write_number(ws, row, 0, (double)(row - 1), NULL);
        for (int c = 1; c < NCOLS; c++)
            worksheet_write_string(ws, row, (lxw_col_t)c, cells[c], NULL);
    }
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); /* A4 */
    worksheet_repeat_rows(ws, 1, 1);
}

int report_survey_export(const char *path, int xlsx, const struct model *m,
                         const struct export_person *people, size_t n)
{
    if (!xlsx)
        return write_csv(path, m, people, n);
    lxw_workbook *wb = report_xlsx_open(path, _("cannot write the list: %s"));
    if (!wb)
        return -1;
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    for (size_t g = 0; g < m->nsurvey_groups; g++)
        group_sheet(wb, &m->survey_groups[g], head, people, n);
    return report_xlsx_close(wb, path);
}
