-- A finalizer would run with the step hook off: refused.
index { year = 2019, title = "gc", total = 1, example = "../../rules/mini-data" }
setmetatable({}, { __gc = function() while true do end end })
