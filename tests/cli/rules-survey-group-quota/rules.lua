-- A quota of respondents that is not a whole number.
index { year = 2019, title = "Nhóm điều tra", basis = "tests", total = 1 }
survey_group { code = "DBHDND", name = "Đại biểu HĐND tỉnh", quota = 44.5 }
