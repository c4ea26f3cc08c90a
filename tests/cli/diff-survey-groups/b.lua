-- The next year: 50 deputies, listed by the office and the Department of Home Affairs; the
-- departments' leaders renamed; citizens added.
index { year = 2020, title = "Nhóm điều tra", basis = "tests", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "VPHDND", name = "Văn phòng HĐND tỉnh" }
field "1" { title = "Một", max = 1, lead = "SNV",
  score = { kind = "custom", text = "0", eval = function() return 0 end } }
survey_group { code = "DBHDND", name = "Đại biểu HĐND tỉnh", quota = 50, by = { "VPHDND", "SNV" } }
survey_group { code = "LDSO", name = "Lãnh đạo các sở, ban, ngành", by = { "SNV" } }
survey_group { code = "SIPAS", name = "Người dân, tổ chức", by = { "SNV" } }
