-- The next year: one fact relabelled, one retyped with a new range, unit and agency, one
-- with other allowed words, one removed, one added.
index { year = 2020, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
fact "plan_date"   { type = "date",   agency = "SNV", unit = "ngày", label = "Ngày ban hành kế hoạch CCHC năm 2020" }
fact "docs"        { type = "ratio",  agency = "STP", unit = "%", min = 0, max = 1, label = "Số văn bản QPPL được ban hành" }
fact "status"      { type = "status", values = "đạt|chưa đạt|không đạt", label = "Kết quả kiểm tra" }
fact "council"     { type = "points", agency = "SNV", unit = "điểm", min = 0, max = 1, label = "Điểm của hội đồng thẩm định" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  score = { kind = "custom", text = "t",
            facts = { { name = "plan_date", type = "date" }, { name = "docs", type = "ratio" },
                      { name = "status", type = "status" }, { name = "council", type = "points" } },
            eval = function(f, max) return 0 end } }
