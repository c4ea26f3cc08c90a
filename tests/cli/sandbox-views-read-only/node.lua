-- Every leaf of a unit shares one read-only view of the facts and of the context; the
-- context's node is the leaf's own.
index { year = 2019, title = "views", total = 2, example = "../../rules/mini-data" }
local function by_node(f, max, ctx)
  return ctx.node == "1" and max or max / 2, "node " .. ctx.node .. ", unit " .. ctx.unit
end
field "1" { title = "Một", max = 1, score = { eval = by_node } }
field "2" { title = "Hai", max = 1, score = { eval = by_node } }
