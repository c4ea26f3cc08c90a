-- A question feeding a survey leaf whose scale reads no share for the answers to set.
index { year = 2019, title = "Câu hỏi", basis = "tests", total = 1 }
unit_kind { code = "province", name = "Tỉnh" }
field "1" { title = "Lĩnh vực", max = 1, survey = true,
  score = { kind = "custom", text = "1", eval = function(f, max) return max, "đủ" end } }
survey_group { code = "DB", name = "Đại biểu HĐND tỉnh", quota = 45, by = {} }
question "Q1" { text = "Câu hỏi?", sub = "1", options = { { "A", 1 }, { "B", 0 } },
                groups = { DB = 1 } }
