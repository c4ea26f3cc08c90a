-- An xpcall message handler that never returns: it runs on the step budget too.
index { year = 2019, title = "xpcall", total = 1, example = "../../rules/mini-data" }
xpcall(error, function() while true do end end)
