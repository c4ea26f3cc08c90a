-- A rule author's pattern that does not compile: the error shows the offset.
index { year = 2019, title = "Thử mẫu số hiệu", basis = "tests", total = 1 }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
evidence_rules {
  patterns = { "\\A[0-9]+/GXN-([A-Z]+\\z" },
}
field "1" { title = "Một lĩnh vực", max = 1, lead = "SNV",
  criterion "1.1" { title = "Một tiêu chí", max = 1,
    score = { kind = "binary", facts = { { name = "x", type = "bool" } },
              eval = function(f, max) return f.x and max or 0, "x" end } },
}
