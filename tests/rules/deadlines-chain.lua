-- tests/rules/deadlines-chain.lua — relative deadlines for the golden tests: a chain counted
-- in working days over calendar_vn (across New Year 2020 and Tết), one counted from the
-- receipt of another's submissions; a criterion scored from the submissions of TDG.  Data:
-- mini-data/ (no submissions: the tests record them).
local scale = require "scale"
local lich = require "calendar_vn"

index { year = 2019, title = "Chuỗi thời hạn thử nghiệm", basis = "tests", total = 2,
        example = "mini-data" }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
agency { code = "STC", name = "Sở Tài chính" }
agency { code = "UBND", name = "UBND tỉnh" }
field "1" { title = "Kế hoạch", max = 2, lead = "SNV",
  criterion "1.1" { title = "Ban hành", max = 1, score = scale.binary("plan_issued") },
  criterion "1.2" { title = "Tự chấm điểm gửi đúng hạn", max = 1,
                    score = require("submitted").on_time("TDG", { late = 0.5 }) } }
calendar(lich)

deadline { code = "TDG", task = "Tự chấm điểm, gửi Sở Nội vụ", by = { "STP", "STC" },
           before = "25/12/2019", to = "SNV" }
deadline { code = "TH", task = "Tổng hợp, trình UBND tỉnh", by = { "SNV" },
           after_received = "TDG", workdays = 5, to = "UBND" }
deadline { code = "TD", task = "Thẩm định kết quả tự chấm điểm", by = { "SNV" },
           after = "TDG", workdays = 7, to = "UBND" }
deadline { code = "CB", task = "Công bố kết quả", by = { "UBND" }, after = "TD", workdays = 15 }
