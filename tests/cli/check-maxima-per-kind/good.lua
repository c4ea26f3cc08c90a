-- One field holding one criterion for departments and another for districts: the maxima add
-- up for each kind of unit.
index { year = 2019, title = "kinds", basis = "tests", total = 2 }
unit_kind { code = "department", name = "Sở, ban, ngành" }
unit_kind { code = "district", name = "UBND huyện" }
agency { code = "SNV", name = "Sở Nội vụ" }
local some = { kind = "custom", text = "0", eval = function() return 0 end }
field "1" { title = "Chung", max = 2, lead = "SNV",
  criterion "1.1" { title = "Cho sở", max = 2, kinds = { "department" }, score = some },
  criterion "1.2" { title = "Cho huyện", max = 1, kinds = { "district" }, score = some },
  criterion "1.3" { title = "Cho huyện", max = 1, kinds = { "district" }, score = some },
}
