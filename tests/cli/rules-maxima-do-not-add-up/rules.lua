-- Criteria whose maxima do not add up to their field's (and fields not to the total).
local scale = require "scale"
index { year = 2019, title = "sum", total = 2, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 2,
  criterion "1.1" { title = "a", max = 0.5, score = scale.binary("plan_issued") },
  criterion "1.2" { title = "b", max = 1, score = scale.binary("plan_issued") },
}
