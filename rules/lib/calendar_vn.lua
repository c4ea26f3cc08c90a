-- rules/lib/calendar_vn.lua — lịch làm việc của cơ quan hành chính nhà nước Việt Nam, 2019–2026
-- (the working-day calendar of Vietnam's state administration).  A rule file names it:
--     local lich = require "calendar_vn"
--     calendar(lich)
-- and may count with it: lich.add("25/12/2019", 7) → "2020-01-06" (the 7th working day after),
-- lich.count("25/12/2019", "06/01/2020") → 7, lich.is_workday("01/01/2020") → false.
--
-- A working day is Monday to Friday, less the weekdays `off` of the year (public holidays of
-- the Labour Code, art. 112: Tết Dương lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3
-- âm lịch; 30/4; 1/5; Quốc khánh 2/9, and from 2021 (Bộ luật Lao động 2019) one more day
-- next to it; a holiday on a weekend gives the next weekday off; and the days the Prime
-- Minister swaps), plus the weekend days `work` (a swapped day made up on a Saturday).
-- Tết and Hùng Kings' day follow the lunar calendar, so each year lists them; `tet` (mùng 1
-- Tết) and `hung_vuong` (10/3 âm lịch) give the lunar dates the days off were set around.
-- Sources: the yearly notices of the Ministry of Labour (Bộ LĐ-TB&XH) and, from 2025, of the
-- Ministry of Home Affairs on holidays for public servants [C], except where marked [P]
-- (announced after our sources, or not found in them: check and correct before relying on it).
-- A date outside 2019–2026 is refused ("has no table for 2027"): add next year's table here.
-- Uses: paridx.date (is_workday, add_workdays, count_workdays).

local lich = { name = "vn", title = "Lịch làm việc của cơ quan hành chính nhà nước", years = {} }

lich.years[2019] = { tet = "05/02/2019", hung_vuong = "14/04/2019",
  off = {
    { "01/01/2019", "Tết Dương lịch" },
    { "04/02/2019", "Tết Nguyên đán (30 tháng Chạp)" },
    { "05/02/2019", "Tết Nguyên đán (mùng 1)" },
    { "06/02/2019", "Tết Nguyên đán (mùng 2)" },
    { "07/02/2019", "Tết Nguyên đán (mùng 3)" },
    { "08/02/2019", "Tết Nguyên đán (mùng 4)" },
    { "15/04/2019", "nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 14/4)" },
    { "29/04/2019", "nghỉ hoán đổi (làm bù thứ Bảy 04/5)" },
    { "30/04/2019", "Ngày Chiến thắng" },
    { "01/05/2019", "Quốc tế Lao động" },
    { "02/09/2019", "Quốc khánh" },
  },
  work = {
    { "05/01/2019", "làm bù cho thứ Hai 31/12/2018" },
    { "04/05/2019", "làm bù cho thứ Hai 29/4" },
  },
}

lich.years[2020] = { tet = "25/01/2020", hung_vuong = "02/04/2020",
  off = {
    { "01/01/2020", "Tết Dương lịch" },
    { "23/01/2020", "Tết Nguyên đán (29 tháng Chạp)" },
    { "24/01/2020", "Tết Nguyên đán (30 tháng Chạp)" },
    { "27/01/2020", "Tết Nguyên đán (mùng 3)" },
    { "28/01/2020", "Tết Nguyên đán (mùng 4)" },
    { "29/01/2020", "Tết Nguyên đán (mùng 5)" },
    { "02/04/2020", "Giỗ Tổ Hùng Vương" },
    { "30/04/2020", "Ngày Chiến thắng" },
    { "01/05/2020", "Quốc tế Lao động" },
    { "02/09/2020", "Quốc khánh" },
  },
}

lich.years[2021] = { tet = "12/02/2021", hung_vuong = "21/04/2021",
  off = {
    { "01/01/2021", "Tết Dương lịch" },
    { "10/02/2021", "Tết Nguyên đán (29 tháng Chạp)" },
    { "11/02/2021", "Tết Nguyên đán (30 tháng Chạp)" },
    { "12/02/2021", "Tết Nguyên đán (mùng 1)" },
    { "15/02/2021", "Tết Nguyên đán (mùng 4)" },
    { "16/02/2021", "Tết Nguyên đán (mùng 5)" },
    { "21/04/2021", "Giỗ Tổ Hùng Vương" },
    { "30/04/2021", "Ngày Chiến thắng" },
    { "03/05/2021", "nghỉ bù Quốc tế Lao động (thứ Bảy 01/5)" },
    { "02/09/2021", "Quốc khánh" },
    { "03/09/2021", "Quốc khánh (ngày liền kề)" },
  },
}

lich.years[2022] = { tet = "01/02/2022", hung_vuong = "10/04/2022",
  off = {
    { "03/01/2022", "nghỉ bù Tết Dương lịch (thứ Bảy 01/01)" },
    { "31/01/2022", "Tết Nguyên đán (29 tháng Chạp)" },
    { "01/02/2022", "Tết Nguyên đán (mùng 1)" },
    { "02/02/2022", "Tết Nguyên đán (mùng 2)" },
    { "03/02/2022", "Tết Nguyên đán (mùng 3)" },
    { "04/02/2022", "Tết Nguyên đán (mùng 4)" },
    { "11/04/2022", "nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 10/4)" },
    { "02/05/2022", "nghỉ bù Ngày Chiến thắng (thứ Bảy 30/4)" },
    { "03/05/2022", "nghỉ bù Quốc tế Lao động (Chủ nhật 01/5)" },
    { "01/09/2022", "Quốc khánh (ngày liền kề)" },
    { "02/09/2022", "Quốc khánh" },
  },
}

lich.years[2023] = { tet = "22/01/2023", hung_vuong = "29/04/2023",
  off = {
    { "02/01/2023", "nghỉ bù Tết Dương lịch (Chủ nhật 01/01)" },
    { "20/01/2023", "Tết Nguyên đán (29 tháng Chạp)" },
    { "23/01/2023", "Tết Nguyên đán (mùng 2)" },
    { "24/01/2023", "Tết Nguyên đán (mùng 3)" },
    { "25/01/2023", "Tết Nguyên đán (mùng 4)" },
    { "26/01/2023", "Tết Nguyên đán (mùng 5)" },
    { "01/05/2023", "Quốc tế Lao động" },
    { "02/05/2023", "nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy 29/4)" },
    { "03/05/2023", "nghỉ bù Ngày Chiến thắng (Chủ nhật 30/4)" },
    { "01/09/2023", "Quốc khánh (ngày liền kề)" },
    { "04/09/2023", "nghỉ bù Quốc khánh (thứ Bảy 02/9)" },
  },
}

lich.years[2024] = { tet = "10/02/2024", hung_vuong = "18/04/2024",
  off = {
    { "01/01/2024", "Tết Dương lịch" },
    { "08/02/2024", "Tết Nguyên đán (29 tháng Chạp)" },
    { "09/02/2024", "Tết Nguyên đán (30 tháng Chạp)" },
    { "12/02/2024", "Tết Nguyên đán (mùng 3)" },
    { "13/02/2024", "Tết Nguyên đán (mùng 4)" },
    { "14/02/2024", "Tết Nguyên đán (mùng 5)" },
    { "18/04/2024", "Giỗ Tổ Hùng Vương" },
    { "29/04/2024", "nghỉ hoán đổi (làm bù thứ Bảy 04/5)" },
    { "30/04/2024", "Ngày Chiến thắng" },
    { "01/05/2024", "Quốc tế Lao động" },
    { "02/09/2024", "Quốc khánh" },
    { "03/09/2024", "Quốc khánh (ngày liền kề)" },
  },
  work = {
    { "04/05/2024", "làm bù cho thứ Hai 29/4" },
  },
}

lich.years[2025] = { tet = "29/01/2025", hung_vuong = "07/04/2025",
  off = {
    { "01/01/2025", "Tết Dương lịch" },
    { "27/01/2025", "Tết Nguyên đán (28 tháng Chạp)" },
    { "28/01/2025", "Tết Nguyên đán (29 tháng Chạp)" },
    { "29/01/2025", "Tết Nguyên đán (mùng 1)" },
    { "30/01/2025", "Tết Nguyên đán (mùng 2)" },
    { "31/01/2025", "Tết Nguyên đán (mùng 3)" },
    { "07/04/2025", "Giỗ Tổ Hùng Vương" },
    { "30/04/2025", "Ngày Chiến thắng" },
    { "01/05/2025", "Quốc tế Lao động" },
    { "02/05/2025", "nghỉ hoán đổi (làm bù thứ Bảy 26/4)" },
    { "01/09/2025", "Quốc khánh (ngày liền kề)" },
    { "02/09/2025", "Quốc khánh" },
  },
  work = {
    { "26/04/2025", "làm bù cho thứ Sáu 02/5" },
  },
}

-- 2026 [P]: Tết Bính Ngọ (mùng 1 = 17/02/2026) and Giỗ Tổ (10/3 âm lịch = Chủ nhật 26/04/2026)
-- are the lunar dates [C]; which days around them are off, and the day next to 2/9, are
-- [P] until checked against the Ministry of Home Affairs' notice for 2026.
lich.years[2026] = { tet = "17/02/2026", hung_vuong = "26/04/2026",
  off = {
    { "01/01/2026", "Tết Dương lịch" },
    { "16/02/2026", "Tết Nguyên đán [P]" },
    { "17/02/2026", "Tết Nguyên đán [P]" },
    { "18/02/2026", "Tết Nguyên đán [P]" },
    { "19/02/2026", "Tết Nguyên đán [P]" },
    { "20/02/2026", "Tết Nguyên đán [P]" },
    { "27/04/2026", "nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4) [P]" },
    { "30/04/2026", "Ngày Chiến thắng" },
    { "01/05/2026", "Quốc tế Lao động" },
    { "01/09/2026", "Quốc khánh (ngày liền kề) [P]" },
    { "02/09/2026", "Quốc khánh" },
  },
}

-- Counting with this calendar (paridx.date does the work, in C, for rules and reports alike).
function lich.is_workday(d) return paridx.date.is_workday(d, lich) end
function lich.add(d, n) return paridx.date.add_workdays(d, n, lich) end
function lich.count(a, b) return paridx.date.count_workdays(a, b, lich) end

return lich
