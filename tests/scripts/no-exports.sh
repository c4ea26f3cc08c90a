#!/usr/bin/env bash
# no-exports.sh — provides the test that the paridx binary defines no function in its dynamic
# symbol table (scripts_no_exports).  An executable exports a function of its own when a
# library it links defines one of the same name (glibc has re_exec, re_search, re_match…);
# every library then calls paridx's function instead of its own, with the library's arguments.
# Usage: tests/scripts/no-exports.sh PARIDX   Uses: bash, nm (binutils).
set -uo pipefail
px=$1
command -v nm >/dev/null || exit 77
exported=$(nm -D --defined-only "$px" | grep -E ' [TtWw] ') || true
[ -z "$exported" ] || { echo "no-exports: $px exports functions of its own:" >&2
                        echo "$exported" >&2; exit 1; }
exit 0
