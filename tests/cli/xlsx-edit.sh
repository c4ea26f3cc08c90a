#!/bin/sh
# xlsx-edit.sh — for the golden tests of the .xlsx reader: copies workbook IN to OUT with one
# part of the archive edited by a sed script, the way a test spoils a form written by
# `paridx template` (merged cells, a second sheet, a formula, an error value).
# Usage: tests/cli/xlsx-edit.sh IN OUT PART SED-SCRIPT
# Uses: unzip, zip, sed; exits 77 (the golden runner's "skipped") when zip or unzip is missing.
set -e
command -v zip >/dev/null && command -v unzip >/dev/null || exit 77
in=$1 out=$2 part=$3 script=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
unzip -q "$in" -d "$dir"
sed -i "$script" "$dir/$part"
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
(cd "$dir" && zip -qrX "$out_abs" .)
