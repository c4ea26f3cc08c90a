-- A scale that returns 1.5 for a maximum of 1.
index { year = 2019, title = "above", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Quá điểm", max = 1, score = { eval = function() return 1.5 end } }
