-- A scale lists other words for a status fact than the fact dictionary allows.
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
fact "result" { type = "status", agency = "SNV", values = { "đạt", "không đạt" }, label = "Kết quả kiểm tra" }
field "1" { title = "Kiểm tra", max = 1, lead = "SNV",
  score = { kind = "custom", text = "đạt → tối đa",
            facts = { { name = "result", type = "status", values = "đạt|chưa đạt" } },
            eval = function(f, max) return f.result == "đạt" and max or 0 end } }
