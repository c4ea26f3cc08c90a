-- A scale that works on the example data but breaks on an edge the lint probes: a ratio of 0.
index { year = 2019, title = "probe", total = 1, basis = "tests" }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Chia cho tỷ lệ", max = 1, lead = "SNV",
  score = { kind = "custom", text = "1 / tỷ lệ", facts = { { name = "r", type = "ratio" } },
            eval = function(f) return math.min(1, 0.5 / f.r) end } }
