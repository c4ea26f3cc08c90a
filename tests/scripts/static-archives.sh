#!/usr/bin/env bash
# static-archives.sh — provides the test of the libraries linked from their static archives
# (scripts_static_archives): every archive the build lists in linked-archives (beside the
# binary) is one of the six paridx links so, and none of the six is a shared library the
# binary asks the loader for (readelf NEEDED).  Skipped when the build links none
# (-DPARIDX_STATIC_DEPS=OFF).
# Usage: tests/scripts/static-archives.sh PARIDX   (from the repository root)
# Uses: bash, readelf (binutils), grep.
set -uo pipefail
px=$1
list=$(dirname "$px")/linked-archives
command -v readelf >/dev/null || exit 77
[ -s "$list" ] || exit 77
fail() { echo "static-archives: $*" >&2; exit 1; }

needed=$(readelf -d "$px" | grep NEEDED) || fail "readelf found no libraries in $px"
count=0
while IFS= read -r archive || [ -n "$archive" ]; do
    name=$(basename "$archive" .a)
    case $name in
    liblua5.4 | libsqlite3 | libpcre2-8 | libutf8proc | libnettle | libexpat) ;;
    *) fail "an archive paridx does not link so: $archive" ;;
    esac
    [ -f "$archive" ] || fail "listed but missing: $archive"
    ! grep -q "\[$name\.so" <<<"$needed" || fail "$name is linked shared too: $needed"
    count=$((count + 1))
done <"$list"
[ "$count" -eq 6 ] || fail "$count archives listed, expected 6: $(cat "$list")"
exit 0
