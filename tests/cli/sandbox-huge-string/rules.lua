-- One C call asking for a gigabyte: refused by the memory budget.
index { year = 2019, title = "string", total = 1, example = "../../rules/mini-data" }
local s = string.rep("x", 1 << 30)
