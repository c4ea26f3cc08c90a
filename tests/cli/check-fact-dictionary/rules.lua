-- The dictionary's lints: a fact declared that no scale reads, a fact without a label, two
-- facts with one label, points allowed above the leaf's maximum.
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
fact "plan_issued" { type = "bool", agency = "SNV" }
fact "plan_date"   { type = "date", agency = "SNV", unit = "ngày", label = "Ngày ban hành kế hoạch CCHC năm" }
fact "plan_sent"   { type = "bool", agency = "SNV", label = "" }
fact "plan_signed" { type = "date", agency = "SNV", unit = "ngày", label = "Ngày ban hành kế hoạch CCHC năm" }
fact "council"     { type = "points", agency = "SNV", unit = "điểm", min = 0, max = 2, label = "Điểm của hội đồng" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  score = { kind = "custom", text = "ban hành, kịp thời",
            facts = { { name = "plan_issued", type = "bool" }, { name = "plan_date", type = "date" },
                      { name = "plan_sent", type = "bool" }, { name = "plan_signed", type = "date" },
                      { name = "council", type = "points" } },
            eval = function(f, max) return f.plan_issued and max or 0 end } }
fact "plan_kept"   { type = "bool", agency = "SNV", label = "Kế hoạch được lưu trữ" }
