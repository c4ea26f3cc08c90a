-- A sub-criterion directly inside a field.
index { year = 2019, title = "nesting", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1,
  sub "1.1.1" { title = "a", max = 1, score = { eval = function() return 1 end } },
}
