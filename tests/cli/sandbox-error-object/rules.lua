-- An error object whose __tostring never returns: the message handler is budgeted too.
index { year = 2019, title = "error", total = 1, example = "../../rules/mini-data" }
error(setmetatable({}, { __tostring = function() while true do end end }))
