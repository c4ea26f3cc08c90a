-- A scale that writes into its context is stopped: the context is shared by the unit's leaves.
index { year = 2019, title = "views", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1, score = { eval = function(f, max, ctx)
  ctx.cache = 1
  return max
end } }
