-- A rule file with no library, to be read through a pipe.
index { year = 2019, title = "Đọc một lần", basis = "tests", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Một", max = 1, lead = "SNV", score = { eval = function() return 1 end } }
