-- tests/rules/deadlines-cycle.lua — deadlines counted from each other in a ring (refused), and
-- one counted from a deadline that does not exist (refused).
local scale = require "scale"
index { year = 2019, title = "Vòng thời hạn", basis = "tests", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  criterion "1.1" { title = "Ban hành", max = 1, score = scale.binary("plan_issued") } }
calendar(require "calendar_vn")
deadline { code = "A", task = "Việc A", by = { "SNV" }, after = "C", workdays = 2 }
deadline { code = "B", task = "Việc B", by = { "SNV" }, after = "A", workdays = 2 }
deadline { code = "C", task = "Việc C", by = { "SNV" }, after_received = "B", workdays = 2 }
deadline { code = "D", task = "Việc D", by = { "SNV" }, after = "TDG", workdays = 3 }
