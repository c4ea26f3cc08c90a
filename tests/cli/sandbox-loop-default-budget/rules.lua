-- An endless loop under the default budget (500 million steps).
index { year = 2019, title = "loop", total = 1, example = "../../rules/mini-data" }
while true do end
