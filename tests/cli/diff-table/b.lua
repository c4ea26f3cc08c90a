-- b.lua — the later rule file of the `paridx diff` golden tests: a.lua a year on, with one
-- change of (nearly) every kind: index year, title and basis; nodes re-weighted, renamed,
-- added, removed, given another scale text, other facts, another lead, survey-assessed,
-- evidence required; agencies and unit kinds added, removed, renamed; bands; deadlines.
local function scale(text, facts)
  return { kind = "custom", text = text, facts = facts, eval = function() return 0 end }
end

index { year = 2020, title = "Chỉ số thử nghiệm năm 2020", basis = "Quyết định 1150/QĐ-BNV",
        total = 10 }
unit_kind { code = "province", name = "Tỉnh" }
unit_kind { code = "district", name = "Huyện, thị xã, thành phố" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp tỉnh" }
agency { code = "STTTT", name = "Sở Thông tin và Truyền thông" }
agency { code = "UBND", name = "Ủy ban nhân dân tỉnh" }

field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 4, lead = "SNV",
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 2.5,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC", max = 0.5, evidence = "Kế hoạch CCHC",
                  score = scale("có → 0,5; không → 0", { { name = "plan_issued", type = "bool" } }) },
    sub "1.1.2" { title = "Mức độ hoàn thành kế hoạch", max = 2,
                  score = scale("≥ 100% → 2; ≥ 80% → 1; còn lại 0",
                                { { name = "plan_ratio", type = "ratio" } }) },
  },
  criterion "1.2" { title = "Thực hiện chế độ báo cáo CCHC", max = 1, lead = "STTTT",
                    score = scale("đúng hạn → 1; trễ hạn → 0,5", { { name = "report_date", type = "date" } }) },
  criterion "1.3" { title = "Tuyên truyền CCHC", max = 0.5,
                    score = scale("có → 0,5; không → 0", { { name = "communication_done", type = "bool" } }) },
}
field "2" { title = "Văn bản quy phạm pháp luật", max = 6, lead = "STP",
  criterion "2.1" { title = "Ban hành VBQPPL", max = 2.5, evidence = "Danh mục VBQPPL ban hành trong năm",
                    score = scale("≥ 100% → 2,5; còn lại 0", { { name = "issued_ratio", type = "number" } }) },
  criterion "2.3" { title = "Mức độ hài lòng", max = 2, survey = true,
                    score = scale("tỷ lệ hài lòng × 2", { { name = "satisfaction", type = "ratio" },
                                                         { name = "respondents", type = "number" } }) },
  criterion "2.4" { title = "Kiểm tra VBQPPL", max = 1.5,
                    score = scale("có → 1,5; không → 0", { { name = "checked", type = "bool" } }) },
}

band { "A", 90 }
band { "B", 85 }
band { "D", 50 }

deadline { task = "Tự chấm điểm, gửi Sở Nội vụ", by = { "STP", "STTTT" }, due = "20/12/2020", to = "SNV" }
deadline { task = "Tổng hợp, trình UBND tỉnh", by = { "SNV" }, due = "14/01/2021", to = "UBND" }
deadline { task = "Gửi báo cáo tự đánh giá về Bộ Nội vụ", by = { "SNV" }, due = "19/01/2021" }
