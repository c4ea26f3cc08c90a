-- A scale that returns a negative number.
index { year = 2019, title = "negative", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Điểm âm", max = 1, score = { eval = function() return -0.25 end } }
