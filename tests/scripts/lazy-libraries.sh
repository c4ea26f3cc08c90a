#!/usr/bin/env bash
# lazy-libraries.sh — provides the test of the libraries paridx opens only when a command
# needs them (scripts_lazy_libraries): libxlsxwriter, libzip and libedit are not among the
# binary's own (readelf), a run starts without them or what they bring (libcrypto), and a
# command that writes an agency's form and reads it back opens the first two (LD_DEBUG=libs
# lists every library the loader maps; the REPL's terminal test, cli_repl-terminal, edits
# lines through libedit).
# Usage: tests/scripts/lazy-libraries.sh PARIDX   (from the repository root)
# Uses: bash, readelf (binutils), grep, mktemp.
set -uo pipefail
px=$1
command -v readelf >/dev/null || exit 77
tmp=$(mktemp -d "${TMPDIR:-/tmp}/paridx-lazy.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "lazy-libraries: $*" >&2; exit 1; }

needed=$(readelf -d "$px" | grep NEEDED) || fail "readelf found no libraries in $px"
! grep -qE 'libxlsxwriter|libzip|libedit' <<<"$needed" || fail "linked at start: $needed"

LD_DEBUG=libs "$px" run rules/2019.lua >/dev/null 2>"$tmp/run.log" || fail "run failed"
! grep -qE 'calling init: .*(libxlsxwriter|libzip|libcrypto|libedit)' "$tmp/run.log" ||
    fail "a run with no Excel file opened: $(grep -E 'calling init: .*(libxlsxwriter|libzip|libcrypto|libedit)' "$tmp/run.log")"

LD_DEBUG=libs "$px" template tests/rules/forms.lua --agency SNV --out "$tmp/form.xlsx" \
    >/dev/null 2>"$tmp/form.log" || fail "template failed"
grep -q 'calling init: .*libxlsxwriter' "$tmp/form.log" || fail "the form was written without libxlsxwriter?"
LD_DEBUG=libs "$px" import --db "$tmp/x.db" --year 2019 facts "$tmp/form.xlsx" \
    >/dev/null 2>"$tmp/read.log"
grep -q 'calling init: .*libzip' "$tmp/read.log" || fail "the form was read without libzip?"
exit 0
