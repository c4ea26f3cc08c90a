-- A maximum written with a decimal comma, as in Excel: Lua reads max = 0 and a stray 5.
index { year = 2019, title = "comma", total = 0.5, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 0,5, score = { eval = function() return 0 end } }
