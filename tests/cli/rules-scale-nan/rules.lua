-- A scale that returns NaN.
index { year = 2019, title = "nan", total = 1, example = "../../rules/mini-data" }
field "1" { title = "NaN", max = 1, score = { eval = function() return 0/0 end } }
