index { code = "X", name = "loop", total = 1 }
while true do end
