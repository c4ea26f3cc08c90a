#!/bin/sh
# test-run-golden.sh — self-test of the golden CLI runner (run-golden.sh): builds case
# directories around a fake paridx binary in a temp dir and checks that matching cases pass,
# every kind of mismatch fails with a diff, stdin/$TMP/$CASE/environment/$PARIDX_WRAPPER reach
# the snippet, $TMP is removed afterwards, exit 77 skips and UPDATE_GOLDEN=1 rewrites the
# expected files. Given the real binary, also runs two cases through it (under the caller's
# $PARIDX_WRAPPER, if any): `paridx --version` and `paridx` alone, a usage error (exit 2).
# Usage: tests/cli/test-run-golden.sh [PARIDX-BINARY]   Uses: POSIX sh, run-golden.sh.
# shellcheck disable=SC2016  # the case snippets are single-quoted on purpose
set -u
real_bin=${1:-}
real_wrapper=${PARIDX_WRAPPER:-}
unset PARIDX_WRAPPER UPDATE_GOLDEN
runner=$(cd "$(dirname "$0")" && pwd -P)/run-golden.sh
root=$(cd "$(dirname "$0")/../.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/paridx-golden-selftest.XXXXXX") || exit 2
work=$(cd "$work" && pwd -P)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

cat >"$work/fake-paridx" <<'EOF'
#!/bin/sh
case $1 in
    echo) shift; echo "args: $*" ;;
    cat) cat ;;
    fail) echo "paridx: $2" >&2; exit 3 ;;
    env) echo "now=$PARIDX_NOW tz=$TZ lc=$LC_ALL wrapped=${WRAPPED:-no} pwd=$PWD" ;;
esac
EOF
chmod +x "$work/fake-paridx"

# new_case NAME CMD: makes a case directory holding cmd.
new_case() {
    mkdir -p "$work/$1"
    printf '%s\n' "$2" >"$work/$1/cmd"
}

# check NAME WANT_STATUS [GREP_PATTERN]: runs the runner on case NAME with the binary $bin; it
# must exit with WANT_STATUS and, when given, print a line matching GREP_PATTERN.
bin=$work/fake-paridx
check() {
    "$runner" "$bin" "$work/$1" >"$work/$1.out" 2>&1
    got=$?
    if [ "$got" -eq "$2" ] && { [ $# -lt 3 ] || grep -q -- "$3" "$work/$1.out"; }; then
        passed=$((passed + 1)); echo "ok - $1"
    else
        failed=$((failed + 1)); echo "not ok - $1 (exit $got, wanted $2 ${3:-})"
        sed 's/^/    /' "$work/$1.out"
    fi
}

new_case match 'paridx echo a "b c"'
echo 'args: a b c' >"$work/match/stdout"
check match 0

new_case stdin-fed 'paridx cat'
printf 'xin chào\n' >"$work/stdin-fed/stdin"
cp "$work/stdin-fed/stdin" "$work/stdin-fed/stdout"
check stdin-fed 0

new_case stderr-and-rc 'paridx fail boom'
echo 'paridx: boom' >"$work/stderr-and-rc/stderr"
echo 3 >"$work/stderr-and-rc/rc"
check stderr-and-rc 0

new_case fixed-env 'paridx env'
echo "now=2026-01-01 00:00:00 tz=UTC lc=C.UTF-8 wrapped=no pwd=$root" >"$work/fixed-env/stdout"
check fixed-env 0

new_case wrapper 'paridx env | sed "s/.*wrapped=/wrapped=/; s/ .*//"'
echo 'wrapped=yes' >"$work/wrapper/stdout"
PARIDX_WRAPPER="env WRAPPED=yes" check wrapper 0

new_case tmp-dir 'echo "$TMP" >"$OUT/tmp-path"; touch "$TMP/f" && echo "$TMP/f" "$HOME"; echo "$CASE"'
printf '%s\n' '$TMP/f $TMP' "$work/tmp-dir" >"$work/tmp-dir/stdout"
OUT=$work; export OUT
check tmp-dir 0
if [ -s "$work/tmp-path" ] && [ ! -e "$(cat "$work/tmp-path")" ]; then
    passed=$((passed + 1)); echo "ok - tmp-dir removed"
else
    failed=$((failed + 1)); echo "not ok - tmp-dir removed"
fi

new_case stdout-differs 'paridx echo actual'
echo 'args: expected' >"$work/stdout-differs/stdout"
check stdout-differs 1 '^+args: actual$'

new_case unexpected-stderr 'paridx fail oops'
echo 3 >"$work/unexpected-stderr/rc"
check unexpected-stderr 1 '^+paridx: oops$'

new_case rc-differs 'paridx fail boom'
echo 'paridx: boom' >"$work/rc-differs/stderr"
check rc-differs 1 'exit status: expected 0, got 3'

new_case missing-output 'true'
echo 'something' >"$work/missing-output/stdout"
check missing-output 1 '^-something$'

new_case skipped 'command -v no-such-tool >/dev/null || exit 77; paridx echo x'
check skipped 77 'skipped'

new_case expected-77 'exit 77'
echo 77 >"$work/expected-77/rc"
check expected-77 0

mkdir "$work/not-a-case"
check not-a-case 2 'no cmd file'

new_case update 'paridx echo new; paridx fail err'
echo 'args: old' >"$work/update/stdout"
echo 'stale' >"$work/update/stderr"
UPDATE_GOLDEN=1 check update 0
check update 0
if [ "$(cat "$work/update/rc")" = 3 ] && [ "$(cat "$work/update/stdout")" = "args: new" ]; then
    passed=$((passed + 1)); echo "ok - update wrote rc and stdout"
else
    failed=$((failed + 1)); echo "not ok - update wrote rc and stdout"
fi

new_case update-empty 'true'
echo 'old' >"$work/update-empty/stdout"
echo 4 >"$work/update-empty/rc"
UPDATE_GOLDEN=1 check update-empty 0
if [ ! -e "$work/update-empty/stdout" ] && [ ! -e "$work/update-empty/rc" ]; then
    passed=$((passed + 1)); echo "ok - update removed empty stdout and zero rc"
else
    failed=$((failed + 1)); echo "not ok - update removed empty stdout and zero rc"
fi

if [ -n "$real_bin" ]; then
    bin=$real_bin
    new_case real-version 'paridx --version | sed "s/ .*//"'
    echo paridx >"$work/real-version/stdout"
    PARIDX_WRAPPER=$real_wrapper check real-version 0

    new_case real-no-arguments 'paridx >/dev/null 2>"$TMP/err"; echo "rc=$?"; test -s "$TMP/err"'
    echo rc=2 >"$work/real-no-arguments/stdout"
    PARIDX_WRAPPER=$real_wrapper check real-no-arguments 0
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
