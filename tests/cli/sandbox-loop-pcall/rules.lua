-- A loop that tries to swallow the step limit with pcall and xpcall.
index { year = 2019, title = "loop", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Vòng lặp", max = 1,
  score = { eval = function()
    while true do
      pcall(function() while true do end end)
      xpcall(function() while true do end end, function(m) return m end)
    end
  end } }
