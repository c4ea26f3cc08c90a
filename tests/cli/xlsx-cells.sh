#!/bin/sh
# xlsx-cells.sh — for the golden tests of the .xlsx report: reads back one sheet of a
# workbook as text, one line per cell: its reference, what Excel holds there (number, text,
# formula with its cached value, blank), its number format and its value, strings resolved
# from the shared-string table; then the sheet's merged ranges and page setup, and the
# workbook's print titles (the repeated header rows).
# Usage: tests/cli/xlsx-cells.sh BOOK.xlsx SHEET-NUMBER
# Uses: unzip, awk; exits 77 (the golden runner's "skipped") when unzip is missing.
command -v unzip >/dev/null || exit 77
book=$1 n=$2
{
    unzip -p "$book" xl/sharedStrings.xml; echo
    echo "@@STYLES"; unzip -p "$book" xl/styles.xml; echo
    echo "@@SHEET"; unzip -p "$book" "xl/worksheets/sheet$n.xml"; echo
    echo "@@BOOK"; unzip -p "$book" xl/workbook.xml; echo
} | awk '
function attr(s, name,    m) {
    if (match(s, " " name "=\"[^\"]*\"")) {
        m = substr(s, RSTART + length(name) + 3, RLENGTH - length(name) - 4)
        return m
    }
    return ""
}
function unescape(s) {
    gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&amp;/, "\\&", s)
    return s
}
function flush() {
    if (ref == "") return
    fmt = numfmt[xf[style + 0]]
    if (formula != "") print ref, "formula", "\"" fmt "\"", "=" unescape(formula), "->", value
    else if (type == "s") print ref, "text", "\"" fmt "\"", strings[value + 0]
    else if (hasv) print ref, "number", "\"" fmt "\"", value
    else print ref, "blank", "\"" fmt "\""
    ref = ""
}
BEGIN { RS = "<"; part = "strings"; nstr = 0; nxf = 0; numfmt[0] = "General"; numfmt[2] = "0.00" }
/@@STYLES/ { part = "styles" }
/@@SHEET/ { part = "sheet" }
/@@BOOK/ { flush(); part = "book" }
part == "strings" && /^si[ >]/ { cur = "" }
part == "strings" && /^t[ >]/ { cur = cur substr($0, index($0, ">") + 1) }
part == "strings" && /^\/si>/ { strings[nstr++] = unescape(cur) }
part == "styles" && /^numFmt / { numfmt[attr($0, "numFmtId")] = unescape(attr($0, "formatCode")) }
part == "styles" && /^cellXfs/ { inxf = 1 }
part == "styles" && /^\/cellXfs/ { inxf = 0 }
part == "styles" && inxf && /^xf / { xf[nxf++] = attr($0, "numFmtId") + 0 }
part == "sheet" && /^c / {
    flush()
    ref = attr($0, "r"); style = attr($0, "s"); type = attr($0, "t"); formula = ""; value = ""; hasv = 0
}
part == "sheet" && /^f>/ { formula = substr($0, 3) }
part == "sheet" && /^v>/ { value = substr($0, 3); hasv = 1 }
part == "sheet" && /^\/row>/ { flush() }
part == "sheet" && /^mergeCell / { print "merged", attr($0, "ref") }
part == "sheet" && /^pageSetup / { print "page paper=" attr($0, "paperSize"), "orientation=" attr($0, "orientation"), "fitToWidth=" attr($0, "fitToWidth"), "fitToHeight=" attr($0, "fitToHeight") }
part == "book" && /^sheet / { print "sheet", attr($0, "name") }
part == "book" && /^definedName / { print "defined", attr($0, "name"), "sheet=" attr($0, "localSheetId"), unescape(substr($0, index($0, ">") + 1)) }
'
