-- A rule that eats memory, inside pcall.
index { year = 2019, title = "memory", total = 1, example = "../../rules/mini-data" }
local t = {}
local i = 0
while true do
  pcall(function()
    i = i + 1
    t[i] = string.rep("x", 1 << 20) .. i
  end)
end
