-- Next year's index: one new criterion reading a fact this year's data does not have.
index { year = 2020, title = "Chỉ số năm sau", basis = "tests", total = 2 }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
local function yes(fact)
  return { kind = "binary", text = "có → tối đa", facts = { { name = fact, type = "bool" } },
           eval = function(f, max) if f[fact] then return max end return 0 end }
end
field "1" { title = "Chỉ đạo", max = 2, lead = "SNV",
  criterion "1.1" { title = "Ban hành kế hoạch", max = 1, score = yes("plan_issued") },
  criterion "1.2" { title = "Kết nối cổng dịch vụ công quốc gia (mới)", max = 1,
                    score = yes("national_portal_connected") },
}
