#!/usr/bin/env bash
# paridx-up-to-date.sh — provides the test of scripts/paridx's way to the binary
# (scripts_paridx_up_to_date): in a copy of the repository's layout with a stub build/paridx,
# an up-to-date build runs the binary at once — in the caller's folder, with the arguments as
# given, whether the script is called by its path, through a link or as `bash paridx` — and
# asks neither dpkg nor cmake (stand-ins on PATH record any call); a source, or a static
# archive the build linked, newer than the build's stamp sends it to the set-up (dpkg-query
# and cmake called) before the binary, as does a source removed; the caller's shell options
# are left as they were.
# Usage: tests/scripts/paridx-up-to-date.sh PARIDX   (from the repository root; PARIDX unused)
# Uses: bash, mktemp, scripts/paridx, scripts/build-on-first-use.sh.
set -uo pipefail
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/paridx-up-to-date.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
repo=$tmp/repo
mkdir -p "$repo/scripts" "$repo/core/util" "$repo/db" "$repo/po" "$repo/tests" "$repo/build" \
    "$tmp/bin" "$tmp/links" "$tmp/caller" || exit 1
cp "$root/scripts/paridx" "$root/scripts/build-on-first-use.sh" "$repo/scripts/" || exit 1
touch "$repo/core/util/a.c" "$repo/db/001_init.sql" "$repo/po/vi.po" "$repo/CMakeLists.txt" \
    "$repo/tests/CMakeLists.txt"
# The stub binary says where it ran and with what.
printf '#!/bin/sh\necho "binary in $PWD:$*"\n' >"$repo/build/paridx"
chmod +x "$repo/build/paridx"
# Stand-ins for the set-up's tools: each records its call and succeeds (dpkg-query says
# every package is installed).
for tool in dpkg-query cmake apt-get; do
    printf '#!/bin/sh\necho %s >>"%s"\n' "$tool" "$tmp/calls" >"$tmp/bin/$tool"
    chmod +x "$tmp/bin/$tool"
done
echo 'echo "install ok installed"' >>"$tmp/bin/dpkg-query"
# The static archives the build linked, as CMake lists them (no newline after the last).
touch "$tmp/libold.a" "$tmp/libupgraded.a"
printf '%s\n%s' "$tmp/libold.a" "$tmp/libupgraded.a" >"$repo/build/linked-archives"
sleep 1 # the stamp is newer than every source by whole seconds on any file system
touch "$repo/build/.built" "$repo/build/CMakeCache.txt"
ln -s "$repo/scripts/paridx" "$tmp/links/paridx"

failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }
# expect WHAT OUTPUT CALLS COMMAND...: runs COMMAND in $tmp/caller with the stand-ins first on
# PATH; its output must be OUTPUT and the tools it called (one line each) CALLS.
expect() {
    local what=$1 want=$2 want_calls=$3 got calls
    shift 3
    : >"$tmp/calls"
    got=$(cd "$tmp/caller" && PATH="$tmp/bin:$PATH" "$@" 2>"$tmp/stderr")
    calls=$(sort -u "$tmp/calls" | tr '\n' ' ')
    [ "$got" = "$want" ] || fail "$what: printed '$got', expected '$want' ($(cat "$tmp/stderr"))"
    [ "$calls" = "$want_calls" ] || fail "$what: called '$calls', expected '$want_calls'"
}

caller=$(cd "$tmp/caller" && pwd -P)
expect "up to date, by path" "binary in $caller:run a b" "" "$repo/scripts/paridx" run a b
expect "up to date, through a link" "binary in $caller:run x y" "" "$tmp/links/paridx" run "x y"
expect "up to date, bash paridx" "binary in $(cd "$repo/scripts" && pwd -P):--version" "" \
    bash -c "cd '$repo/scripts' && bash paridx --version"
# A source changed after the build: the set-up runs (stand-ins), then the binary.
sleep 1
touch "$repo/core/util/a.c"
expect "a changed source" "binary in $caller:run" "cmake dpkg-query " "$repo/scripts/paridx" run
# The set-up renewed the stamp: straight to the binary again.
expect "rebuilt" "binary in $caller:run" "" "$repo/scripts/paridx" run
# A static archive the build linked (build/linked-archives), upgraded since: built again.
sleep 1
touch "$tmp/libupgraded.a"
expect "an upgraded archive" "binary in $caller:run" "cmake dpkg-query " "$repo/scripts/paridx" run
expect "relinked" "binary in $caller:run" "" "$repo/scripts/paridx" run
# A source removed: its folder is newer than the stamp, and the build runs again.
sleep 1
rm "$repo/core/util/a.c"
expect "a removed source" "binary in $caller:run" "cmake dpkg-query " "$repo/scripts/paridx" run
# The caller's shell options are as they were after the walk over the sources.
shopt -u globstar
(. "$repo/scripts/build-on-first-use.sh" && PX_ROOT=$repo && px_up_to_date "$repo/build" &&
    ! shopt -q globstar && ! shopt -q dotglob && ! shopt -q nullglob) ||
    fail "px_up_to_date changed the caller's shell options, or found the build out of date"
exit "$failed"
