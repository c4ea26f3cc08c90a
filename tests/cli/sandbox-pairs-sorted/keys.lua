-- Keys joined in pairs order: the same line every run (numbers, then strings in byte order).
local t = { zeta = 1, alpha = 2, [3] = "c", [1] = "a", [2.5] = "b", ["Đà Lạt"] = 3, beta = 4,
            [true] = 5, [-7] = 6, ["10"] = 7 }
for i = 1, 50 do t["k" .. i] = i end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
local after = {}
local k = next(t)
while k ~= nil do after[#after + 1] = tostring(k); k = next(t, k) end
assert(table.concat(after, " ") == table.concat(keys, " "), "next and pairs agree")
print(table.concat(keys, " "))
