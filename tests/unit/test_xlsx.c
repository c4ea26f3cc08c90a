/* test_xlsx.c — unit tests of xlsx.c on small workbooks made here with libzip: every kind of
 * cell (shared and rich strings, inline strings, numbers, booleans, dates in custom and
 * built-in formats, ISO date cells, formula results), gaps and blank rows, NFC and trimming, Excel's
 * calendar (the 1900 leap-year bug, the 1904 system), and the refusals with their places
 * (encrypted and Excel 97-2003 files among them).
 * Uses: cmocka, xlsx.h, scratch.h, libzip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "scratch.h"
#include "xlsx.h"

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

/* Styles: 0 general, 1 dd/mm/yyyy (custom 164), 2 built-in date 14, 3 a percentage. */
static const char STYLES[] =
    "<styleSheet " NS "><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
    "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";

static const char STRINGS[] =
    "<sst " NS " count=\"3\"><si><t>unit</t></si>"
    "<si><r><t>Lai </t></r><r><rPr><b/></rPr><t>Châu</t></r><rPh><t>ignored</t></rPh></si>"
    "<si><t xml:space=\"preserve\">  padded  </t></si></sst>";

static void add(zip_t *z, const char *name, const char *text)
{
    zip_source_t *src = zip_source_buffer(z, text, strlen(text), 0);
    if (!src || zip_file_add(z, name, src, ZIP_FL_OVERWRITE) < 0)
        fail_msg("zip_file_add %s: %s", name, zip_strerror(z));
}

/* Writes a workbook `name` with the sheets "Hướng dẫn" (when guide) and "Data" (sheet_xml,
 * the rows inside <sheetData>, and after it `tail`), our styles and shared strings. */
static const char *workbook(const char *name, int guide, int date1904, const char *rows,
                            const char *tail)
{
    const char *path = scratch_path(name);
    char wb[1024];
    size_t n = strlen(rows) + (tail ? strlen(tail) : 0) + 512;
    char *sheet = malloc(n);
    assert_non_null(sheet);
    snprintf(wb, sizeof wb, "<workbook " NS "><workbookPr%s/><sheets>%s"
             "<sheet name=\"Data\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>",
             date1904 ? " date1904=\"1\"" : "",
             guide ? "<sheet name=\"" XLSX_GUIDE_SHEET "\" sheetId=\"1\" r:id=\"rId1\"/>" : "");
    snprintf(sheet, n, "<worksheet " NS "><sheetData>%s</sheetData>%s</worksheet>",
             rows, tail ? tail : "");
    int err;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        fail_msg("zip_open %s: %d", path, err);
    add(z, "xl/workbook.xml", wb);
    add(z, "xl/_rels/workbook.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>");
    add(z, "xl/styles.xml", STYLES);
    add(z, "xl/sharedStrings.xml", STRINGS);
    add(z, "xl/worksheets/sheet1.xml", "<worksheet " NS "><sheetData/></worksheet>");
    add(z, "xl/worksheets/sheet2.xml", sheet);
    if (zip_close(z) != 0)
        fail_msg("zip_close %s", path);
    free(sheet);
    return path;
}

static struct xlsx_reader *open_ok(const char *path, const struct csv_options *opt)
{
    struct px_err e = {0};
    struct xlsx_reader *r = xlsx_open(path, opt, &e);
    if (!r)
        fail_msg("xlsx_open: %s", e.msg);
    return r;
}

/* Reads one record and checks its row and its fields joined with '|'. */
static void expect_record(struct xlsx_reader *r, size_t row, const char *joined)
{
    struct px_err e = {0};
    struct csv_record rec;
    int rc = xlsx_next(r, &rec, &e);
    if (rc != 1)
        fail_msg("expected row %zu, got %d (%s: %s)", row, rc, e.file, e.msg);
    char buf[1024] = "";
    for (size_t i = 0; i < rec.nfields; i++) {
        strcat(buf, i ? "|" : "");
        strcat(buf, rec.fields[i]);
        assert_int_equal(rec.columns[i], i + 1);
        assert_int_equal(rec.lines[i], row);
    }
    assert_string_equal(buf, joined);
    assert_int_equal(rec.line, row);
}

static void expect_end(struct xlsx_reader *r)
{
    struct px_err e = {0};
    struct csv_record rec;
    assert_int_equal(xlsx_next(r, &rec, &e), 0);
}

/* The error as shown, with the scratch path replaced by "F". */
static void expect_shown(const struct px_err *e, const char *path, const char *want)
{
    char shown[2048], got[2100];
    px_err_format(e, shown, sizeof shown);
    size_t n = strlen(path);
    snprintf(got, sizeof got, "%s%s", strncmp(shown, path, n) == 0 ? "F" : "",
             strncmp(shown, path, n) == 0 ? shown + n : shown);
    assert_string_equal(got, want);
    assert_int_equal(e->code, PX_DATA);
}

/* Opens path expecting a refusal, or reads it to the first error. */
static void expect_error(const char *path, const struct csv_options *opt, const char *want)
{
    struct px_err e = {0};
    struct xlsx_reader *r = xlsx_open(path, opt, &e);
    if (r) {
        struct csv_record rec;
        int rc;
        while ((rc = xlsx_next(r, &rec, &e)) == 1)
            ;
        xlsx_close(r);
        assert_int_equal(rc, -1);
    }
    expect_shown(&e, path, want);
}

static void test_cells(void **state)
{
    (void)state;
    const char *path = workbook(
        "cells.xlsx", 1, 0,
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>b</t>"
        "</is></c><c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c><c r=\"D1\" t=\"inlineStr\">"
        "<is><t>d</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>e</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
        "<c r=\"D3\" t=\"b\"><v>0</v></c><c r=\"E3\" s=\"3\"><v>0.85</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>43830</v></c><c r=\"B4\" s=\"2\"><v>43466.75</v></c>"
        "<c r=\"C4\"><v>43830</v></c><c r=\"D4\" t=\"str\"><f>A1&amp;\"x\"</f><v>unitx</v></c>"
        "<c r=\"E4\" t=\"s\"><v>2</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t> </t></is></c></row>"
        "<row r=\"6\"><c t=\"inlineStr\"><is><t>Ho\xcc\x80" "a Bi\xcc\x80" "nh</t></is></c>"
        "<c><v>1E-3</v></c><c><v>123456789012</v></c></row>",
        NULL);
    struct xlsx_reader *r = open_ok(path, NULL);
    expect_record(r, 1, "unit|b|c|d|e");
    expect_record(r, 3, "Lai Châu||có|không|0.85");
    expect_record(r, 4, "31/12/2019|01/01/2019|43830|unitx|padded");
    expect_record(r, 6, "H\xc3\xb2" "a B\xc3\xac" "nh|0.001|123456789012||"); /* NFC */
    expect_end(r);
    xlsx_close(r);
}

/* Excel's day numbers: day 1 is 01/01/1900, day 60 the 29/02/1900 that never was. */
static void test_calendar(void **state)
{
    (void)state;
    const char *path = workbook(
        "days.xlsx", 0, 0,
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\" s=\"1\"><v>59</v></c>"
        "<c r=\"C1\" s=\"1\"><v>61</v></c><c r=\"D1\" s=\"1\"><v>2958465</v></c>"
        "<c r=\"E1\" t=\"d\"><v>2019-12-31T00:00:00</v></c></row>",
        NULL);
    struct xlsx_reader *r = open_ok(path, NULL);
    expect_record(r, 1, "01/01/1900|28/02/1900|01/03/1900|31/12/9999|31/12/2019");
    xlsx_close(r);
    path = workbook("1904.xlsx", 0, 1,
                    "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>42368"
                    "</v></c></row>",
                    NULL);
    r = open_ok(path, NULL);
    expect_record(r, 1, "01/01/1904|31/12/2019");
    xlsx_close(r);
    expect_error(workbook("day60.xlsx", 0, 0, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>60</v></c></row>", NULL),
                 NULL, "F:Data!A2: expected a date, found the day number 60, which is no day "
                       "in Excel's calendar");
}

static void test_refusals(void **state)
{
    (void)state;
    const char *header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    char rows[1024];
    snprintf(rows, sizeof rows, "%s<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>", header);
    expect_error(workbook("wide.xlsx", 0, 0, rows, NULL), NULL,
                 "F:Data!B2: expected nothing right of the header's last column A, found '1'");
    snprintf(rows, sizeof rows, "%s<row r=\"2\"><c r=\"A2\"><f>1/0</f></c></row>", header);
    expect_error(workbook("nocache.xlsx", 0, 0, rows, NULL), NULL,
                 "F:Data!A2: expected a value, found a formula without a saved result; open "
                 "the file in Excel and save it again");
    snprintf(rows, sizeof rows, "%s<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c></row>", header);
    expect_error(workbook("index.xlsx", 0, 0, rows, NULL), NULL,
                 "F:Data!A2: expected a shared string, found the index '9' of 3; save the file "
                 "again from Excel");
    snprintf(rows, sizeof rows, "<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c>"
             "</row>");
    expect_error(workbook("order.xlsx", 0, 0, rows, NULL), NULL,
                 "F:Data!A1: expected the cells of a row in order, found this one after column "
                 "2; save the file again from Excel");
    snprintf(rows, sizeof rows, "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>");
    expect_error(workbook("ref.xlsx", 0, 0, rows, NULL), NULL,
                 "F:Data!A1: expected a cell reference such as C12, found '1A'; save the file "
                 "again from Excel");
    expect_error(workbook("merged.xlsx", 1, 0, header,
                          "<mergeCells count=\"1\"><mergeCell ref=\"C7:D9\"/></mergeCells>"),
                 NULL, "F:Data!C7: expected one value per cell, found merged cells C7:D9; "
                       "unmerge them (Home > Merge & Center) and save again");
    int err;
    const char *path = scratch_path("other.xlsx"); /* a zip archive, but no workbook */
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    assert_non_null(z);
    add(z, "notes.txt", "không phải bảng tính");
    assert_int_equal(zip_close(z), 0);
    expect_error(path, NULL, "F: expected an .xlsx workbook, found a damaged file (it has no "
                             "xl/workbook.xml); save it again from Excel as \"Excel Workbook "
                             "(*.xlsx)\"");
    expect_error(scratch_file("text.xlsx", "unit,fact\n", 10), NULL,
                 "F: expected an .xlsx workbook, found a damaged file (Not a zip archive); save "
                 "it again from Excel as \"Excel Workbook (*.xlsx)\"");
}

/* An encrypted workbook is told from an Excel 97-2003 one by its stream's name, wherever it
 * lies in the file (here across the reader's 64 KiB reads). */
static void test_compound_files(void **state)
{
    (void)state;
    static const char NAME[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    size_t n = 70000, at = 65536 + 31 - 10; /* the first read ends 10 bytes into the name */
    char *bytes = calloc(1, n);
    assert_non_null(bytes);
    memcpy(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const char *old = scratch_file("old.xlsx", bytes, n);
    expect_error(old, NULL, "F: expected an .xlsx workbook, found an Excel 97-2003 workbook "
                            "(.xls); open it in Excel and save it as \"Excel Workbook (*.xlsx)\"");
    memcpy(bytes + at, NAME, sizeof NAME - 1);
    const char *locked = scratch_file("locked.xlsx", bytes, n);
    free(bytes);
    expect_error(locked, NULL, "F: expected an .xlsx workbook, found a password-protected "
                               "(encrypted) file; open it in Excel, remove the password (File > "
                               "Info > Protect Workbook > Encrypt with Password) and save it "
                               "again");
}

static void test_caps(void **state)
{
    (void)state;
    char rows[4096] = "";
    for (int i = 1; i <= 4; i++) {
        size_t used = strlen(rows);
        snprintf(rows + used, sizeof rows - used, "<row r=\"%d\"><c r=\"A%d\"><v>%d</v></c></row>",
                 i, i, i);
    }
    struct csv_options opt = csv_defaults();
    opt.max_rows = 3;
    const char *path = workbook("rows.xlsx", 0, 0, rows, NULL);
    struct xlsx_reader *r = open_ok(path, &opt);
    for (int i = 1; i <= 4; i++)
        expect_record(r, (size_t)i, (const char[]){(char)('0' + i), '\0'});
    expect_end(r);
    xlsx_close(r);
    opt.max_rows = 2;
    expect_error(path, &opt, "F:Data!A4: expected at most 2 rows after the header, found more "
                             "(raise the cap with --max-rows N)");
    size_t big = (1u << 20) + 1000; /* spaces after the sheet's root: 1 MiB and more */
    char *spaces = malloc(big + 1);
    assert_non_null(spaces);
    memset(spaces, ' ', big);
    spaces[big] = '\0';
    path = workbook("bomb.xlsx", 0, 0, rows, spaces);
    free(spaces);
    opt = csv_defaults();
    opt.max_bytes = 1u << 20;
    expect_error(path, &opt, "F: expected at most 1 MiB once uncompressed, found more in "
                             "xl/worksheets/sheet2.xml (raise the cap with --max-mib N)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_compound_files),
        cmocka_unit_test(test_caps),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
