-- Bands out of order.
index { year = 2019, title = "bands", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1, score = { eval = function() return 1 end } }
band { "B", 80 }
band { "A", 90 }
