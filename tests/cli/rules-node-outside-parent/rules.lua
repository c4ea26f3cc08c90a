-- A criterion declared on its own, never placed inside a field.
index { year = 2019, title = "orphan", total = 1, example = "../../rules/mini-data" }
criterion "1.1" { title = "mồ côi", max = 1, score = { eval = function() return 1 end } }
field "1" { title = "Một", max = 1, score = { eval = function() return 1 end } }
