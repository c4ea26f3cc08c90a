-- An endless loop while the file loads.
index { year = 2019, title = "loop", total = 1, example = "../../rules/mini-data" }
while true do end
