/* xlsxwriter_lazy.h — libxlsxwriter's functions that paridx calls, loaded with the library the
 * first time a command writes an Excel file (lazylib.h says why): include it instead of
 * <xlsxwriter.h>.  Each name below stands for the library's function through the table that
 * xlsxwriter_lazy.c fills; a function not listed is not linked, so calling it fails the build.
 * Provides struct xlsxwriter_api, xlsxwriter_api() and a macro per function.
 * Uses: xlsxwriter.h (the declarations and constants). */
#ifndef PARIDX_XLSXWRITER_LAZY_H
#define PARIDX_XLSXWRITER_LAZY_H

#include <xlsxwriter.h>

#define XLSXWRITER_FUNCTIONS(X)                                                                  \
    X(workbook_new) X(workbook_add_worksheet) X(workbook_add_format)                             \
    X(workbook_set_properties) X(workbook_close) X(worksheet_write_string)                       \
    X(worksheet_write_number) X(worksheet_write_blank) X(worksheet_write_datetime)               \
    X(worksheet_write_formula_num) X(worksheet_set_column) X(worksheet_freeze_panes)             \
    X(worksheet_set_paper) X(worksheet_set_landscape) X(worksheet_repeat_rows)                   \
    X(worksheet_protect) X(worksheet_merge_range) X(worksheet_set_margins)                       \
    X(worksheet_fit_to_pages) X(worksheet_data_validation_range)                                 \
    X(worksheet_data_validation_cell) X(format_set_bold) X(format_set_text_wrap)                 \
    X(format_set_num_format) X(format_set_bg_color) X(format_set_align) X(format_set_unlocked)   \
    X(format_set_font_size) X(format_set_border) X(lxw_strerror)

/* One pointer per function, of the function's own type. */
struct xlsxwriter_api {
#define XLSXWRITER_FIELD(f) __typeof__(f) *f;
    XLSXWRITER_FUNCTIONS(XLSXWRITER_FIELD)
#undef XLSXWRITER_FIELD
};

/* The table, the library loaded on the first call (paridx ends with a message when it
 * cannot be: lazylib_need). */
const struct xlsxwriter_api *xlsxwriter_api(void);

#ifndef XLSXWRITER_LAZY_TABLE /* xlsxwriter_lazy.c names the fields themselves */
#define workbook_new (xlsxwriter_api()->workbook_new)
#define workbook_add_worksheet (xlsxwriter_api()->workbook_add_worksheet)
#define workbook_add_format (xlsxwriter_api()->workbook_add_format)
#define workbook_set_properties (xlsxwriter_api()->workbook_set_properties)
#define workbook_close (xlsxwriter_api()->workbook_close)
#define worksheet_write_string (xlsxwriter_api()->worksheet_write_string)
#define worksheet_write_number (xlsxwriter_api()->worksheet_write_number)
#define worksheet_write_blank (xlsxwriter_api()->worksheet_write_blank)
#define worksheet_write_datetime (xlsxwriter_api()->worksheet_write_datetime)
#define worksheet_write_formula_num (xlsxwriter_api()->worksheet_write_formula_num)
#define worksheet_set_column (xlsxwriter_api()->worksheet_set_column)
#define worksheet_freeze_panes (xlsxwriter_api()->worksheet_freeze_panes)
#define worksheet_set_paper (xlsxwriter_api()->worksheet_set_paper)
#define worksheet_set_landscape (xlsxwriter_api()->worksheet_set_landscape)
#define worksheet_repeat_rows (xlsxwriter_api()->worksheet_repeat_rows)
#define worksheet_protect (xlsxwriter_api()->worksheet_protect)
#define worksheet_merge_range (xlsxwriter_api()->worksheet_merge_range)
#define worksheet_set_margins (xlsxwriter_api()->worksheet_set_margins)
#define worksheet_fit_to_pages (xlsxwriter_api()->worksheet_fit_to_pages)
#define worksheet_data_validation_range (xlsxwriter_api()->worksheet_data_validation_range)
#define worksheet_data_validation_cell (xlsxwriter_api()->worksheet_data_validation_cell)
#define format_set_bold (xlsxwriter_api()->format_set_bold)
#define format_set_text_wrap (xlsxwriter_api()->format_set_text_wrap)
#define format_set_num_format (xlsxwriter_api()->format_set_num_format)
#define format_set_bg_color (xlsxwriter_api()->format_set_bg_color)
#define format_set_align (xlsxwriter_api()->format_set_align)
#define format_set_unlocked (xlsxwriter_api()->format_set_unlocked)
#define format_set_font_size (xlsxwriter_api()->format_set_font_size)
#define format_set_border (xlsxwriter_api()->format_set_border)
#define lxw_strerror (xlsxwriter_api()->lxw_strerror)
#endif

#endif
