-- tests/rules/forms.lua — a small index with a fact dictionary, for the tests of the agency
-- forms (paridx template) and their import back: labels, facts supplied by an agency other
-- than the lead, ranges, units of measure, status words, a fact declared without a label and
-- deadlines.  Data: tests/rules/forms-data/.
local scale = require "scale"

index { year = 2019, title = "Chỉ số thử nghiệm biểu mẫu", basis = "tests", total = 10,
        example = "forms-data" }
unit_kind { code = "province", name = "Tỉnh" }
unit_kind { code = "district", name = "Huyện" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
agency { code = "STTTT", name = "Sở Thông tin và Truyền thông" }
agency { code = "UBND", name = "Ủy ban nhân dân tỉnh" } -- receives, supplies nothing

fact "plan_issued" { type = "bool", label = "Đã ban hành kế hoạch CCHC năm" }
fact "plan_date" { type = "date", label = "Ngày ban hành kế hoạch CCHC năm",
                   values = { "đúng hạn", "trễ hạn", "không" } }
fact "docs_ratio" { type = "ratio", label = "Tỷ lệ văn bản ban hành đúng kế hoạch",
                    agency = "STP", unit = "%" }
fact "online_services" { type = "number", label = "Số dịch vụ công trực tuyến mức độ 4",
                         agency = "STTTT", min = 0, max = 500, unit = "dịch vụ" }
fact "review_status" { type = "status", label = "Tình trạng rà soát văn bản",
                       values = { "đã rà soát", "đang rà soát", "chưa rà soát" } }
fact "council_points" { type = "points", min = 0, max = 3 } -- no label: the form leaves it blank

local REVIEWED = { ["đã rà soát"] = 1, ["đang rà soát"] = 0.5, ["chưa rà soát"] = 0 }

field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 4, lead = "SNV",
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 4,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC", max = 0.5,
                  score = scale.binary("plan_issued"), evidence = "Kế hoạch CCHC năm" },
    sub "1.1.2" { title = "Ban hành kế hoạch đúng hạn", max = 0.5,
                  score = scale.timeliness("plan_date", { due = "31/12/2018" }) },
    sub "1.1.3" { title = "Điểm chấm của hội đồng", max = 3,
                  score = scale.points("council_points"), evidence = "Biên bản chấm điểm" },
  },
}
field "2" { title = "Văn bản quy phạm pháp luật", max = 6, lead = "STP",
  criterion "2.1" { title = "Tỷ lệ văn bản ban hành đúng kế hoạch", max = 2,
    score = scale.bands("docs_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Báo cáo công tác xây dựng văn bản" },
  criterion "2.2" { title = "Rà soát văn bản", max = 1,
    score = scale.custom { text = "đã rà soát → tối đa; đang → một nửa; chưa → 0",
      facts = { { name = "review_status", type = "status" } },
      eval = function(f, max)
        local share = REVIEWED[f.review_status]
        if share == nil then return 0, "không có dữ liệu" end
        return share * max, f.review_status
      end } },
  criterion "2.3" { title = "Dịch vụ công trực tuyến", max = 3,
    score = scale.custom { text = "≥ 100 dịch vụ → tối đa; ≥ 50 → một nửa; còn lại 0",
      facts = { { name = "online_services", type = "number" } },
      eval = function(f, max)
        local n = f.online_services
        if type(n) ~= "number" then return 0, "không có dữ liệu" end
        return n >= 100 and max or n >= 50 and max / 2 or 0, tostring(n)
      end } },
}

deadline { task = "Gửi biểu mẫu dữ kiện và tài liệu kiểm chứng về Sở Nội vụ", by = { "SNV", "STP" },
           due = "15/11/2019", to = "SNV" }
deadline { task = "Gửi số liệu dịch vụ công trực tuyến", by = { "STTTT" }, due = "20/11/2019",
           to = "UBND" }
