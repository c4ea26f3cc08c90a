-- tests/lua/calendar_vn.lua — the working-day calendar (rules/lib/calendar_vn.lua) and
-- paridx.date's arithmetic: every year 2019–2026 has mùng 1 Tết and Giỗ Tổ Hùng Vương at their
-- lunar dates (checked against this independent list) as days no one works, weekends and
-- swapped Saturdays, counting across New Year and Tết, and the dates refused with the reason.
local lich = require "calendar_vn"
local D = paridx.date

local function refused(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected a refusal")
  assert(paridx.re.test(pattern, tostring(err)), "unexpected message: " .. tostring(err))
end

-- mùng 1 Tết and 10/3 âm lịch, 2019–2026 (lunar calendar of Vietnam, UTC+7)
local LUNAR = {
  [2019] = { "05/02/2019", "14/04/2019" }, [2020] = { "25/01/2020", "02/04/2020" },
  [2021] = { "12/02/2021", "21/04/2021" }, [2022] = { "01/02/2022", "10/04/2022" },
  [2023] = { "22/01/2023", "29/04/2023" }, [2024] = { "10/02/2024", "18/04/2024" },
  [2025] = { "29/01/2025", "07/04/2025" }, [2026] = { "17/02/2026", "26/04/2026" },
}
for year = 2019, 2026 do
  local t = lich.years[year]
  assert(t, "no table for " .. year)
  assert(t.tet == LUNAR[year][1], year .. ": mùng 1 Tết")
  assert(t.hung_vuong == LUNAR[year][2], year .. ": Giỗ Tổ Hùng Vương")
  for _, d in ipairs(LUNAR[year]) do assert(not lich.is_workday(d), d .. " is worked") end
  -- Tết gives five weekdays off: the weekdays off within 10 days of mùng 1 are five
  local off = 0
  for k = -7, 7 do
    local d = D.add_days(t.tet, k)
    if D.weekday(d) <= 5 and not lich.is_workday(d) then off = off + 1 end
  end
  assert(off == 5, year .. ": " .. off .. " weekdays off around Tết")
  for _, fixed in ipairs { "30/04/", "01/05/", "02/09/" } do
    local d = fixed .. year
    assert(D.weekday(d) >= 6 or not lich.is_workday(d), d .. " is worked")
  end
end

-- weekends, and a Saturday worked in exchange for a Monday off
assert(not lich.is_workday("30/11/2019") and lich.is_workday("29/11/2019"))
assert(lich.is_workday("04/05/2019") and not lich.is_workday("29/04/2019"))
assert(lich.is_workday("26/04/2025") and not lich.is_workday("02/05/2025"))
-- counting across New Year (01/01/2020 off) and Tết 2020 (23–29/01 off)
assert(lich.add("25/12/2019", 7) == "2020-01-06")
assert(lich.count("25/12/2019", "06/01/2020") == 7)
assert(lich.count("06/01/2020", "25/12/2019") == -7)
assert(lich.add("20/01/2020", 5) == "2020-02-03")
assert(lich.add("25/12/2019", 0) == "2019-12-25")
-- plain dates
assert(D.compare("01/01/2020", "31/12/2019") == 1 and D.compare("2019-12-31", "31/12/2019") == 0)
assert(D.add_days("28/02/2020", 1) == "2020-02-29" and D.add_days("28/02/2019", 1) == "2019-03-01")
assert(D.weekday("01/12/2026") == 2) -- a Tuesday
-- refusals, each with its reason
refused("November has 30 days", D.add_days, "31/11/2019", 1)
refused("February 2023 has 28 days", D.compare, "29/02/2023", "01/01/2023")
refused("there is no month 13", lich.add, "01/13/2019", 1)
refused("no table for 2027", lich.add, "28/12/2026", 5)
refused("no table for 2018", lich.is_workday, "31/12/2018")
assert(lich.count("31/12/2018", "02/01/2019") == 1) -- only the days after the first count
refused("from 0 to 10000", lich.add, "02/01/2019", -1)
refused("is a weekend day", D.is_workday, "02/01/2019",
        { name = "x", years = { [2019] = { off = { { "05/01/2019", "a Saturday" } } } } })
refused("is listed twice", D.is_workday, "02/01/2019",
        { name = "x", years = { [2019] = { off = { { "01/01/2019", "a" }, { "01/01/2019", "b" } } } } })
refused("is not in 2019", D.is_workday, "02/01/2019",
        { name = "x", years = { [2019] = { off = { { "01/01/2020", "a" } } } } })
