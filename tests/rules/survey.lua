-- tests/rules/survey.lua — a small index (10 points) for the survey's golden tests: two
-- survey-assessed leaves fed by questions, survey groups with an exact quota, a minimum and a
-- minimum per listing agency, the lists' deadline.  Data: survey-data/ (survey/ holds the
-- respondent lists and the answers).
local scale = require "scale"

index { year = 2019, title = "Chỉ số thử nghiệm điều tra xã hội học", basis = "tests",
        total = 10, example = "survey-data" }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
agency { code = "STP", name = "Sở Tư pháp" }
agency { code = "VPHDND", name = "Văn phòng HĐND tỉnh" }

field "1" { title = "Công tác chỉ đạo, điều hành CCHC", max = 4, lead = "SNV",
  criterion "1.1" { title = "Điểm chấm của hội đồng", max = 4, score = scale.points("council_points") },
}
field "2" { title = "Đánh giá qua điều tra xã hội học", max = 6, lead = "SNV",
  criterion "2.1" { title = "Mức độ hài lòng", max = 3, survey = true,
    score = scale.share("satisfaction") },
  criterion "2.2" { title = "Chất lượng văn bản", max = 3, survey = true,
    score = scale.share("legal_quality") },
}

band { "A", 90 }
band { "B", 80 }

deadline { task = "Lập danh sách đối tượng điều tra", by = { "VPHDND", "SNV", "STP" },
           due = "29/11/2019", to = "SNV" }

survey_group { code = "DB", name = "Đại biểu HĐND tỉnh", quota = 3, by = { "VPHDND" } }
survey_group { code = "LD", name = "Lãnh đạo các sở", min = 4, per_agency = 2, by = { "SNV", "STP" } }

local OPTIONS = { { "A", 1 }, { "B", 0.6 }, { "C", 0.2 }, { "D", 0 }, { "E", "không biết" } }
question "Q1" { text = "Ông/bà hài lòng thế nào?", sub = "2.1", options = OPTIONS,
                groups = { DB = 1, LD = 1 }, min_answers = 4 }
question "Q2" { text = "Văn bản có chất lượng không?", sub = "2.2", options = OPTIONS,
                groups = { LD = 1 }, min_answers = 4 }

fact "council_points" { type = "points", agency = "SNV", unit = "điểm", min = 0, max = 4, label = "Điểm chấm của hội đồng" }
fact "satisfaction"   { type = "ratio",  agency = "SNV", unit = "%", min = 0, max = 1, label = "Mức độ hài lòng (tỷ lệ điểm)" }
fact "legal_quality"  { type = "ratio",  agency = "SNV", unit = "%", min = 0, max = 1, label = "Chất lượng văn bản (tỷ lệ điểm)" }
