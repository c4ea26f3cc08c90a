-- tests/rules/mini.lua — a small index (10 points, 2 fields) for the golden CLI tests:
-- every library scale once, not applicable, bands, a fact dictionary.  Data: mini-data/.
local scale = require "scale"

index { year = 2019, title = "Chỉ số thử nghiệm", basis = "tests", total = 10,
        example = "mini-data" }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }

field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 4, lead = "SNV",
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 4,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC", max = 0.5,
                  score = scale.binary("plan_issued"), evidence = "Kế hoạch CCHC" },
    sub "1.1.2" { title = "Ban hành kế hoạch đúng hạn", max = 0.5,
                  score = scale.timeliness("plan_date", { due = "31/12/2018" }) },
    sub "1.1.3" { title = "Điểm chấm của hội đồng", max = 3, score = scale.points("council_points") },
  },
}
field "2" { title = "Văn bản quy phạm pháp luật", max = 6, lead = "STP",
  criterion "2.1" { title = "Tỷ lệ văn bản ban hành đúng kế hoạch", max = 2,
    score = scale.bands("docs_ratio", { {1.0, 2}, {0.8, 1}, {0, 0} }) },
  criterion "2.2" { title = "Kiểm tra văn bản (nếu có văn bản phải kiểm tra)", max = 1,
    score = scale.applicable_if("has_docs_to_check", scale.binary("docs_checked")) },
  criterion "2.3" { title = "Mức độ hài lòng", max = 3, survey = true,
    score = scale.share("satisfaction") },
}

band { "A", 90 }
band { "B", 80 }
band { "C", 70 }

-- The fact dictionary, after the fields so that the lines the golden tests name stay put.
fact "plan_issued"       { type = "bool",   agency = "SNV",                                  label = "Đã ban hành kế hoạch CCHC năm" }
fact "plan_date"         { type = "date",   agency = "SNV", unit = "ngày",                   label = "Ngày ban hành kế hoạch CCHC năm" }
fact "council_points"    { type = "points", agency = "SNV", unit = "điểm", min = 0, max = 3, label = "Điểm chấm của hội đồng thẩm định" }
fact "docs_ratio"        { type = "ratio",  agency = "STP", unit = "%",    min = 0, max = 1, label = "Tỷ lệ văn bản QPPL được ban hành so với kế hoạch" }
fact "has_docs_to_check" { type = "bool",   agency = "STP",                                  label = "Có văn bản phải kiểm tra" }
fact "docs_checked"      { type = "bool",   agency = "STP",                                  label = "Đã kiểm tra văn bản" }
fact "satisfaction"      { type = "ratio",  agency = "STP", unit = "%",    min = 0, max = 1, label = "Điều tra XHH: mức độ hài lòng (tỷ lệ điểm)" }
