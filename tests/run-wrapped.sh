#!/bin/sh
# run-wrapped.sh — runs a test command, prefixed with $PARIDX_WRAPPER when it is set
# (e.g. PARIDX_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full"), so that CTest can
# run every unit and Lua test under valgrind without a second build.
# Usage: tests/run-wrapped.sh PROGRAM [ARG...]   Uses: POSIX sh only.
# The wrapper is split on blanks on purpose: it is a command plus its options.
# shellcheck disable=SC2086
exec ${PARIDX_WRAPPER:-} "$@"
