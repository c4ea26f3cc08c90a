-- A scale that spends a few thousand Lua steps on every unit: each unit's scoring gets the whole
-- step budget, so three units under --max-steps 4000 are all scored (a budget spent across
-- the run stopped at the second unit, and a national run for its size).
index { year = 2019, title = "budget", total = 1, example = "../../rules/mini-data" }
unit_kind { code = "province", name = "Tỉnh" }
field "1" { title = "Một tiêu chí tốn công", max = 1,
  score = { kind = "custom", facts = {}, text = "1 điểm sau 1000 vòng lặp",
    eval = function(f, max, ctx)
      local x = 0
      for i = 1, 1000 do x = x + i end
      return max, "1000 vòng lặp"
    end } }
