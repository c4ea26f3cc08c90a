-- A criterion's declaration changed by the rule before its field takes it: the level and the
-- code are the host's, not fields rule code can rewrite.
index { year = 2019, title = "forged", total = 1, example = "../../rules/mini-data" }
local c = criterion "1.1" { title = "Một", max = 1, score = { eval = function() return 1 end } }
c.level = 1e6
c.code = nil
field "1" { title = "Một", max = 1, c }
