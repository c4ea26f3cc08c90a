-- No index declaration.
field "1" { title = "Một", max = 100, score = { eval = function() return 1 end } }
