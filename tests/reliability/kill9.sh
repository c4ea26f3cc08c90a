#!/usr/bin/env bash
# kill9.sh — kill -9 at random moments (a fixed seed, so every run tries the same ones) while
# paridx writes, and check after each kill that the database holds all of the write or none
# of it and passes SQLite's `PRAGMA integrity_check`:
#   - 24 kills during `import` of a large generated facts file (facts and imports counted:
#     the numbers before or after, never between);
#   - 8 kills during `run`, which stores the run and every node's points (runs and scores
#     counted);
#   - 8 kills while `import` creates a fresh database and applies the migrations (tables and
#     units counted: none, or all).
# The moments are spread over how long a full write takes on this machine, measured first.
# PARIDX_WRAPPER (valgrind) is not used: this is about what is on disk, not about memory.
# Usage: tests/reliability/kill9.sh PARIDX_BINARY   (exit 0 all held, 1 a check failed,
# 77 sqlite3 missing).  Uses: bash, awk, sqlite3, date, sleep, kill.
set -u
PARIDX=$1
command -v sqlite3 >/dev/null || { echo "kill9: sqlite3 is missing; skipped"; exit 77; }
DIR=$(mktemp -d) || exit 1
trap 'rm -rf "$DIR"' EXIT
RANDOM=2756 # plan 2756/KH-UBND: any fixed seed will do
failures=0 killed=0 finished=0

fail() {
    echo "kill9: FAILED: $*"
    failures=$((failures + 1))
}

q() { sqlite3 "$1" "$2"; }

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Runs "$@" in the background, kills it with SIGKILL after $1 ms, waits for it; counts
# whether the kill landed (exit 137) or the command had finished.
kill_after() {
    local ms=$1 pid rc
    shift
    "$@" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -9 "$pid" 2>/dev/null
    { wait "$pid"; } 2>/dev/null # no "Killed" notice from bash
    rc=$?
    if [ "$rc" = 137 ]; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
}

# A random moment in [0, $1 * 1.2) ms.
moment() { echo $(( (RANDOM * 32768 + RANDOM) % ($1 * 12 / 10 + 1) )); }

integrity() {
    local got
    got=$(q "$1" "PRAGMA integrity_check")
    [ "$got" = ok ] || fail "$2: integrity_check says: $got"
}

# Copies database $1 (with no WAL left beside it) to $2.
fresh_copy() {
    rm -f "$2" "$2-wal" "$2-shm" "$2-journal"
    cp "$1" "$2"
}

# ---- the data ----------------------------------------------------------------------
awk 'BEGIN { print "code,name,kind"
             for (u = 1; u <= 200; u++) printf "U%03d,Đơn vị số %d,province\n", u, u }' \
    >"$DIR/units.csv"
# A first facts file, then a large one that adds 200 × 80 = 16,000 facts to it.
awk 'BEGIN { print "unit,fact,value,note"
             for (u = 1; u <= 200; u++) printf "U%03d,plan_issued,có,\n", u }' >"$DIR/facts-a.csv"
awk 'BEGIN { print "unit,fact,value,note"
             for (u = 1; u <= 200; u++) for (f = 1; f <= 80; f++)
                 printf "U%03d,extra_%d,%d,ghi chú số %d\n", u, f, (u * f) % 97, f }' \
    >"$DIR/facts-b.csv"
"$PARIDX" import --db "$DIR/base.db" units "$DIR/units.csv" >/dev/null || exit 1
"$PARIDX" import --db "$DIR/base.db" --year 2019 facts "$DIR/facts-a.csv" >/dev/null || exit 1
before=$(q "$DIR/base.db" "SELECT count(*) || '/' || (SELECT count(*) FROM import) FROM fact")

# ---- kills during an import ----------------------------------------------------------
fresh_copy "$DIR/base.db" "$DIR/full.db"
start=$(now_ms)
"$PARIDX" import --db "$DIR/full.db" --year 2019 facts "$DIR/facts-b.csv" >/dev/null || exit 1
import_ms=$(($(now_ms) - start))
after=$(q "$DIR/full.db" "SELECT count(*) || '/' || (SELECT count(*) FROM import) FROM fact")
for i in $(seq 1 24); do
    fresh_copy "$DIR/base.db" "$DIR/work.db"
    kill_after "$(moment "$import_ms")" "$PARIDX" import --db "$DIR/work.db" --year 2019 facts "$DIR/facts-b.csv"
    got=$(q "$DIR/work.db" "SELECT count(*) || '/' || (SELECT count(*) FROM import) FROM fact")
    [ "$got" = "$before" ] || [ "$got" = "$after" ] ||
        fail "import kill $i: facts/imports $got, expected $before or $after"
    integrity "$DIR/work.db" "import kill $i"
done

# ---- kills during a run that stores its results ----------------------------------------
RULES=$(cd "$(dirname "$0")/../rules" && pwd)/mini.lua
fresh_copy "$DIR/full.db" "$DIR/scored.db"
start=$(now_ms)
"$PARIDX" run "$RULES" --db "$DIR/scored.db" >/dev/null 2>&1 || exit 1
run_ms=$(($(now_ms) - start))
runs_after=$(q "$DIR/scored.db" "SELECT count(*) || '/' || (SELECT count(*) FROM score) FROM run")
for i in $(seq 1 8); do
    fresh_copy "$DIR/full.db" "$DIR/work.db"
    kill_after "$(moment "$run_ms")" "$PARIDX" run "$RULES" --db "$DIR/work.db"
    got=$(q "$DIR/work.db" "SELECT count(*) || '/' || (SELECT count(*) FROM score) FROM run")
    [ "$got" = "0/0" ] || [ "$got" = "$runs_after" ] ||
        fail "run kill $i: runs/scores $got, expected 0/0 or $runs_after"
    integrity "$DIR/work.db" "run kill $i"
done

# ---- kills while a fresh database is created and migrated -------------------------------
start=$(now_ms)
"$PARIDX" import --db "$DIR/new.db" units "$DIR/units.csv" >/dev/null || exit 1
create_ms=$(($(now_ms) - start))
shape="SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table') || '/' ||
              (SELECT user_version FROM pragma_user_version)"
full_shape=$(q "$DIR/new.db" "$shape")
for i in $(seq 1 8); do
    rm -f "$DIR/work.db" "$DIR/work.db-wal" "$DIR/work.db-shm" "$DIR/work.db-journal"
    kill_after "$(moment "$create_ms")" "$PARIDX" import --db "$DIR/work.db" units "$DIR/units.csv"
    [ -e "$DIR/work.db" ] || continue # killed before the file was made: nothing to check
    got=$(q "$DIR/work.db" "$shape")
    [ "$got" = "0/0" ] || [ "$got" = "$full_shape" ] ||
        fail "migration kill $i: tables/version $got, expected 0/0 or $full_shape"
    integrity "$DIR/work.db" "migration kill $i"
    "$PARIDX" import --db "$DIR/work.db" units "$DIR/units.csv" >/dev/null ||
        fail "migration kill $i: the database cannot be used afterwards"
done

echo "kill9: 40 kills ($killed mid-write, $finished after the command had ended);" \
    "import ${import_ms} ms, run ${run_ms} ms, create ${create_ms} ms; $failures failed"
[ "$failures" = 0 ]
