-- Each leaf reads its own read-only view of the facts: a fact one scale tries to plant is not
-- there for the next, and explain lists every fact a scale read.
index { year = 2019, title = "facts", total = 2, example = "../../rules/mini-data" }
field "1" { title = "Gieo", max = 1, score = { eval = function(f)
  pcall(function() f.made_up = 1 end)
  pcall(rawset, f, "made_up", 1)
  return 1
end } }
field "2" { title = "Gặt", max = 1, score = { eval = function(f)
  return f.made_up or 0, f.made_up and "có made_up" or "không có made_up"
end } }
