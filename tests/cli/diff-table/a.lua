-- a.lua — the earlier rule file of the `paridx diff` golden tests (diff-table, diff-json):
-- a 10-point index, two fields; scales written inline (no scale library) so the expected
-- output does not follow changes to rules/lib.  b.lua is the later year.
local function scale(text, facts)
  return { kind = "custom", text = text, facts = facts, eval = function() return 0 end }
end

index { year = 2019, title = "Chỉ số thử nghiệm năm 2019", basis = "Quyết định 2636/QĐ-BNV",
        total = 10 }
unit_kind { code = "province", name = "Tỉnh" }
unit_kind { code = "district", name = "Huyện" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
agency { code = "STC", name = "Sở Tài chính" }

field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 4, lead = "SNV",
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 3,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC", max = 1, evidence = "Kế hoạch CCHC",
                  score = scale("có → 1; không → 0", { { name = "plan_issued", type = "bool" } }) },
    sub "1.1.2" { title = "Mức độ hoàn thành kế hoạch", max = 2,
                  score = scale("≥ 100% → 2; ≥ 80% → 1; còn lại 0",
                                { { name = "plan_ratio", type = "ratio" } }) },
  },
  criterion "1.2" { title = "Báo cáo CCHC", max = 1,
                    score = scale("đúng hạn → 1; trễ hạn → 0,5", { { name = "report_date", type = "date" } }) },
}
field "2" { title = "Văn bản quy phạm pháp luật", max = 6, lead = "STP",
  criterion "2.1" { title = "Ban hành VBQPPL", max = 2,
                    score = scale("≥ 100% → 2; còn lại 0", { { name = "issued_ratio", type = "ratio" } }) },
  criterion "2.2" { title = "Rà soát VBQPPL", max = 2,
                    score = scale("có → 2; không → 0", { { name = "reviewed", type = "bool" } }) },
  criterion "2.3" { title = "Mức độ hài lòng", max = 2,
                    score = scale("tỷ lệ hài lòng × 2", { { name = "satisfaction", type = "ratio" } }) },
}

band { "A", 90 }
band { "B", 80 }
band { "C", 70 }

deadline { task = "Tự chấm điểm, gửi Sở Nội vụ", by = { "STP", "STC" }, due = "25/12/2019", to = "SNV" }
deadline { task = "Tổng hợp, trình UBND tỉnh", by = { "SNV" }, due = "14/01/2020" }
deadline { task = "Lập danh sách đối tượng điều tra", by = { "STP" }, due = "29/11/2019", to = "SNV" }
