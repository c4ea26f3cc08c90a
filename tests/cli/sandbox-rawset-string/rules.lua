-- rawset on a frozen library: refused, so no rule can rewrite what others call.
index { year = 2019, title = "rawset", total = 1, example = "../../rules/mini-data" }
rawset(string, "format", function() return "HACKED" end)
field "1" { title = "Một", max = 1, score = { eval = function() return 1, string.format("%d", 1) end } }
