-- The agency that supplies a fact must be declared.
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
fact "plan_issued" { type = "bool", agency = "SNVV", label = "Đã ban hành kế hoạch CCHC năm" }
field "1" { title = "Kế hoạch", max = 1, lead = "SNV",
  score = { kind = "custom", text = "ban hành", facts = { { name = "plan_issued", type = "bool" } },
            eval = function(f, max) return max end } }
