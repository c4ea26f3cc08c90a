-- The same code twice, and a code that does not extend its parent's.
index { year = 2019, title = "codes", total = 2, example = "../../rules/mini-data" }
local s = { eval = function() return 0 end }
field "1" { title = "Một", max = 2,
  criterion "1.1" { title = "a", max = 1, score = s },
  criterion "1.1" { title = "b", max = 0.5, score = s },
  criterion "2.3" { title = "c", max = 0.5, score = s },
}
