-- The fact dictionary of one year (b.lua is the next).
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
fact "plan_date"   { type = "date",   agency = "SNV", unit = "ngày", label = "Ngày ban hành kế hoạch CCHC năm 2019" }
fact "docs"        { type = "number", agency = "SNV", unit = "văn bản", min = 0, label = "Số văn bản QPPL được ban hành" }
fact "status"      { type = "status", values = "đạt|không đạt", label = "Kết quả kiểm tra" }
fact "old_points"  { type = "points", agency = "SNV", unit = "điểm", min = 0, max = 1, label = "Điểm của hội đồng" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  score = { kind = "custom", text = "t",
            facts = { { name = "plan_date", type = "date" }, { name = "docs", type = "number" },
                      { name = "status", type = "status" }, { name = "old_points", type = "points" } },
            eval = function(f, max) return 0 end } }
