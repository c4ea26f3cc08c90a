-- An option worth 100 (a percentage typed as a whole number) instead of a share 0..1.
index { year = 2019, title = "Câu hỏi", basis = "tests", total = 1 }
survey_group { code = "DB", name = "Đại biểu HĐND tỉnh", quota = 45 }
question "Q1" { text = "Câu hỏi?", sub = "1", options = { { "A", 100 }, { "B", 0 } },
                groups = { DB = 1 } }
