# gen-bench-lib.awk — what the generators behind scripts/gen-bench share: a Park–Miller
# generator exact in doubles (the caller seeds `rng`), die(), reading and writing CSV cells.
# Provides: next_u(), pick(), die(), csv_split(), csv_cell(), read_csv().
# Uses: POSIX awk only (runs under mawk).

# ---- the seeded generator: x' = 16807 x mod (2^31 - 1); products stay below 2^53 ----
function next_u() {
    rng = (rng * 16807) % 2147483647
    return (rng - 1) / 2147483646 # in [0, 1)
}
function pick(n) { return int(next_u() * n) } # 0 .. n-1

# Reports on stderr and stops with status 4 (a data error); END sees `failed` and stops too.
function die(msg) {
    print "paridx: gen-bench: " msg > "/dev/stderr"
    failed = 4
    exit 4
}

# ---- CSV ----
function csv_split(line, f,   n, i, c, quoted, cur) {
    n = 0; cur = ""; quoted = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (quoted) {
            if (c != "\"") cur = cur c
            else if (substr(line, i + 1, 1) == "\"") { cur = cur c; i++ }
            else quoted = 0
        } else if (c == "\"") quoted = 1
        else if (c == ",") { f[++n] = cur; cur = "" }
        else cur = cur c
    }
    f[++n] = cur
    return n
}
function csv_cell(s) {
    if (s !~ /[",]/) return s
    gsub(/"/, "\"\"", s)
    return "\"" s "\""
}
function read_csv(file, rows,   line, n, f, i) { # rows[r, c], rows[r] = cells; returns rows
    n = 0
    while ((getline line < file) > 0) {
        sub(/\r$/, "", line)
        if (n == 0) sub(/^\357\273\277/, "", line)
        rows[n] = csv_split(line, f)
        for (i = 1; i <= rows[n]; i++) rows[n, i] = f[i]
        n++
    }
    close(file)
    return n
}

