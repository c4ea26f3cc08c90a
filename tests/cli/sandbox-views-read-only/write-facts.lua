-- A scale that writes into the facts is stopped.
index { year = 2019, title = "views", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1, score = { eval = function(f, max)
  f.plan_issued = true
  return max
end } }
