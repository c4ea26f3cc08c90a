-- C builtins cost almost no steps: the wall clock stops this long before --max-steps would.
index { year = 2019, title = "seconds", total = 1, example = "../../rules/mini-data" }
local s = ("ab"):rep(1e6)
for i = 1, 1e9 do local x = s:rep(1) end
