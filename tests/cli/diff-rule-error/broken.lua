-- broken.lua — a later year whose maxima no longer add up: `paridx diff` must stop with the
-- load error (exit 3) and print no comparison.
local function scale(text) return { kind = "custom", text = text, eval = function() return 0 end } end
index { year = 2020, title = "Chỉ số thử nghiệm năm 2020", total = 10 }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 10, lead = "SNV",
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 9, score = scale("có → 9") },
}
