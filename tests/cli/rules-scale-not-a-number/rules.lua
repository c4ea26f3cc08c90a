-- A scale that returns text.
index { year = 2019, title = "text", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Chữ", max = 1, score = { eval = function() return "đạt" end } }
