-- A lead agency nobody declared.
index { year = 2019, title = "agency", total = 1, example = "../../rules/mini-data" }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Một", max = 1, lead = "STP", score = { eval = function() return 1 end } }
