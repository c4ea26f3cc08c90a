-- A scale written by hand (not through scale.custom) that declares a fact of a type the
-- loader does not know: refused at load, naming the node's line and the types it knows.
index { year = 2019, title = "fact type", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1,
            score = { facts = { { name = "rate", type = "percent" } },
                      eval = function(f) return f.rate or 0 end } }
