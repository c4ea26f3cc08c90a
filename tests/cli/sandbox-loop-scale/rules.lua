-- An endless loop inside a scale.
index { year = 2019, title = "loop", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Vòng lặp", max = 1,
  score = { eval = function(f, max)
    local n = 0
    while true do n = n + 1 end
  end } }
