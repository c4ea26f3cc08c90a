# gen-bench-survey.awk — the survey part of scripts/gen-bench: from the example's survey
# (EXSURVEY: respondents-AGENCY.csv lists and answers.csv) it learns each group's listing
# agencies and the questions it answers, then writes R respondents (OUT/survey/
# respondents-AGENCY.csv, with a mã column: R0000001 …) spread over the generated units
# (UNITS, OUT/units.csv) in turn, and OUT/survey/answers.csv: each respondent gives Q
# answers, its group's questions about its unit and, when Q is more than the group has, the
# same questions about the next units, as a leader rates several departments (Q = 0: each of
# its group's questions once, about its unit); options drawn with the standing of the unit
# answered about (better units more A), about 3% "E".  Respondents copy the example's in turn, so the groups
# keep the example's proportions (taken with a stride, so that a few respondents mix them).
# Provides: the survey generation documented in scripts/gen-bench.
# Uses: POSIX awk only (runs under mawk), gen-bench-lib.awk; no rand(), no for-in order in
#   the output.

# The generator, die() and the CSV functions are in gen-bench-lib.awk (loaded first).
function field(line, k,   n, f) { # the k-th cell of a CSV line
    n = csv_split(line, f)
    return k <= n ? f[k] : ""
}

BEGIN {
    rng = (SEED * 7 + 13) % 2147483647
    if (rng == 0) rng = 1
    # the example's lists, in the order ls gives (LISTS: one path a line)
    while ((getline path < LISTS) > 0) {
        agency = path; sub(/.*respondents-/, "", agency); sub(/\.csv$/, "", agency)
        row = 0
        while ((getline line < path) > 0) {
            sub(/\r$/, "", line)
            if (row++ == 0) { ngc = split(line, head, ","); for (c = 1; c <= ngc; c++) col[head[c]] = c; continue }
            g = field(line, col["nhóm"])
            code = sprintf("%s-%03d", agency, row - 1)
            group_of[code] = g
            ex++; ex_group[ex] = g; ex_agency[ex] = agency; ex_position[ex] = field(line, col["chức vụ"])
            ex_work[ex] = field(line, col["cơ quan/đơn vị"])
        }
        close(path)
    }
    close(LISTS)
    if (!ex) die(EXSURVEY ": no respondent lists to copy")
    # the questions each group answers, in code order
    first = 1
    while ((getline line < (EXSURVEY "/answers.csv")) > 0) {
        if (first) { first = 0; continue }
        g = group_of[field(line, 1)]; q = field(line, 2)
        if (g != "" && !((g, q) in asked)) {
            asked[g, q] = 1
            k = ++nq[g]; qs[g, k] = q
            for (j = k; j > 1 && qs[g, j - 1] > qs[g, j]; j--) { t = qs[g, j]; qs[g, j] = qs[g, j - 1]; qs[g, j - 1] = t }
        }
    }
    close(EXSURVEY "/answers.csv")
    # the generated units and a standing for each
    first = 1
    while ((getline line < UNITS) > 0) {
        if (first) { first = 0; continue }
        nu++; unit[nu] = field(line, 1); standing[nu] = next_u()
    }
    close(UNITS)
    split("Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Lò Tòng Giàng Lù Vàng Đèo Hà Lường Sùng", fam, " ")
    split("Văn Thị Đức Minh Thu Ngọc Quang Thanh Xuân Hữu A Seo", mid, " ")
    split("An Bình Chiến Dũng Đạt Giang Hà Hải Hạnh Hoa Hùng Huyền Khánh Lan Linh Long Mai Minh Nam Ngân Phong Phương Quân Sơn Tâm Thảo Thắng Trang Tuấn Việt Yến Ánh Ân Ơn Ước", giv, " ")
    answers = OUT "/survey/answers.csv"
    print "mã phiếu,đơn vị,câu hỏi,phương án" > answers
    stride = ex % 101 ? 101 : 103 # visits every example respondent, groups mixed early on
    for (i = 1; i <= R; i++) {
        k = ((i - 1) * stride) % ex + 1
        u = (i - 1) % nu + 1
        code = sprintf("R%07d", i)
        list = OUT "/survey/respondents-" ex_agency[k] ".csv"
        if (!(list in opened)) {
            opened[list] = 1
            print "mã,họ và tên,chức vụ,nhóm,cơ quan/đơn vị,điện thoại" > list
        }
        printf "%s,%s %s %s,%s,%s,%s,09%08d\n", code, fam[pick(18) + 1], mid[pick(12) + 1],
            giv[pick(35) + 1], csv_cell(ex_position[k]), ex_group[k], csv_cell(ex_work[k]),
            pick(100000000) > list
        g = ex_group[k]
        # Q answers: the group's questions about its unit, then again about the next units
        # while Q asks for more (Q = 0: each question once, about its unit)
        n = Q ? Q : nq[g]
        if (n > nq[g] * nu) n = nq[g] * nu
        for (j = 0; j < n; j++) {
            v = (u - 1 + int(j / nq[g])) % nu + 1; s = standing[v]
            r = next_u()
            o = r < 0.03 ? "E" : r < 0.25 + 0.4 * s ? "A" : r < 0.55 + 0.3 * s ? "B" : r < 0.85 + 0.1 * s ? "C" : "D"
            print code "," unit[v] "," qs[g, j % nq[g] + 1] "," o > answers
        }
    }
}
