-- tests/lua/sandbox.lua — what the rule sandbox withholds and what it offers, checked from the
-- inside (run by `paridx script`, the same sandbox rule files get).  Budgets that stop the
-- program are checked by the golden tests in tests/cli/sandbox-*.

local function fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(paridx.re.test(pattern, tostring(err)), "unexpected error: " .. tostring(err))
end

-- Withheld: every door to the machine, to code loading, to runaway C calls.
for _, name in ipairs { "os", "io", "debug", "coroutine", "package", "load", "loadfile",
                        "dofile", "collectgarbage", "loadstring", "warn" } do
  assert(_ENV[name] == nil, name .. " must not be offered")
end
for _, name in ipairs { "find", "match", "gmatch", "gsub", "dump", "pack", "unpack" } do
  assert(string[name] == nil, "string." .. name .. " must not be offered")
end
assert(math.random == nil and math.randomseed == nil, "math.random must not be offered")

-- The standard tables are read-only, for rules and through the string metatable.
fails("read-only", function() string.rep = nil end)
fails("read-only", function() math.pi = 3 end)
assert(getmetatable("") == false, "the string metatable must be hidden")
assert(("ab"):rep(2) == "abab", "string methods still work")
assert(rawset == nil, "rawset must not be offered: it would write through a frozen table")
fails("read-only", function() paridx.re = nil end)
fails("read-only", function() paridx.re.test = function() return true end end)
fails("read-only", function() paridx.date.parse = nil end)
fails("read-only", function() paridx.NA.shared = 1 end)
assert(paridx.date("1/2/2020") == "2020-02-01", "paridx.date is still callable when frozen")
local names = {}
for name in pairs(math) do names[#names + 1] = name end
assert(names[1] == "abs" and names[#names] == "ult", "pairs over a frozen library, sorted")
fails("no fixed order", pairs, { [{}] = 1 })

-- Finalizers would run outside the step budget.
fails("__gc", setmetatable, {}, { __gc = function() end })
local late = {}
local marked = setmetatable({}, late)
late.__gc = function() while true do end end -- too late to mark it: never runs, even at exit
marked = nil
local t = setmetatable({}, { __index = function() return 7 end })
assert(t.x == 7, "ordinary metatables work")

-- require: only library names, only from the library folder.
fails("library name", require, "../../etc/passwd")
fails("cannot open", require, "no_such_library")
assert(type(require("scale").binary) == "function", "require finds rules/lib/scale.lua")

-- A file's globals are its own.
answer = 42
assert(answer == 42)

-- pcall and error behave as usual for ordinary errors.
local ok, err = pcall(error, "boom", 0)
assert(not ok and err == "boom")
local ok2, v = xpcall(function(a) return a * 2 end, function(m) return m end, 21)
assert(ok2 and v == 42)

-- paridx.re: PCRE2 with limits.
assert(paridx.re.test("^\\d+/KH-UBND$", "2756/KH-UBND"))
assert(not paridx.re.test("^\\d+/KH-UBND$", "2756/KH–UBND"), "an en dash is not a hyphen")
local whole, num = paridx.re.match("(\\d+)/", "Số 2756/KH-UBND")
assert(whole == "2756/" and num == "2756")
assert(paridx.re.match("x", "abc") == nil)
fails("offset", paridx.re.test, "(unclosed", "x")
fails("limit", paridx.re.test, "^(a+)+$", string.rep("a", 40) .. "!")

-- paridx.date: dates as typed in Vietnam.
assert(paridx.date("25/12/2019") == "2019-12-25")
assert(paridx.date.parse("5/1/2020") == "2020-01-05")
local none, why = paridx.date("31/02/2019")
assert(none == nil and type(why) == "string")

-- paridx.NA and data errors.
assert(tostring(paridx.NA) == "không áp dụng")
local okd, derr = pcall(paridx.data_error, "bad fact")
assert(not okd and type(derr) == "userdata", "a data error is its own kind of error object")

-- No database in a script without --db.
fails("no database", paridx.db.query, "SELECT 1")
