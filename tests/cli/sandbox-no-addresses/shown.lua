-- tostring, print and string.format show tables, functions and frozen libraries by their type
-- name, never a memory address (which changes from run to run); __tostring is honoured, and
-- %p is refused.
print(tostring({}), tostring(print), {}, string.format("%s|%s|%d", {}, print, 3), ("%s"):format(paridx))
print(tostring(setmetatable({}, { __tostring = function() return "mine" end })), tostring(1.5), tostring(nil))
print(string.format("%5.1f%%", 12.34))
print(pcall(string.format, "%p", {}))
