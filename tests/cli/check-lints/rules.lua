-- Lints that do not stop a run: text not in NFC, a leaf with no lead, deadlines out of
-- order, far from the year or naming nobody, a fact read but not declared, no legal basis.
index { year = 2019, title = "lints", total = 1 }
agency { code = "SNV", name = "Sở Nọi vụ" }
field "1" { title = "Một", max = 1,
  score = { kind = "custom", text = "đọc dữ kiện không khai báo",
            facts = { { name = "declared", type = "bool" } },
            eval = function(f) if f.undeclared then return 1 end return 0 end } }
deadline { task = "Gửi danh sách", by = { "SNV" }, due = "30/11/2019" }
deadline { task = "Gửi sớm hơn", by = { "SNV" }, due = "29/11/2019" }
deadline { task = "Quá xa", by = {}, due = "01/01/2030" }
survey_group { code = "SIPAS", name = "Người dân, tổ chức" }
