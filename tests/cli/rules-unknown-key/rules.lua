-- A misspelt key.
index { year = 2019, title = "key", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", maxx = 1, score = { eval = function() return 1 end } }
