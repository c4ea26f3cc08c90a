-- Unbounded recursion in Lua, then through a metamethod (C stack): errors, not crashes.
index { year = 2019, title = "recursion", total = 1, example = "../../rules/mini-data" }
local function down(n) return 1 + down(n + 1) end
local ok, err = pcall(down, 1)
assert(not ok)
local loop = setmetatable({}, { __index = function(t, k) return t[k] end })
local x = loop.anything
