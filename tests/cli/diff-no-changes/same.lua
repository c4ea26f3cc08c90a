-- same.lua — diff-table/a.lua written differently but declaring the same index: agencies and
-- a deadline's agencies in another order, dates typed another way, other layout and names.
-- `paridx diff` must find no change and exit 0.
local function custom(text, facts)
  return { kind = "custom", text = text, facts = facts, eval = function() return 0 end }
end

index { year = 2019, total = 10, basis = "Quyết định 2636/QĐ-BNV", title = "Chỉ số thử nghiệm năm 2019" }
unit_kind { code = "province", name = "Tỉnh" }
unit_kind { code = "district", name = "Huyện" }
agency { code = "STC", name = "Sở Tài chính" }
agency { code = "STP", name = "Sở Tư pháp" }
agency { code = "SNV", name = "Sở Nội vụ" }

field "1" { lead = "SNV", max = 4, title = "Công tác chỉ đạo, điều hành CCHC",
  criterion "1.1" { max = 3, title = "Kế hoạch CCHC năm",
    sub "1.1.1" { max = 1, title = "Ban hành kế hoạch CCHC", evidence = "Kế hoạch CCHC",
                  score = custom("có → 1; không → 0", { { type = "bool", name = "plan_issued" } }) },
    sub "1.1.2" { max = 2, title = "Mức độ hoàn thành kế hoạch",
                  score = custom("≥ 100% → 2; ≥ 80% → 1; còn lại 0", { { type = "ratio", name = "plan_ratio" } }) },
  },
  criterion "1.2" { max = 1, title = "Báo cáo CCHC", lead = "SNV",
                    score = custom("đúng hạn → 1; trễ hạn → 0,5", { { type = "date", name = "report_date" } }) },
}
field "2" { lead = "STP", max = 6, title = "Văn bản quy phạm pháp luật",
  criterion "2.1" { max = 2, title = "Ban hành VBQPPL",
                    score = custom("≥ 100% → 2; còn lại 0", { { type = "ratio", name = "issued_ratio" } }) },
  criterion "2.2" { max = 2, title = "Rà soát VBQPPL",
                    score = custom("có → 2; không → 0", { { type = "bool", name = "reviewed" } }) },
  criterion "2.3" { max = 2, title = "Mức độ hài lòng", survey = false,
                    score = custom("tỷ lệ hài lòng × 2", { { type = "ratio", name = "satisfaction" } }) },
}

band { name = "A", min = 90 }
band { name = "B", min = 80 }
band { name = "C", min = 70 }

deadline { task = "Tự chấm điểm, gửi Sở Nội vụ", by = { "STC", "STP" }, due = "2019-12-25", to = "SNV" }
deadline { task = "Tổng hợp, trình UBND tỉnh", by = { "SNV" }, due = "14.1.2020" }
deadline { task = "Lập danh sách đối tượng điều tra", by = { "STP" }, due = "29-11-2019", to = "SNV" }
