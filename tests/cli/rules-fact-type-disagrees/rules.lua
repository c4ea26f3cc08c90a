-- A scale reads as a ratio what the fact dictionary declares as a count: both lines named.
index { year = 2019, title = "t", basis = "b", total = 1 }
agency { code = "SNV", name = "Sở Nội vụ" }
fact "docs_ratio" { type = "number", agency = "SNV", min = 0, unit = "văn bản", label = "Số văn bản" }
field "1" { title = "Văn bản", max = 1, lead = "SNV",
  score = { kind = "custom", text = "tỷ lệ văn bản", facts = { { name = "docs_ratio", type = "ratio" } },
            eval = function(f, max) return max end } }
