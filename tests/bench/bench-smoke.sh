#!/usr/bin/env bash
# bench-smoke.sh — provides the smoke test of scripts/bench (bench_bench_smoke): runs it
# with --smoke (2 and 4 units, 20 and 200 respondents, one run, no targets checked) on the
# paridx under test and checks it exits 0 and prints every figure, none failed (the output
# searched as a here-string: piped to `grep -q`, which stops at its first match, printf could
# fail on the closed pipe, and pipefail then said the line was missing).  Exits 77 (skipped) when sqlite3 or /usr/bin/time is missing.
# Usage: tests/bench/bench-smoke.sh PARIDX   (from the repository root, as CTest runs it)
# Uses: bash, grep, scripts/bench.
set -uo pipefail
out=$(scripts/bench --smoke --binary "$1")
rc=$?
[ "$rc" != 77 ] || exit 77
printf '%s\n' "$out"
[ "$rc" = 0 ] || { echo "FAIL: scripts/bench --smoke exited $rc" >&2; exit 1; }
failed=0
for figure in 'import facts, 2 units ' 'run, 2 units ' 'explain field 1 of one unit, 2 units ' \
    'db growth per run, 2 units ' 'run --no-save, 2 units ' \
    'share of the run spent storing it, 2 units ' 'what-if .set (engine), 2 units ' \
    'import facts, 4 units ' 'run, 4 units ' \
    'growth of import, 2 to 4 units ' 'growth of run, 2 to 4 units ' 'example run (no --db) ' \
    'scripts/paridx run .*: skipped' 'import answers, [0-9]* (20 x 30) ' 'run with answers, ' \
    'import answers, [0-9]* (200 x 30) ' 'import memory, [0-9]* to [0-9]* answers ' \
    'import facts alone ([0-9]*s apart), 2 units ' 'example run alone ([0-9]*s apart) '; do
    grep -q "^$figure" <<<"$out" || { echo "FAIL: no line for \"$figure\"" >&2; failed=1; }
done
grep -q 'FAIL$' <<<"$out" && { echo "FAIL: a figure failed in --smoke" >&2; failed=1; }
exit "$failed"
