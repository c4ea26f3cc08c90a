#!/bin/sh
# run-golden.sh — runs one golden CLI test case and compares what it printed and returned with
# the expected files; with UPDATE_GOLDEN=1 rewrites the expected files instead.
# Usage: tests/cli/run-golden.sh PARIDX-BINARY CASE-DIR
# A case directory holds:
#   cmd     a POSIX sh snippet, run from the repo root, in which `paridx` is a shell function
#           calling PARIDX-BINARY (prefixed with $PARIDX_WRAPPER when set, e.g. valgrind),
#           and `paridx_setup` the same binary without the wrapper, for the steps that only
#           fill the case's database (its subject runs through `paridx`; every import and
#           submission has cases of its own that run it wrapped);
#           $TMP is a fresh directory removed afterwards (and $HOME), $CASE the case directory
#           (relative to the repo root when inside it); PARIDX_NOW="2026-01-01 00:00:00",
#           LC_ALL=C.UTF-8, TZ=UTC and an empty LANGUAGE (messages in English) are fixed; a
#           case in Vietnamese sets LANGUAGE=vi itself
#   stdin   optional, fed to the snippet (else /dev/null)
#   stdout, stderr   expected output (a missing file means: must be empty); the path of $TMP is
#           written as the literal text $TMP in both
#   rc      expected exit status of the snippet (missing: 0)
#   labels  optional, more CTest labels, one per line (read by tests/CMakeLists.txt)
# Exits 0 when all match, 1 with a unified diff of every mismatch on stdout, 2 on bad usage,
# 77 (CTest: skipped) when the snippet exits 77 unexpectedly, e.g. a tool it needs is missing.
# Uses: POSIX sh, mktemp, sed, GNU diff.
set -u

fail_usage() {
    echo "run-golden: $*" >&2
    echo "usage: run-golden.sh PARIDX-BINARY CASE-DIR" >&2
    exit 2
}

[ $# -eq 2 ] || fail_usage "expected 2 arguments, found $#"
{ [ -f "$1" ] && [ -x "$1" ]; } || fail_usage "$1: not an executable file"
[ -f "$2/cmd" ] || fail_usage "$2: not a case directory (no cmd file)"

bin=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
case_dir=$(cd "$2" && pwd -P)
root=$(cd "$(dirname "$0")/../.." && pwd -P)
case "$case_dir" in
    "$root"/*) case_rel=${case_dir#"$root"/} ;;
    *) case_rel=$case_dir ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/paridx-golden.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 2' HUP INT TERM
mkdir "$work/tmp"
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin=$case_dir/stdin

# shellcheck disable=SC2016  # the snippet is expanded by the inner shell
(cd "$root" && env PARIDX_BIN="$bin" TMP="$work/tmp" HOME="$work/tmp" CASE="$case_rel" \
    PARIDX_NOW="2026-01-01 00:00:00" LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC \
    sh -c 'paridx() { ${PARIDX_WRAPPER:-} "$PARIDX_BIN" "$@"; }
           paridx_setup() { "$PARIDX_BIN" "$@"; }
           golden_cmd=$1; shift; . "$golden_cmd"' run-golden "$case_dir/cmd" \
    <"$stdin" >"$work/stdout.raw" 2>"$work/stderr.raw")
actual_rc=$?
echo "$actual_rc" >"$work/rc"
expected_rc=0
[ -f "$case_dir/rc" ] && expected_rc=$(tr -d ' \t\r\n' <"$case_dir/rc")
if [ "$actual_rc" = 77 ] && [ "$expected_rc" != 77 ]; then
    echo "run-golden: $case_rel: skipped (the snippet exited 77)"
    exit 77
fi

tmp_pattern=$(printf '%s' "$work/tmp" | sed 's/[][\.*^$|/]/\\&/g')
for stream in stdout stderr; do
    sed "s|$tmp_pattern|\$TMP|g" "$work/$stream.raw" >"$work/$stream"
done

if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    for f in stdout stderr rc; do
        if [ "$f" = rc ] && [ "$actual_rc" = 0 ] || [ ! -s "$work/$f" ]; then
            rm -f "$case_dir/$f"
        else
            cp "$work/$f" "$case_dir/$f"
        fi
    done
    echo "run-golden: $case_rel: expected files rewritten" >&2
    exit 0
fi

status=0
for stream in stdout stderr; do
    expected=$case_dir/$stream
    [ -f "$expected" ] || expected=/dev/null
    diff -u --label "$case_rel/$stream (expected)" --label "$stream (actual)" \
        "$expected" "$work/$stream" || status=1
done
if [ "$expected_rc" != "$actual_rc" ]; then
    echo "$case_rel: exit status: expected $expected_rc, got $actual_rc"
    status=1
fi
if [ $status -ne 0 ]; then
    echo "$case_rel/cmd was:"
    cat "$case_dir/cmd"
fi
exit $status
