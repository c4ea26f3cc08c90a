-- A node table whose __index declares more fields while the node is being read: declaration
-- tables are read raw, so the metatable is never consulted (it used to free the node array
-- under the reader's feet).
index { year = 2019, title = "index", total = 1, example = "../../rules/mini-data" }
local spec = { title = "Một", max = 1, score = { eval = function() return 1 end } }
setmetatable(spec, { __index = function()
  for i = 2, 200 do field(tostring(i)) { title = "Thêm", max = 0, score = { eval = function() return 0 end } } end
end })
field "1" (spec)
