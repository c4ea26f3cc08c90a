-- Once a rule file declares facts, every fact a scale reads must be declared.
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
fact "plan_issued" { type = "bool", agency = "SNV", label = "Đã ban hành kế hoạch CCHC năm" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  score = { kind = "custom", text = "ban hành kịp thời",
            facts = { { name = "plan_issued", type = "bool" }, { name = "plan_date", type = "date" } },
            eval = function(f, max) return max end } }
