-- A question asked of a group the rule file does not declare.
index { year = 2019, title = "Câu hỏi", basis = "tests", total = 1 }
survey_group { code = "DB", name = "Đại biểu HĐND tỉnh", quota = 45 }
question "Q1" { text = "Câu hỏi?", sub = "1", options = { { "A", 1 }, { "B", 0 } },
                groups = { DB = 1, SIPAS = 1 } }
