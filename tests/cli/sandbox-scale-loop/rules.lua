-- A scale that loops forever (sandbox-scale-loop).
local scale = require "scale"
index { year = 2019, title = "loop", total = 1, example = "mini-data" }
unit_kind { code = "province", name = "Tỉnh" }
field "1" { title = "Một lĩnh vực", max = 1,
  criterion "1.1" { title = "Vòng lặp", max = 1,
    score = scale.custom { facts = {}, text = "lặp mãi", eval = function() while true do end end } },
}
