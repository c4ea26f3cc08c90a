/* fuzz_xlsx.c — libFuzzer target: the .xlsx reader on any sheet.  The input is the sheet's
 * XML (the first byte picks the 1904 calendar and tiny caps: 2 rows, 1 MiB), packed with
 * libzip into a workbook whose other parts are fixed (a sheet "Hướng dẫn", styles with a date
 * format, three shared strings), so the fuzzer works on the cells and not on the deflate
 * stream.  Besides the sanitizers it checks what every record promises: at least as many
 * fields as the header, each NFC, at its own row and columns 1, 2, …, and an error always
 * placed in the file with a message.
 * Uses: xlsx.h, text.h (text_is_nfc), fuzz_file.h, libzip. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "fuzz_file.h"
#include "text.h"
#include "xlsx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void add(zip_t *z, const char *name, const void *bytes, size_t n)
{
    zip_source_t *src = zip_source_buffer(z, bytes, n, 0);
    if (!src || zip_file_add(z, name, src, ZIP_FL_OVERWRITE) < 0)
        abort();
}

static void add_text(zip_t *z, const char *name, const char *text)
{
    add(z, name, text, strlen(text));
}

/* The workbook around the sheet, written to a scratch file; its path. */
static const char *workbook(const uint8_t *sheet, size_t n, int date1904)
{
    const char *path = fuzz_write("input.xlsx", (const uint8_t *)"", 0);
    int err;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        abort();
    add_text(z, "xl/workbook.xml", date1904
        ? "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"" XLSX_GUIDE_SHEET "\" "
          "r:id=\"rId1\"/><sheet name=\"Data\" r:id=\"rId2\"/></sheets></workbook>"
        : "<workbook><sheets><sheet name=\"" XLSX_GUIDE_SHEET "\" r:id=\"rId1\"/>"
          "<sheet name=\"Data\" r:id=\"rId2\"/></sheets></workbook>");
    add_text(z, "xl/_rels/workbook.xml.rels",
             "<Relationships><Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>"
             "</Relationships>");
    add_text(z, "xl/styles.xml",
             "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
             "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>"
             "</cellXfs></styleSheet>");
    add_text(z, "xl/sharedStrings.xml",
             "<sst><si><t>đơn vị</t></si><si><r><t>Lai </t></r><r><t>Châu</t></r></si>"
             "<si><t>giá trị</t></si></sst>");
    add(z, "xl/worksheets/sheet2.xml", sheet, n);
    if (zip_close(z) != 0)
        abort();
    return path;
}

static void check_record(const struct csv_record *rec, size_t header)
{
    if (rec->nfields < header || rec->nfields < 1 || rec->line < 1)
        abort();
    for (size_t i = 0; i < rec->nfields; i++)
        if (!text_is_nfc(rec->fields[i]) || rec->lines[i] != rec->line || rec->columns[i] != i + 1)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    struct csv_options opt = csv_defaults();
    if (data[0] & 0x80) {
        opt.max_rows = 2;
        opt.max_bytes = (size_t)1 << 20;
    }
    const char *path = workbook(data + 1, size - 1, data[0] & 1);
    struct px_err e;
    struct xlsx_reader *r = xlsx_open(path, &opt, &e);
    if (!r) {
        if (strncmp(e.file, path, strlen(path)) != 0 || !e.msg[0])
            abort();
        return 0;
    }
    struct csv_record rec;
    size_t header = 0;
    int rc;
    while ((rc = xlsx_next(r, &rec, &e)) == 1) {
        if (!header)
            header = rec.nfields;
        check_record(&rec, header);
    }
    if (rc < 0 && (strncmp(e.file, path, strlen(path)) != 0 || !e.msg[0]))
        abort();
    xlsx_close(r);
    return 0;
}
