#!/usr/bin/env bash
# gen-bench-smoke.sh — provides the smoke test of scripts/gen-bench (bench_gen_bench_smoke):
# for each rule file with an example (province 2019 and 2020, the internal index of
# departments and districts) it generates 3 units twice with seed 1 and once with seed 2,
# imports each set and runs the rules on it; then generates a survey for the province set.
# The same seed must give byte-identical CSV and results, another seed different ones, and
# the rules must find every fact they read (`run --missing` lists none).
# Usage: tests/bench/gen-bench-smoke.sh PARIDX   (from the repository root, as CTest runs it)
# Uses: bash, cmp, scripts/gen-bench; $PARIDX_WRAPPER prefixes paridx when set.
set -uo pipefail
bin=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gen-bench-smoke.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }
# shellcheck disable=SC2086  # the wrapper is a command plus its options
px() { ${PARIDX_WRAPPER:-} "$bin" "$@"; }

# generate RULES SEED NAME: a set of 3 units in $tmp/NAME, imported into $tmp/NAME.db, its
# results in $tmp/NAME.out; returns non-zero (with the reason on stderr) when a step fails.
generate() {
    PARIDX=$bin scripts/gen-bench --units 3 --seed "$2" --rules "$1" "$tmp/$3" || return 1
    local kind
    for kind in units agencies facts; do
        px import "$1" --db "$tmp/$3.db" "$kind" "$tmp/$3/$kind.csv" >/dev/null || return 1
    done
    px run "$1" --db "$tmp/$3.db" --format csv >"$tmp/$3.out" || return 1
    px run "$1" --db "$tmp/$3.db" --missing >"$tmp/$3.missing" || return 1
}

for rules in rules/2019.lua rules/2020.lua rules/province-internal-2019.lua; do
    name=$(basename "$rules" .lua)
    if ! { generate "$rules" 1 "$name-a" && generate "$rules" 1 "$name-b" && generate "$rules" 2 "$name-c"; }; then
        fail "$rules: generating, importing or running a set failed"
        continue
    fi
    for f in units.csv agencies.csv facts.csv; do
        cmp -s "$tmp/$name-a/$f" "$tmp/$name-b/$f" || fail "$rules: seed 1 twice gives two different $f"
    done
    cmp -s "$tmp/$name-a.out" "$tmp/$name-b.out" || fail "$rules: seed 1 twice gives two different results"
    cmp -s "$tmp/$name-a/facts.csv" "$tmp/$name-c/facts.csv" && fail "$rules: seeds 1 and 2 give the same facts.csv"
    cmp -s "$tmp/$name-a.out" "$tmp/$name-c.out" && fail "$rules: seeds 1 and 2 give the same results"
    [ "$(grep -c '^[A-Z]' "$tmp/$name-a/units.csv" | tr -d ' ')" = 3 ] || fail "$rules: expected 3 units"
    [ "$(wc -l <"$tmp/$name-a.missing")" -le 3 ] ||
        fail "$rules: the generated facts lack some the rules read: $(tail -n +4 "$tmp/$name-a.missing")"
done
# The survey: 60 respondents answering 5 questions each, twice with seed 1 (the same bytes),
# imported into the province set (every list and answer accepted) and scored from the answers.
survey() {
    PARIDX=$bin scripts/gen-bench --units 3 --respondents 60 --questions 5 --seed 1 \
        --rules rules/2019.lua "$tmp/$1" || return 1
    local f a
    cp "$tmp/2019-a.db" "$tmp/$1.db" || return 1
    for f in "$tmp/$1"/survey/respondents-*.csv; do
        a=${f##*/respondents-}
        px import rules/2019.lua --db "$tmp/$1.db" respondents "$f" --from "${a%.csv}" >/dev/null || return 1
    done
    px import rules/2019.lua --db "$tmp/$1.db" answers "$tmp/$1/survey/answers.csv" >/dev/null &&
        px run rules/2019.lua --db "$tmp/$1.db" --format csv >"$tmp/$1.out"
}
if survey survey-a && survey survey-b; then
    cmp -s "$tmp/survey-a/survey/answers.csv" "$tmp/survey-b/survey/answers.csv" ||
        fail "survey: seed 1 twice gives two different answers.csv"
    [ "$(tail -n +2 "$tmp/survey-a/survey/answers.csv" | wc -l)" -gt 100 ] || fail "survey: too few answers"
    cmp -s "$tmp/2019-a.out" "$tmp/survey-a.out" && fail "survey: the answers changed no score"
else
    fail "survey: generating or importing the respondents and answers failed"
fi
# The internal index assesses departments and districts: 3 units split 2 and 1, as its example.
cut -d, -f3 "$tmp/province-internal-2019-a/units.csv" | sort | uniq -c | tr -s ' ' |
    grep -qx ' 2 department' || fail "province-internal-2019: expected 2 departments among 3 units"
exit "$failed"
