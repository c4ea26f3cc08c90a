-- tests/lua/fmt.lua — numbers and dates as Lua writes them, through the same C formatters as
-- the tables (paridx.fmt.num, paridx.date.format): decimal comma, no trailing zeros, rounded
-- once, half away from zero on the decimal value; dd/mm/yyyy.
local num, dmy = paridx.fmt.num, paridx.date.format

local function same(got, want)
  assert(got == want, string.format("expected %q, found %q", want, got))
end

-- numbers: at most 2 decimals unless told
same(num(0.5), "0,5")
same(num(12), "12")
same(num(0.725), "0,73")          -- stored as 0.72499…, shown as typed
same(num(2.675), "2,68")
same(num(0.12499999999), "0,12")  -- the tables' 0.12, not 0,13
same(num(-2.675), "-2,68")
same(num(-0.001), "0")            -- never "-0"
same(num(1.10), "1,1")
same(num(0.29 * 100), "29")       -- 28.999999999999996
same(num(2.5, 0), "3")
same(num(1.23456, 4), "1,2346")
same(num(1e21), "1000000000000000000000")
same(num(1234567), "1234567")     -- no thousands separator

-- dates
same(dmy("2019-12-25"), "25/12/2019")
same(dmy("5/1/2020"), "05/01/2020")
same(dmy("2020-02-29"), "29/02/2020")

-- what each refuses, and why
for _, case in ipairs {
  { "decimals from 0 to 15", num, 1, 16 },
  { "decimals from 0 to 15", num, 1, -1 },
  { "number expected", num, "nhiều" },
  { "number expected", num },
  { "February 2019 has 28 days", dmy, "2019-02-29" },
  { "string expected", dmy },
} do
  local ok, err = pcall(table.unpack(case, 2))
  assert(not ok and paridx.re.test(case[1], tostring(err)),
         "expected an error saying " .. case[1] .. ", found " .. tostring(err))
end
