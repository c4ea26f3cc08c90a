-- A library with a bug: it raises while it loads.
local M = {}
M.limit = nil + 1
return M
