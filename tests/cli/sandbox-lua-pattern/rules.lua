-- Lua patterns backtrack inside one C call, where no step is counted: not offered.
index { year = 2019, title = "pattern", total = 1, example = "../../rules/mini-data" }
string.find(string.rep("a", 40), ".-.-.-.-.-.-.-.-b")
