-- An index of two million points: more than paridx adds exactly in nano-points.
local scale = require "scale"
index { year = 2019, title = "lớn", total = 2000, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 2000,
  criterion "1.1" { title = "a", max = 2000, score = scale.binary("plan_issued") },
}
