# gen-bench.awk — the generator behind scripts/gen-bench: reads the example's units.csv and
# facts.csv (EXUNITS, EXFACTS) and, on stdin, "CODE fact" lines for the facts the rules read
# that the example lacks; writes OUT/units.csv and OUT/facts.csv for N units from seed SEED.
# Provides: the generation rules documented in scripts/gen-bench (templates per unit kind,
#   values varied within their shape) and a Park–Miller generator exact in doubles.
# Uses: POSIX awk only (runs under mawk), gen-bench-lib.awk; no rand(), no for-in order in
#   the output.

# The generator, die() and the CSV functions are in gen-bench-lib.awk (loaded first).

# ---- numbers as users type them: decimal comma, no trailing zeros ----
function num(x, places,   s) {
    s = sprintf("%." places "f", x)
    if (places > 0) { sub(/0+$/, "", s); sub(/\.$/, "", s) }
    sub(/\./, ",", s)
    return s
}
function value_of(s) { sub(/,/, ".", s); sub(/ *%$/, "", s); return s + 0 }
function decimals(s) { return index(s, ",") ? length(s) - index(s, ",") : 0 }

# ---- dates dd/mm/yyyy moved by k days (|k| <= 27) ----
function month_days(m, y) {
    if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
    return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31
}
function add_days(s, k,   p, d, m, y) {
    split(s, p, "/"); d = p[1] + k; m = p[2] + 0; y = p[3] + 0
    while (d < 1) { if (--m < 1) { m = 12; y-- } d += month_days(m, y) }
    while (d > month_days(m, y)) { d -= month_days(m, y); if (++m > 12) { m = 1; y++ } }
    return sprintf("%02d/%02d/%04d", d, m, y)
}

# ---- one value varied within its shape; every call draws exactly one number ----
# u in [0, 1) is how well the unit did on this fact: half the unit's own standing (`standing`,
# drawn once per unit, so that units spread over the bands), half chance.  High u: a higher
# ratio, share or points, có, đúng hạn, an earlier date, fewer violations counted.
function vary(fact, v,   u, r, lo, hi, x, top) {
    u = (standing + next_u()) / 2
    if (v == "có") return u < 0.15 ? "không" : "có"
    if (v == "đúng hạn" || v == "trễ hạn") return u < 0.25 ? "trễ hạn" : "đúng hạn"
    if (v ~ /^[0-9][0-9]?\/[0-9][0-9]?\/[0-9][0-9][0-9][0-9]$/) return add_days(v, 27 - int(u * 55))
    if (v !~ /^[0-9]+(,[0-9]+)? *%?$/) return v # không, không áp dụng, other words: as they are
    r = value_of(v)
    if (fact ~ /_points$/) { top = points_max[fact]; return num(int(u * (4 * top + 1)) / 4, 2) }
    if (v ~ /%$/ || fact ~ /_ratio$/) {
        # a ratio: from 30 points below the example's value to 20 above, capped at 100%
        # unless the example exceeds it (targets met beyond plan)
        if (v ~ /%$/) r /= 100
        lo = r > 0.3 ? r - 0.3 : 0; hi = r + 0.2
        x = lo + u * (hi - lo)
        if (r <= 1 && x > 1) x = 1
        if (v ~ /%$/) return num(x * 100, decimals(v) ? 2 : 0) "%"
        return num(x, 4)
    }
    if (v ~ /,/) { # a share of survey answers, 0..1
        lo = r > 0.25 ? r - 0.25 : 0; hi = r + 0.1 > 1 ? 1 : r + 0.1
        return num(lo + u * (hi - lo), decimals(v) < 2 ? 2 : decimals(v))
    }
    top = r * 2 > 3 ? r * 2 : 3 # a count: 0 .. twice the example's, at least 3
    return sprintf("%d", int((1 - u) * (top + 1)))
}

# The shape a fact missing from the example gets from its name.
function shape_by_name(fact) {
    if (fact ~ /_ratio$/) return "90%"
    if (fact ~ /_count$/) return "1"
    if (fact ~ /_(date|points)$/ || fact ~ /timeliness/) return ""
    return "có"
}

BEGIN {
    rng = SEED % 2147483646 + 1
    for (i = 0; i < 16; i++) next_u()

    # The example's units by kind, kinds in order of first appearance.
    n_ex_units = read_csv(EXUNITS, eu)
    for (c = 1; c <= eu[0]; c++) if (eu[0, c] == "code") ccode = c; else if (eu[0, c] == "name") cname = c; else if (eu[0, c] == "kind") ckind = c
    if (!ccode || !cname || !ckind) die(EXUNITS ":1:1: expected the header code,name,kind, found \"" eu[0, 1] ",…\"")
    n_kinds = 0
    for (r = 1; r < n_ex_units; r++) {
        k = eu[r, ckind]
        if (!(k in kind_count)) { kinds[++n_kinds] = k; kind_count[k] = 0 }
        kind_unit[k, ++kind_count[k]] = eu[r, ccode]
        unit_name[eu[r, ccode]] = eu[r, cname]
        unit_kind[eu[r, ccode]] = k
    }

    # The example's facts per unit, in file order; the largest points seen per fact.
    n_ex_facts = read_csv(EXFACTS, ef)
    for (r = 1; r < n_ex_facts; r++) {
        code = ef[r, 1]; fact = ef[r, 2]; v = ef[r, 3]
        if (!(code in unit_kind)) die(EXFACTS ":" r + 1 ":1: expected a unit of " EXUNITS ", found \"" code "\"")
        unit_fact[code, ++unit_nfacts[code]] = fact
        unit_value[code, unit_nfacts[code]] = v
        if (v ~ /^[0-9]+(,[0-9]+)?$/ && value_of(v) > points_max[fact]) points_max[fact] = value_of(v)
    }
}

# stdin: "CODE fact" for each fact the rules read that the example lacks.
NF == 2 {
    k = unit_kind[$1]
    if (!((k, $2) in extra_seen)) {
        if (shape_by_name($2) == "") die("the rules read " $2 ", which the example lacks, and its name does not tell its shape (…_ratio, …_count or a có/không fact): add it to the example")
        extra_seen[k, $2] = 1
        kind_extra[k, ++kind_nextra[k]] = $2
    }
}

END {
    if (failed) exit failed
    if (n_kinds == 0) die(EXUNITS ": expected at least one unit, found none")
    # Units per kind in the example's proportions; the remainder goes to the first kind.
    left = N
    for (i = n_kinds; i >= 2; i--) {
        share[i] = int(N * kind_count[kinds[i]] / (n_ex_units - 1) + 0.5)
        if (share[i] < 1 && N >= n_kinds) share[i] = 1
        left -= share[i]
    }
    share[1] = left
    width = length(N "")
    units_out = OUT "/units.csv"; facts_out = OUT "/facts.csv"
    print "code,name,kind" > units_out
    print "unit,fact,value" > facts_out
    for (i = 1; i <= n_kinds; i++) {
        k = kinds[i]
        prefix = toupper(substr(k, 1, 3))
        for (j = 1; j <= share[i]; j++) {
            t = kind_unit[k, 1 + pick(kind_count[k])]
            standing = next_u()
            code = sprintf("%s%0" width "d", prefix, j)
            print code "," csv_cell(unit_name[t] " số " j) "," k > units_out
            for (f = 1; f <= unit_nfacts[t]; f++)
                print code "," unit_fact[t, f] "," csv_cell(vary(unit_fact[t, f], unit_value[t, f])) > facts_out
            for (f = 1; f <= kind_nextra[k]; f++)
                print code "," kind_extra[k, f] "," csv_cell(vary(kind_extra[k, f], shape_by_name(kind_extra[k, f]))) > facts_out
        }
    }
    close(units_out); close(facts_out)
}
