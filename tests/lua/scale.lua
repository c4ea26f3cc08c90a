-- tests/lua/scale.lua — the scale library (rules/lib/scale.lua) at its boundaries: what each
-- scale gives for missing, "không áp dụng", edge and wrong-typed facts, and which arguments
-- it refuses when a rule file loads.
local scale = require "scale"
local NA = paridx.NA

local function eval(s, facts, max) return s.eval(facts, max or 1, { unit = "T", node = "x" }) end

local function data_error(s, facts, max)
  local ok, err = pcall(s.eval, facts, max or 1, {})
  assert(not ok and type(err) == "userdata", "expected a data error")
end

local function refused(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected the constructor to refuse its arguments")
  assert(paridx.re.test(pattern, tostring(err)), "unexpected message: " .. tostring(err))
end

-- binary
local b = scale.binary("ok")
assert(b.kind == "binary" and b.facts[1].name == "ok" and b.facts[1].type == "bool")
assert(eval(b, { ok = true }, 0.5) == 0.5)
assert(eval(b, { ok = false }, 0.5) == 0)
assert(eval(b, { ok = 1 }, 0.5) == 0.5)
assert(eval(b, {}, 0.5) == 0)
assert(eval(b, { ok = NA }) == NA)
data_error(b, { ok = "maybe" })
refused("fact name", scale.binary, "Bad Name")

-- timeliness
local t = scale.timeliness("d", { due = "31/12/2018" })
assert(eval(t, { d = "2018-12-31" }, 1) == 1, "on the due date is on time")
assert(eval(t, { d = "2019-01-01" }, 1) == 0.5, "a day late is late")
assert(eval(t, {}, 1) == 0)
assert(eval(t, { d = false }, 1) == 0)
assert(eval(t, { d = "đúng hạn" }, 2) == 2)
assert(eval(t, { d = "trễ hạn" }, 2) == 1)
assert(eval(t, { d = "Đúng hạn" }, 2) == 2, "status words as capitalised in Excel")
assert(eval(t, { d = "TRỄ HẠN" }, 2) == 1)
assert(eval(t, { d = NA }) == NA)
data_error(t, { d = 12 })
assert(eval(scale.timeliness("d", { due = "31/12/2018", late = 0 }), { d = "2019-01-01" }) == 0)
refused("due", scale.timeliness, "d", { due = "31/02/2018" })
refused("late", scale.timeliness, "d", { due = "31/12/2018", late = 2 })

-- bands, at and just below every threshold
local r = scale.bands("r", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } })
assert(eval(r, { r = 1 }) == 1)
assert(eval(r, { r = 0.9999 }) == 0.5)
assert(eval(r, { r = 0.8 }) == 0.5)
assert(eval(r, { r = 0.7999 }) == 0)
assert(eval(r, { r = 0 }) == 0)
assert(eval(r, {}) == 0)
data_error(r, { r = 1.2 })
data_error(r, { r = -0.1 })
data_error(r, { r = "nhiều" })
refused("go down", scale.bands, "r", { { 0.5, 1 }, { 0.8, 0.5 } })
refused("above 100", scale.bands, "r", { { 1.2, 1 } })
local over = scale.bands("r", { { 1.2, 1 }, { 1.0, 0.5 } }, { over_100 = true })
assert(eval(over, { r = 1.3 }) == 1 and eval(over, { r = 1.0 }) == 0.5 and eval(over, { r = 0.99 }) == 0)
data_error(over, { r = 115 }) -- 115 typed for 115%

-- points entered by hand
local p = scale.points("p")
assert(eval(p, { p = 2.675 }, 3) == 2.675)
assert(eval(p, { p = 3 }, 3) == 3)
assert(eval(p, { p = 0 }, 3) == 0)
data_error(p, { p = 3.01 }, 3)
data_error(p, { p = -1 }, 3)

-- survey share
local s = scale.share("s")
assert(math.abs(eval(s, { s = 0.878 }, 12) - 10.536) < 1e-12)
assert(eval(s, { s = 1 }, 12) == 12 and eval(s, { s = 0 }, 12) == 0)
data_error(s, { s = 1.5 }, 12)

-- applicable_if
local a = scale.applicable_if("has", scale.binary("done"))
assert(eval(a, { has = false, done = true }) == NA)
assert(eval(a, { has = true, done = true }) == 1)
assert(eval(a, { has = true, done = false }) == 0)
assert(#a.facts == 2, "declares its own fact and the inner scale's")

-- at_most: fewer is better
local am = scale.at_most("n", { { 0, 1 }, { 1, 0.5 } })
assert(am.kind == "at_most" and am.facts[1].type == "number")
assert(eval(am, { n = 0 }) == 1 and eval(am, { n = 1 }) == 0.5 and eval(am, { n = 2 }) == 0)
assert(eval(am, {}) == 0 and eval(am, { n = NA }) == NA)
data_error(am, { n = 1.5 })
data_error(am, { n = -1 })
refused("go up", scale.at_most, "n", { { 1, 1 }, { 0, 0.5 } })
refused("whole number", scale.at_most, "n", { { 0.5, 1 } })

-- read.count: whole numbers only
assert(scale.read.count({ n = 2 }, "n") == 2 and scale.read.count({}, "n") == nil)
local okc = pcall(scale.read.count, { n = 1.5 }, "n")
assert(not okc, "1,5 people is a data error")
assert(not pcall(scale.read.count, { n = -1 }, "n"))

-- custom
local c = scale.custom { text = "một nửa", facts = { { name = "x", type = "number" } },
                         eval = function(f, max) return max / 2 end }
assert(c.kind == "custom" and eval(c, {}, 4) == 2)
refused("text", scale.custom, { facts = {}, eval = function() end })
refused("type", scale.custom, { text = "t", facts = { { name = "x", type = "colour" } }, eval = function() end })
-- fact types: the one list the loader checks (paridx.fact_types); each is accepted
assert(#paridx.fact_types == 7 and paridx.fact_types[1] == "bool")
for _, t in ipairs(paridx.fact_types) do
  local s = scale.custom { text = "t", facts = { { name = "x", type = t } }, eval = function() return 0 end }
  assert(s.facts[1].type == t)
end
refused("one of: bool, number, ratio, date, points, text, status; found \"colour\"", scale.custom,
        { text = "t", facts = { { name = "x", type = "colour" } }, eval = function() end })
