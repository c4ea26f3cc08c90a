-- A scale with a bug.
index { year = 2019, title = "bug", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Lỗi", max = 1, score = { eval = function(f) return f.plan_issued + 1 end } }
