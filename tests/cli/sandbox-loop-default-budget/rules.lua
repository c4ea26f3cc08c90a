-- An endless loop under the default step budget (500 million steps; the wall clock set far off).
index { year = 2019, title = "loop", total = 1, example = "../../rules/mini-data" }
while true do end
