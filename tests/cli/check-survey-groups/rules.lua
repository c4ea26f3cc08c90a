-- Survey groups with mistakes: a code twice, an unknown agency.
index { year = 2019, title = "Nhóm điều tra", basis = "tests", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Một", max = 1, lead = "SNV",
  score = { kind = "custom", text = "0", eval = function() return 0 end } }
survey_group { code = "DBHDND", name = "Đại biểu HĐND tỉnh", quota = 45, by = { "VPHDND" } }
survey_group { code = "DBHDND", name = "Đại biểu HĐND", by = { "SNV" } }
