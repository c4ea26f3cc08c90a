-- rules/2020.lua — Chỉ số CCHC cấp tỉnh năm 2020 (provincial PAR Index 2020), after Decision
-- 1150/QĐ-BNV of the Minister of Home Affairs.  Written by changing a copy of rules/2019.lua.
-- Provides: the index tree (8 fields, 43 criteria, 95 sub-criteria [C]), its scales, the fact
-- dictionary (every fact they read, declared before its field), agencies, bands and
-- the deadlines of the year's plan.  Uses: rules/lib/scale.lua, rules/lib/calendar_vn.lua.
--
-- Confidence marks (rules/README.md, 1.1): [C] stated by a public source, [P] probable,
-- [U] reconstructed.  The counts 8 / 43 / 95 are [C]; the table of Decision 1150 is not in any
-- source we have, so the field maxima and everything below field level are [U]: the 2019
-- reconstruction, changed where 2020 plausibly changed (see "Changes from 2019" below).
-- Survey-assessed items (survey = true) are scored by MOHA's sociological survey, never
-- self-scored: the fact is the weighted mean share of the answers, 0..1.
--
-- The four published components of PAR 2020 [C for the components, P for their maxima], read
-- straight off this tree (e.g. Hải Phòng 58,71 + 9,35 + 19,45 + 3 = 90,51):
--   appraised self-assessment (thẩm định)  62  every leaf without survey = true, outside 8.3
--   SIPAS citizen satisfaction              10  criterion 8.1
--   leaders' and managers' survey           23  every other survey = true leaf (21 in fields
--                                                1-7, 2 in criterion 8.2)
--   impact on socio-economic development     5  criterion 8.3 (statistics, with evidence)
--
-- Changes from 2019 [U] (codes of 2019 are kept, so `paridx diff rules/2019.lua rules/2020.lua`
-- compares like with like; new criteria take the next free code in their field):
--   * year moved on: plans due 31/12/2019 or 31/01/2020, reports due in 2020, evidence of 2020,
--     the plan's deadlines one year later (by analogy with plan 2756/KH-UBND of 2019);
--   * new 3.6 assessment of TTHC handling (Decree 61/2018), 6.6 public investment
--     disbursement, 7.6 links to the national systems (public service portal, reporting
--     system, online payment), 8.3.5 new enterprises;
--   * the leaders' survey shrinks from 24,5 to 23 points (2.4.1, 3.5.1, 5.7.1: 1,5 → 1) and
--     SIPAS from 12 to 10 (five aspects, 2 each); socio-economic impact grows from 2,5 to 5;
--   * ISO 9001 (7.4) and the e-office coverage (7.1.3), public asset rules (6.3.1) and
--     audit follow-up (6.4.1) give up points to the new criteria;
--   * 7.1 renamed "Ứng dụng công nghệ thông tin, xây dựng Chính quyền điện tử".
-- Field maxima 9 / 9,5 / 13,5 / 12 / 13 / 12,5 / 13,5 / 17 (2019: 9 / 10 / 13 / 12 / 13,5 /
-- 12,5 / 13,5 / 16,5).  Fact names are those of 2019 wherever the meaning is the same; the
-- 2019 example data therefore re-scores, and the facts new in 2020 read as missing there
-- (`paridx run rules/2020.lua --missing` lists the seven): 76,20 = appraised 49,50 + SIPAS
-- 7,85 + leaders 15,35 + impact 3,50 (rules/2019.lua on the same data: 79,51).
-- Edit freely year by year: maxima must add up (children = parent, fields = 100).

local scale = require "scale"
local lich = require "calendar_vn"

-- [P] Decision 1150/QĐ-BNV: its date is not in our sources (30/12/2020 is the date usually
-- cited, unverified).  Lai Châu's own plan for 2020 is not in our sources either.
index {
  year = 2020,
  title = "Chỉ số cải cách hành chính cấp tỉnh năm 2020",
  basis = "Quyết định 1150/QĐ-BNV của Bộ trưởng Bộ Nội vụ phê duyệt Đề án xác định Chỉ số cải cách hành chính",
  example = "../examples/laichau-2019",
}

unit_kind { code = "province", name = "Tỉnh, thành phố trực thuộc Trung ương" }

-- Agencies: the lead agencies of the plan, the recipients of its reports, and the other
-- departments and districts that supply evidence and respondent lists.
agency { code = "BNV",    name = "Bộ Nội vụ" }
agency { code = "UBND",   name = "Ủy ban nhân dân tỉnh" }
agency { code = "SNV",    name = "Sở Nội vụ" }
agency { code = "STP",    name = "Sở Tư pháp" }
agency { code = "STC",    name = "Sở Tài chính" }
agency { code = "STTTT",  name = "Sở Thông tin và Truyền thông" }
agency { code = "SKHCN",  name = "Sở Khoa học và Công nghệ" }
agency { code = "SKHDT",  name = "Sở Kế hoạch và Đầu tư" }
agency { code = "VPUBND", name = "Văn phòng UBND tỉnh" }
agency { code = "VPHDND", name = "Văn phòng HĐND tỉnh" }
agency { code = "BDT",    name = "Bưu điện tỉnh Lai Châu" }
agency { code = "SCT",    name = "Sở Công Thương" }
agency { code = "SNNPTNT", name = "Sở Nông nghiệp và Phát triển nông thôn" }
agency { code = "SGTVT",  name = "Sở Giao thông vận tải" }
agency { code = "SXD",    name = "Sở Xây dựng" }
agency { code = "STNMT",  name = "Sở Tài nguyên và Môi trường" }
agency { code = "SLDTBXH", name = "Sở Lao động - Thương binh và Xã hội" }
agency { code = "SVHTTDL", name = "Sở Văn hóa, Thể thao và Du lịch" }
agency { code = "SGDDT",  name = "Sở Giáo dục và Đào tạo" }
agency { code = "SYT",    name = "Sở Y tế" }
agency { code = "SNGV",   name = "Sở Ngoại vụ" }
agency { code = "TTT",    name = "Thanh tra tỉnh" }
agency { code = "BDTOC",  name = "Ban Dân tộc tỉnh" }
agency { code = "BQLKKT", name = "Ban Quản lý Khu kinh tế tỉnh" }
agency { code = "UBND_TPLC", name = "UBND thành phố Lai Châu" }
agency { code = "UBND_TD",  name = "UBND huyện Tam Đường" }
agency { code = "UBND_PT",  name = "UBND huyện Phong Thổ" }
agency { code = "UBND_SH",  name = "UBND huyện Sìn Hồ" }
agency { code = "UBND_MT",  name = "UBND huyện Mường Tè" }
agency { code = "UBND_NN",  name = "UBND huyện Nậm Nhùn" }
agency { code = "UBND_THU", name = "UBND huyện Than Uyên" }
agency { code = "UBND_TAU", name = "UBND huyện Tân Uyên" }

-- Bands of the national ranking [C]: A ≥ 90, B 80–<90, C 70–<80; nothing below C is named.
-- Kept unchanged for 2020 [P].
band { "A", 90 }
band { "B", 80 }
band { "C", 70 }

---------------------------------------------------------------------------------------------
-- Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC — 9 điểm [U] (2019: 9); chủ trì: Sở Nội vụ
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 1 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "par_plan_issued_date"                { type = "date",   agency = "SNV",     unit = "ngày",                      label = "Ngày ban hành kế hoạch CCHC năm 2020 của UBND tỉnh" }
fact "par_plan_completion_ratio"           { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nhiệm vụ của kế hoạch CCHC năm đã hoàn thành" }
fact "par_reports_timeliness"              { type = "date",   agency = "SNV",     unit = "ngày",                      label = "Ngày gửi (hoặc tình trạng đúng hạn/trễ hạn) báo cáo CCHC định kỳ gửi Bộ Nội vụ" }
fact "par_inspected_units_ratio"           { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan chuyên môn, UBND cấp huyện được kiểm tra CCHC trong năm" }
fact "par_inspection_issues_found"         { type = "bool",   agency = "SNV",                                         label = "Kiểm tra CCHC có phát hiện vấn đề phải xử lý" }
fact "par_inspection_issues_handled_ratio" { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ vấn đề phát hiện qua kiểm tra CCHC đã được xử lý" }
fact "par_communication_plan_ratio"        { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nhiệm vụ của kế hoạch tuyên truyền CCHC đã hoàn thành" }
fact "par_initiatives_points"              { type = "points", agency = "SNV",     unit = "điểm",  min = 0, max = 0.5, label = "Điểm thẩm định sáng kiến, giải pháp mới trong CCHC được áp dụng" }
fact "par_results_in_emulation"            { type = "bool",   agency = "SNV",                                         label = "Kết quả CCHC được gắn với thi đua, khen thưởng và đánh giá người đứng đầu" }
fact "par_satisfaction_measured"           { type = "bool",   agency = "SNV",                                         label = "Đã tổ chức đo lường sự hài lòng của người dân, tổ chức" }
fact "gov_tasks_completed_ratio"           { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao đã hoàn thành" }
fact "survey_par_plan_quality"             { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: chất lượng kế hoạch CCHC của tỉnh (tỷ lệ điểm)" }
fact "survey_par_communication_impact"     { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tác động của công tác tuyên truyền CCHC (tỷ lệ điểm)" }

field "1" { title = "Công tác chỉ đạo, điều hành cải cách hành chính", max = 9, lead = "SNV",
  -- [U] reconstructed: annual plan issued on time and carried out
  criterion "1.1" { title = "Kế hoạch CCHC năm", max = 2,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC năm 2020 kịp thời", max = 0.5,
      score = scale.timeliness("par_plan_issued_date", { due = "31/12/2019", late = 0.5 }),
      evidence = "Kế hoạch CCHC năm 2020 của UBND tỉnh" },
    sub "1.1.2" { title = "Mức độ hoàn thành kế hoạch CCHC năm", max = 1.5,
      score = scale.bands("par_plan_completion_ratio", { { 1.0, 1.5 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo CCHC năm 2020; bảng theo dõi nhiệm vụ của kế hoạch" },
  },
  -- [U] reconstructed: periodic PAR reports sent to MOHA on time
  criterion "1.2" { title = "Thực hiện chế độ báo cáo CCHC định kỳ", max = 1,
    score = scale.timeliness("par_reports_timeliness", { due = "15/12/2020", late = 0.5 }),
    evidence = "Các báo cáo CCHC quý, 6 tháng, năm gửi Bộ Nội vụ" },
  -- [U] reconstructed: share of departments and districts inspected; findings dealt with
  criterion "1.3" { title = "Kiểm tra công tác CCHC", max = 1.5,
    sub "1.3.1" { title = "Tỷ lệ cơ quan chuyên môn, UBND cấp huyện được kiểm tra CCHC trong năm", max = 1,
      score = scale.bands("par_inspected_units_ratio", { { 0.3, 1 }, { 0.2, 0.5 }, { 0, 0 } }),
      evidence = "Kế hoạch kiểm tra CCHC năm 2020; biên bản, thông báo kết quả kiểm tra" },
    sub "1.3.2" { title = "Xử lý các vấn đề phát hiện qua kiểm tra", max = 0.5,
      score = scale.applicable_if("par_inspection_issues_found",
                scale.bands("par_inspection_issues_handled_ratio", { { 1.0, 0.5 }, { 0.8, 0.25 }, { 0, 0 } })),
      evidence = "Văn bản chỉ đạo khắc phục; báo cáo kết quả khắc phục sau kiểm tra" },
  },
  -- [U] reconstructed
  criterion "1.4" { title = "Công tác tuyên truyền CCHC", max = 1,
    score = scale.bands("par_communication_plan_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
    evidence = "Kế hoạch tuyên truyền CCHC năm 2020 và báo cáo kết quả thực hiện" },
  -- [U] reconstructed: initiatives, PAR results tied to emulation, satisfaction measured
  criterion "1.5" { title = "Sự năng động trong chỉ đạo, điều hành CCHC", max = 1.5,
    sub "1.5.1" { title = "Có sáng kiến, giải pháp mới trong CCHC được áp dụng", max = 0.5,
      score = scale.points("par_initiatives_points"),
      evidence = "Quyết định công nhận sáng kiến; báo cáo kết quả áp dụng" },
    sub "1.5.2" { title = "Gắn kết quả CCHC với thi đua, khen thưởng và đánh giá người đứng đầu", max = 0.5,
      score = scale.binary("par_results_in_emulation"),
      evidence = "Quyết định xác định Chỉ số CCHC các sở, huyện; văn bản về thi đua, khen thưởng" },
    sub "1.5.3" { title = "Tổ chức đo lường sự hài lòng của người dân, tổ chức", max = 0.5,
      score = scale.binary("par_satisfaction_measured"),
      evidence = "Kế hoạch và báo cáo kết quả đo lường sự hài lòng năm 2020" },
  },
  -- [U] reconstructed
  criterion "1.6" { title = "Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", max = 1,
    score = scale.bands("gov_tasks_completed_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
    evidence = "Báo cáo tình hình thực hiện nhiệm vụ được giao (Hệ thống theo dõi nhiệm vụ của VPCP)" },
  -- [U] reconstructed: leaders' survey on PAR direction
  criterion "1.7" { title = "Đánh giá chất lượng công tác chỉ đạo, điều hành CCHC (điều tra xã hội học)", max = 1,
    sub "1.7.1" { title = "Chất lượng kế hoạch CCHC của tỉnh", max = 0.5, survey = true,
      score = scale.share("survey_par_plan_quality") },
    sub "1.7.2" { title = "Tác động của công tác tuyên truyền CCHC", max = 0.5, survey = true,
      score = scale.share("survey_par_communication_impact") },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 2. Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh — 9,5 điểm [U] (2019: 10);
-- chủ trì: Sở Tư pháp
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 2 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "legal_docs_issued_ratio"             { type = "ratio",  agency = "STP",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL được ban hành so với kế hoạch" }
fact "legal_detail_docs_on_time_ratio"     { type = "ratio",  agency = "STP",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản quy định chi tiết được giao đã ban hành kịp thời" }
fact "legal_review_plan_date"              { type = "date",   agency = "STP",     unit = "ngày",                      label = "Ngày ban hành kế hoạch kiểm tra, rà soát văn bản QPPL năm 2020" }
fact "legal_review_completion_ratio"       { type = "ratio",  agency = "STP",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL đã kiểm tra, rà soát so với kế hoạch" }
fact "legal_unlawful_docs_found"           { type = "bool",   agency = "STP",                                         label = "Kiểm tra, rà soát có phát hiện văn bản QPPL trái pháp luật" }
fact "legal_unlawful_docs_handled_ratio"   { type = "ratio",  agency = "STP",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL trái pháp luật đã được xử lý" }
fact "law_monitoring_plan_issued"          { type = "bool",   agency = "STP",                                         label = "Đã ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2020" }
fact "law_monitoring_completion_ratio"     { type = "ratio",  agency = "STP",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hoàn thành kế hoạch theo dõi thi hành pháp luật" }
fact "survey_legal_docs_feasibility"       { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tính phù hợp, khả thi của văn bản QPPL (tỷ lệ điểm)" }
fact "survey_legal_docs_consistency"       { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tính đồng bộ, thống nhất của văn bản QPPL (tỷ lệ điểm)" }
fact "survey_legal_docs_implementation"    { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tổ chức thực hiện văn bản QPPL (tỷ lệ điểm)" }

field "2" { title = "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", max = 9.5, lead = "STP",
  -- [U] reconstructed
  criterion "2.1" { title = "Xây dựng, ban hành văn bản QPPL", max = 2.5,
    sub "2.1.1" { title = "Mức độ thực hiện chương trình xây dựng văn bản QPPL của HĐND, UBND tỉnh", max = 1.5,
      score = scale.bands("legal_docs_issued_ratio", { { 1.0, 1.5 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Chương trình xây dựng VBQPPL năm 2020; danh mục VBQPPL đã ban hành" },
    sub "2.1.2" { title = "Ban hành kịp thời văn bản quy định chi tiết được luật, nghị định giao", max = 1,
      score = scale.bands("legal_detail_docs_on_time_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Danh mục văn bản quy định chi tiết được giao và ngày ban hành" },
  },
  -- [U] reconstructed
  criterion "2.2" { title = "Kiểm tra, rà soát, hệ thống hóa văn bản QPPL", max = 2.5,
    sub "2.2.1" { title = "Ban hành kế hoạch kiểm tra, rà soát văn bản QPPL kịp thời", max = 0.5,
      score = scale.timeliness("legal_review_plan_date", { due = "31/01/2020", late = 0.5 }),
      evidence = "Kế hoạch kiểm tra, rà soát VBQPPL năm 2020" },
    sub "2.2.2" { title = "Mức độ hoàn thành kế hoạch kiểm tra, rà soát", max = 1,
      score = scale.bands("legal_review_completion_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo kết quả kiểm tra, rà soát, hệ thống hóa VBQPPL năm 2020" },
    sub "2.2.3" { title = "Xử lý văn bản trái pháp luật phát hiện qua kiểm tra, rà soát", max = 1,
      score = scale.applicable_if("legal_unlawful_docs_found",
                scale.bands("legal_unlawful_docs_handled_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } })),
      evidence = "Văn bản sửa đổi, bãi bỏ, đình chỉ VBQPPL trái pháp luật" },
  },
  -- [U] reconstructed
  criterion "2.3" { title = "Theo dõi thi hành pháp luật", max = 1.5,
    sub "2.3.1" { title = "Ban hành kế hoạch theo dõi thi hành pháp luật năm", max = 0.5,
      score = scale.binary("law_monitoring_plan_issued"),
      evidence = "Kế hoạch theo dõi tình hình thi hành pháp luật năm 2020" },
    sub "2.3.2" { title = "Mức độ hoàn thành kế hoạch và xử lý kết quả theo dõi thi hành pháp luật", max = 1,
      score = scale.bands("law_monitoring_completion_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo công tác theo dõi thi hành pháp luật năm 2020" },
  },
  -- [U] reconstructed: leaders' survey on legal documents; 2020 [U]: 2.4.1 1,5 → 1 (the
  -- leaders' survey shrinks to 23 points)
  criterion "2.4" { title = "Đánh giá chất lượng văn bản QPPL do tỉnh ban hành (điều tra xã hội học)", max = 3,
    sub "2.4.1" { title = "Tính phù hợp, khả thi của văn bản QPPL", max = 1, survey = true,
      score = scale.share("survey_legal_docs_feasibility") },
    sub "2.4.2" { title = "Tính đồng bộ, thống nhất của văn bản QPPL", max = 1, survey = true,
      score = scale.share("survey_legal_docs_consistency") },
    sub "2.4.3" { title = "Tổ chức thực hiện văn bản QPPL kịp thời, nghiêm túc", max = 1, survey = true,
      score = scale.share("survey_legal_docs_implementation") },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 3. Cải cách thủ tục hành chính — 13,5 điểm [U] (2019: 13); chủ trì: Văn phòng UBND tỉnh
---------------------------------------------------------------------------------------------
-- 3.3.1 scores the share of procedures at the one-stop shop, once the shop exists.
local one_stop_procedures = scale.bands("one_stop_procedures_ratio", { { 1.0, 1.5 }, { 0.9, 1 }, { 0, 0.5 } })

-- Dữ kiện của lĩnh vực 3 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "tthc_review_plan_date"               { type = "date",   agency = "VPUBND",  unit = "ngày",                      label = "Ngày ban hành kế hoạch rà soát, đánh giá TTHC năm 2020" }
fact "tthc_review_completion_ratio"        { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC đã rà soát, đơn giản hóa so với kế hoạch" }
fact "tthc_reports_timeliness"             { type = "date",   agency = "VPUBND",  unit = "ngày",                      label = "Ngày gửi (hoặc tình trạng đúng hạn/trễ hạn) báo cáo kiểm soát TTHC" }
fact "tthc_announced_on_time_ratio"        { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC được công bố kịp thời theo quy định" }
fact "tthc_published_ratio"                { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC được công khai đầy đủ theo quy định" }
fact "one_stop_center_established"         { type = "bool",   agency = "VPUBND",                                      label = "Đã thành lập Trung tâm Phục vụ hành chính công, Bộ phận một cửa theo NĐ 61/2018" }
fact "one_stop_procedures_ratio"           { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC được tiếp nhận, trả kết quả tại Bộ phận một cửa" }
fact "one_stop_ontime_ratio_province"      { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC cấp tỉnh được giải quyết đúng hạn" }
fact "one_stop_ontime_ratio_local"         { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC cấp huyện, cấp xã được giải quyết đúng hạn" }
fact "late_applications_exist"             { type = "bool",   agency = "VPUBND",                                      label = "Có hồ sơ TTHC giải quyết trễ hạn" }
fact "overdue_apology_ratio"               { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi người dân, tổ chức" }
fact "feedback_received"                   { type = "bool",   agency = "VPUBND",                                      label = "Có phản ánh, kiến nghị về quy định hành chính được tiếp nhận" }
fact "feedback_handled_ratio"              { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ phản ánh, kiến nghị về quy định hành chính đã xử lý" }
fact "survey_tthc_simplicity"              { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tính đơn giản, dễ thực hiện của TTHC (tỷ lệ điểm)" }
fact "survey_tthc_transparency"            { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tính công khai, minh bạch của TTHC (tỷ lệ điểm)" }
fact "survey_one_stop_quality"             { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: hoạt động của Bộ phận một cửa các cấp (tỷ lệ điểm)" }
fact "tthc_handling_assessed"              { type = "bool",   agency = "VPUBND",                                      label = "Đã tổ chức đánh giá việc giải quyết TTHC tại Bộ phận một cửa" }
fact "tthc_assessment_published_ratio"     { type = "ratio",  agency = "VPUBND",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ Bộ phận một cửa công khai kết quả đánh giá giải quyết TTHC" }

field "3" { title = "Cải cách thủ tục hành chính", max = 13.5, lead = "VPUBND",
  -- [U] reconstructed
  criterion "3.1" { title = "Kiểm soát, rà soát, đơn giản hóa thủ tục hành chính", max = 2,
    sub "3.1.1" { title = "Ban hành kế hoạch rà soát, đánh giá TTHC kịp thời", max = 0.5,
      score = scale.timeliness("tthc_review_plan_date", { due = "31/01/2020", late = 0.5 }),
      evidence = "Kế hoạch rà soát, đánh giá TTHC năm 2020" },
    sub "3.1.2" { title = "Mức độ hoàn thành kế hoạch rà soát, đơn giản hóa TTHC", max = 1,
      score = scale.bands("tthc_review_completion_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Quyết định thông qua phương án đơn giản hóa TTHC; báo cáo kết quả rà soát" },
    sub "3.1.3" { title = "Báo cáo tình hình, kết quả kiểm soát TTHC đúng hạn", max = 0.5,
      score = scale.timeliness("tthc_reports_timeliness", { due = "20/12/2020", late = 0.5 }),
      evidence = "Báo cáo kiểm soát TTHC quý, năm trên Hệ thống quản lý và đánh giá về kiểm soát TTHC" },
  },
  -- [U] reconstructed
  criterion "3.2" { title = "Công bố, công khai thủ tục hành chính", max = 2,
    sub "3.2.1" { title = "Tỷ lệ TTHC được công bố kịp thời theo quy định", max = 1,
      score = scale.bands("tthc_announced_on_time_ratio", { { 1.0, 1 }, { 0.9, 0.5 }, { 0, 0 } }),
      evidence = "Quyết định công bố danh mục TTHC của Chủ tịch UBND tỉnh" },
    sub "3.2.2" { title = "Tỷ lệ TTHC được công khai đầy đủ trên Cơ sở dữ liệu quốc gia, Cổng dịch vụ công và tại Bộ phận một cửa", max = 1,
      score = scale.bands("tthc_published_ratio", { { 1.0, 1 }, { 0.9, 0.5 }, { 0, 0 } }),
      evidence = "Kết xuất CSDL quốc gia về TTHC; ảnh chụp niêm yết tại Bộ phận một cửa" },
  },
  -- [U] reconstructed: Decree 61/2018 one-stop shop
  criterion "3.3" { title = "Thực hiện cơ chế một cửa, một cửa liên thông", max = 4,
    sub "3.3.1" { title = "Thành lập Trung tâm Phục vụ hành chính công, Bộ phận một cửa và đưa TTHC ra tiếp nhận tại đó", max = 1.5,
      score = scale.custom {
        text = "chưa thành lập Bộ phận một cửa theo NĐ 61/2018 → 0; đã thành lập: " .. one_stop_procedures.text,
        facts = { { name = "one_stop_center_established", type = "bool" }, one_stop_procedures.facts[1] },
        eval = function(f, max, ctx)
          local established = scale.read.bool(f, "one_stop_center_established")
          if established == paridx.NA then -- every province must have one: not an answer here
            paridx.data_error(string.format(paridx._("dữ kiện %s: expected có/không, found %s"),
                                            "one_stop_center_established", "không áp dụng"))
          end
          if established ~= true then
            return 0, "one_stop_center_established: không hoặc không có dữ liệu → 0"
          end
          return one_stop_procedures.eval(f, max, ctx)
        end,
      },
      evidence = "Quyết định thành lập Trung tâm PVHCC; quyết định danh mục TTHC tiếp nhận tại Bộ phận một cửa" },
    sub "3.3.2" { title = "Tỷ lệ hồ sơ TTHC cấp tỉnh được giải quyết đúng hạn", max = 1,
      score = scale.bands("one_stop_ontime_ratio_province", { { 1.0, 1 }, { 0.95, 0.5 }, { 0, 0 } }),
      evidence = "Thống kê hồ sơ trên Hệ thống thông tin một cửa điện tử của tỉnh" },
    sub "3.3.3" { title = "Tỷ lệ hồ sơ TTHC cấp huyện, cấp xã được giải quyết đúng hạn", max = 1,
      score = scale.bands("one_stop_ontime_ratio_local", { { 1.0, 1 }, { 0.95, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo tình hình giải quyết TTHC của UBND các huyện, thành phố" },
    sub "3.3.4" { title = "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn", max = 0.5,
      score = scale.applicable_if("late_applications_exist",
                scale.bands("overdue_apology_ratio", { { 1.0, 0.5 }, { 0, 0 } })),
      evidence = "Phiếu xin lỗi và hẹn lại ngày trả kết quả" },
  },
  -- [U] reconstructed
  criterion "3.4" { title = "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", max = 1,
    score = scale.applicable_if("feedback_received",
              scale.bands("feedback_handled_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } })),
    evidence = "Sổ theo dõi phản ánh, kiến nghị; văn bản trả lời, công khai kết quả xử lý" },
  -- [U] reconstructed: leaders' survey on procedures; 2020 [U]: 3.5.1 1,5 → 1
  criterion "3.5" { title = "Đánh giá chất lượng giải quyết thủ tục hành chính (điều tra xã hội học)", max = 3.5,
    sub "3.5.1" { title = "Tính đơn giản, dễ hiểu, dễ thực hiện của TTHC", max = 1, survey = true,
      score = scale.share("survey_tthc_simplicity") },
    sub "3.5.2" { title = "Tính công khai, minh bạch của TTHC", max = 1.5, survey = true,
      score = scale.share("survey_tthc_transparency") },
    sub "3.5.3" { title = "Hoạt động của Bộ phận một cửa các cấp", max = 1, survey = true,
      score = scale.share("survey_one_stop_quality") },
  },
  -- New in 2020 [U]: Decree 61/2018 asks that the handling of each procedure be assessed
  -- (by the people served and by the agencies) and the results published; by 2020 the
  -- one-stop information systems recorded it.
  criterion "3.6" { title = "Đánh giá việc giải quyết thủ tục hành chính theo Nghị định 61/2018/NĐ-CP", max = 1,
    sub "3.6.1" { title = "Tổ chức đánh giá việc giải quyết TTHC tại Bộ phận một cửa các cấp", max = 0.5,
      score = scale.binary("tthc_handling_assessed"),
      evidence = "Quyết định, kế hoạch đánh giá việc giải quyết TTHC năm 2020; báo cáo kết quả đánh giá" },
    sub "3.6.2" { title = "Tỷ lệ Bộ phận một cửa công khai kết quả đánh giá việc giải quyết TTHC", max = 0.5,
      score = scale.bands("tthc_assessment_published_ratio", { { 1.0, 0.5 }, { 0.8, 0.25 }, { 0, 0 } }),
      evidence = "Kết quả đánh giá công khai trên Cổng dịch vụ công và tại Bộ phận một cửa" },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 4. Cải cách tổ chức bộ máy hành chính — 12 điểm [U] (2019: 12); chủ trì: Sở Nội vụ
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 4 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "org_function_regs_ratio"             { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan chuyên môn có quy định chức năng, nhiệm vụ, cơ cấu tổ chức đúng quy định" }
fact "org_deputy_count_compliant"          { type = "bool",   agency = "SNV",                                         label = "Số lượng cấp phó đúng quy định" }
fact "org_restructure_ratio"               { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nội dung sắp xếp tổ chức bộ máy hoàn thành theo lộ trình" }
fact "staff_within_quota"                  { type = "bool",   agency = "SNV",                                         label = "Biên chế công chức, số người làm việc không vượt số được giao" }
fact "staff_reduction_target_ratio"        { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ tinh giản biên chế đạt so với lộ trình" }
fact "decentralisation_compliant"          { type = "bool",   agency = "SNV",                                         label = "Thực hiện đúng các quy định về phân cấp quản lý" }
fact "decentralisation_inspected"          { type = "bool",   agency = "SNV",                                         label = "Đã kiểm tra, xử lý việc thực hiện nhiệm vụ được phân cấp" }
fact "survey_org_structure"                { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tính hợp lý của cơ cấu tổ chức (tỷ lệ điểm)" }
fact "survey_org_functions_clarity"        { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: phân định chức năng, nhiệm vụ rõ ràng (tỷ lệ điểm)" }
fact "survey_decentralisation"             { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tình hình thực hiện phân cấp quản lý (tỷ lệ điểm)" }

field "4" { title = "Cải cách tổ chức bộ máy hành chính nhà nước", max = 12, lead = "SNV",
  -- [U] reconstructed: Resolutions 18 and 19-NQ/TW
  criterion "4.1" { title = "Tổ chức bộ máy", max = 4,
    sub "4.1.1" { title = "Quy định chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn đúng quy định", max = 1,
      score = scale.bands("org_function_regs_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Quyết định quy định chức năng, nhiệm vụ của các sở, ban, ngành" },
    sub "4.1.2" { title = "Thực hiện quy định về số lượng cấp phó", max = 1,
      score = scale.binary("org_deputy_count_compliant"),
      evidence = "Báo cáo số lượng cấp phó của các cơ quan, đơn vị" },
    sub "4.1.3" { title = "Sắp xếp tổ chức bộ máy, đơn vị sự nghiệp công lập theo Nghị quyết 18, 19-NQ/TW", max = 2,
      score = scale.bands("org_restructure_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Đề án, quyết định sắp xếp; báo cáo kết quả thực hiện lộ trình năm 2020" },
  },
  -- [U] reconstructed: Resolution 39-NQ/TW staff reduction
  criterion "4.2" { title = "Quản lý, sử dụng biên chế", max = 3,
    sub "4.2.1" { title = "Sử dụng biên chế công chức, số người làm việc không vượt số được giao", max = 1.5,
      score = scale.binary("staff_within_quota"),
      evidence = "Quyết định giao biên chế năm 2020; báo cáo số lượng thực có" },
    sub "4.2.2" { title = "Thực hiện tinh giản biên chế theo lộ trình", max = 1.5,
      score = scale.bands("staff_reduction_target_ratio", { { 1.0, 1.5 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Kế hoạch tinh giản biên chế 2015-2021; báo cáo kết quả năm 2020" },
  },
  -- [U] reconstructed
  criterion "4.3" { title = "Phân cấp quản lý", max = 1.5,
    sub "4.3.1" { title = "Thực hiện các quy định về phân cấp quản lý", max = 1,
      score = scale.binary("decentralisation_compliant"),
      evidence = "Quyết định phân cấp của UBND tỉnh còn hiệu lực; báo cáo thực hiện" },
    sub "4.3.2" { title = "Kiểm tra, xử lý việc thực hiện nhiệm vụ đã phân cấp", max = 0.5,
      score = scale.binary("decentralisation_inspected"),
      evidence = "Kết luận kiểm tra việc thực hiện phân cấp" },
  },
  -- [U] reconstructed: leaders' survey on the apparatus
  criterion "4.4" { title = "Đánh giá tổ chức bộ máy (điều tra xã hội học)", max = 3.5,
    sub "4.4.1" { title = "Tính hợp lý trong cơ cấu tổ chức của các cơ quan chuyên môn", max = 1.5, survey = true,
      score = scale.share("survey_org_structure") },
    sub "4.4.2" { title = "Phân định chức năng, nhiệm vụ rõ ràng, không chồng chéo", max = 1, survey = true,
      score = scale.share("survey_org_functions_clarity") },
    sub "4.4.3" { title = "Tình hình thực hiện phân cấp quản lý", max = 1, survey = true,
      score = scale.share("survey_decentralisation") },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 5. Xây dựng và nâng cao chất lượng đội ngũ CBCCVC — 13 điểm [U] (2019: 13,5);
-- chủ trì: Sở Nội vụ
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 5 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "job_positions_approved_ratio"        { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan, đơn vị có vị trí việc làm được phê duyệt" }
fact "staff_match_job_positions"           { type = "bool",   agency = "SNV",                                         label = "Bố trí công chức, viên chức đúng vị trí việc làm được phê duyệt" }
fact "recruitment_compliant"               { type = "bool",   agency = "SNV",                                         label = "Tuyển dụng công chức, viên chức đúng quy định" }
fact "appointment_compliant"               { type = "bool",   agency = "SNV",                                         label = "Bổ nhiệm lãnh đạo, quản lý đúng quy định" }
fact "staff_evaluation_compliant"          { type = "bool",   agency = "SNV",                                         label = "Đánh giá, phân loại cán bộ, công chức, viên chức đúng quy định" }
fact "training_plan_date"                  { type = "date",   agency = "SNV",     unit = "ngày",                      label = "Ngày ban hành kế hoạch đào tạo, bồi dưỡng năm 2020" }
fact "training_completion_ratio"           { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng" }
fact "commune_staff_standard_ratio"        { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn" }
fact "commune_staff_trained_ratio"         { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng trong năm" }
fact "discipline_violations_found"         { type = "bool",   agency = "SNV",                                         label = "Có cán bộ, công chức, viên chức vi phạm kỷ luật" }
fact "discipline_handled_ratio"            { type = "ratio",  agency = "SNV",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ vụ vi phạm kỷ luật đã được xử lý" }
fact "leaders_disciplined_count"           { type = "number", agency = "SNV",     unit = "người", min = 0,            label = "Số lãnh đạo cấp sở, cấp huyện bị kỷ luật trong năm" }
fact "survey_recruitment_transparency"     { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: công khai, minh bạch trong tuyển dụng, bổ nhiệm (tỷ lệ điểm)" }
fact "survey_staff_competence"             { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: năng lực của cán bộ, công chức, viên chức (tỷ lệ điểm)" }
fact "survey_staff_ethics"                 { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tinh thần trách nhiệm, đạo đức công vụ (tỷ lệ điểm)" }

field "5" { title = "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", max = 13, lead = "SNV",
  -- [U] reconstructed
  criterion "5.1" { title = "Vị trí việc làm", max = 1.5,
    sub "5.1.1" { title = "Tỷ lệ cơ quan, tổ chức hành chính và đơn vị sự nghiệp có vị trí việc làm được phê duyệt", max = 1,
      score = scale.bands("job_positions_approved_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Quyết định phê duyệt danh mục vị trí việc làm" },
    sub "5.1.2" { title = "Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt", max = 0.5,
      score = scale.binary("staff_match_job_positions"),
      evidence = "Báo cáo rà soát bố trí công chức, viên chức theo vị trí việc làm" },
  },
  -- [U] reconstructed
  criterion "5.2" { title = "Tuyển dụng, bổ nhiệm", max = 2,
    sub "5.2.1" { title = "Tuyển dụng công chức, viên chức đúng quy định", max = 1,
      score = scale.binary("recruitment_compliant"),
      evidence = "Kế hoạch, thông báo, quyết định công nhận kết quả tuyển dụng năm 2020" },
    sub "5.2.2" { title = "Bổ nhiệm lãnh đạo, quản lý đúng quy định", max = 1,
      score = scale.binary("appointment_compliant"),
      evidence = "Hồ sơ, quyết định bổ nhiệm lãnh đạo cấp sở, cấp phòng năm 2020" },
  },
  -- [U] reconstructed
  criterion "5.3" { title = "Đánh giá, phân loại cán bộ, công chức, viên chức đúng quy định", max = 1,
    score = scale.binary("staff_evaluation_compliant"),
    evidence = "Báo cáo kết quả đánh giá, phân loại CBCCVC năm 2020" },
  -- [U] reconstructed
  criterion "5.4" { title = "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", max = 1.5,
    sub "5.4.1" { title = "Ban hành kế hoạch đào tạo, bồi dưỡng năm kịp thời", max = 0.5,
      score = scale.timeliness("training_plan_date", { due = "31/01/2020", late = 0.5 }),
      evidence = "Kế hoạch đào tạo, bồi dưỡng CBCCVC năm 2020" },
    sub "5.4.2" { title = "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", max = 1,
      score = scale.bands("training_completion_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo kết quả đào tạo, bồi dưỡng năm 2020" },
  },
  -- [U] reconstructed
  criterion "5.5" { title = "Cán bộ, công chức cấp xã", max = 1.5,
    sub "5.5.1" { title = "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định", max = 1,
      score = scale.bands("commune_staff_standard_ratio", { { 1.0, 1 }, { 0.9, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo chất lượng đội ngũ CBCC cấp xã năm 2020" },
    sub "5.5.2" { title = "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng trong năm", max = 0.5,
      score = scale.bands("commune_staff_trained_ratio", { { 0.8, 0.5 }, { 0.5, 0.25 }, { 0, 0 } }),
      evidence = "Danh sách học viên các lớp bồi dưỡng CBCC cấp xã năm 2020" },
  },
  -- [U] reconstructed
  criterion "5.6" { title = "Chấp hành kỷ luật, kỷ cương hành chính", max = 2,
    sub "5.6.1" { title = "Xử lý cán bộ, công chức, viên chức vi phạm kỷ luật", max = 1,
      score = scale.applicable_if("discipline_violations_found",
                scale.bands("discipline_handled_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } })),
      evidence = "Quyết định kỷ luật; báo cáo kết quả kiểm tra công vụ năm 2020" },
    sub "5.6.2" { title = "Không có lãnh đạo cấp sở, cấp huyện bị kỷ luật trong năm", max = 1,
      score = scale.at_most("leaders_disciplined_count", { { 0, 1 }, { 1, 0.5 } }),
      evidence = "Quyết định kỷ luật lãnh đạo cấp sở, cấp huyện (nếu có)" },
  },
  -- [U] reconstructed: leaders' survey on the civil service; 2020 [U]: 5.7.1 1,5 → 1
  criterion "5.7" { title = "Đánh giá chất lượng đội ngũ CBCCVC (điều tra xã hội học)", max = 3.5,
    sub "5.7.1" { title = "Tính công khai, minh bạch trong tuyển dụng, bổ nhiệm", max = 1, survey = true,
      score = scale.share("survey_recruitment_transparency") },
    sub "5.7.2" { title = "Năng lực của đội ngũ cán bộ, công chức, viên chức", max = 1.5, survey = true,
      score = scale.share("survey_staff_competence") },
    sub "5.7.3" { title = "Tinh thần trách nhiệm, đạo đức công vụ", max = 1, survey = true,
      score = scale.share("survey_staff_ethics") },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 6. Đổi mới cơ chế quản lý tài chính công — 12,5 điểm [U] (2019: 12,5); chủ trì: Sở Tài chính
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 6 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "internal_spending_rules_ratio"       { type = "ratio",  agency = "STC",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan hành chính ban hành quy chế chi tiêu nội bộ" }
fact "budget_disclosed"                    { type = "bool",   agency = "STC",                                         label = "Đã công khai dự toán, quyết toán ngân sách địa phương" }
fact "budget_settlement_report_date"       { type = "date",   agency = "STC",     unit = "ngày",                      label = "Ngày gửi báo cáo quyết toán ngân sách địa phương năm trước" }
fact "psu_autonomy_ratio"                  { type = "ratio",  agency = "STC",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính" }
fact "public_service_pricing_points"       { type = "points", agency = "STC",     unit = "điểm",  min = 0, max = 1.5, label = "Điểm thẩm định việc ban hành định mức kinh tế - kỹ thuật, giá dịch vụ sự nghiệp công" }
fact "public_assets_rules_issued"          { type = "bool",   agency = "STC",                                         label = "Đã ban hành quy định phân cấp, tiêu chuẩn, định mức sử dụng tài sản công" }
fact "public_property_rearranged_ratio"    { type = "ratio",  agency = "STC",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ sở nhà, đất đã sắp xếp lại, xử lý theo phương án" }
fact "audit_recommendations_done_ratio"    { type = "ratio",  agency = "STC",     unit = "%",     min = 0, max = 1,   label = "Tỷ lệ kiến nghị của thanh tra, kiểm toán đã thực hiện" }
fact "no_serious_financial_breach"         { type = "bool",   agency = "STC",                                         label = "Không có sai phạm nghiêm trọng về quản lý tài chính, ngân sách" }
fact "survey_psu_autonomy"                 { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: thực hiện tự chủ tài chính ở đơn vị sự nghiệp (tỷ lệ điểm)" }
fact "survey_finance_transparency"         { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: công khai, minh bạch tài chính công (tỷ lệ điểm)" }
fact "survey_public_assets"                { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: quản lý, sử dụng tài sản công (tỷ lệ điểm)" }
fact "public_investment_disbursed_ratio"   { type = "ratio",  agency = "SKHDT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ giải ngân kế hoạch vốn đầu tư công năm" }

field "6" { title = "Đổi mới cơ chế quản lý tài chính công", max = 12.5, lead = "STC",
  -- [U] reconstructed
  criterion "6.1" { title = "Quản lý, sử dụng kinh phí quản lý hành chính", max = 2.5,
    sub "6.1.1" { title = "Tỷ lệ cơ quan hành chính ban hành quy chế chi tiêu nội bộ", max = 1,
      score = scale.bands("internal_spending_rules_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo tình hình thực hiện tự chủ kinh phí quản lý hành chính (NĐ 130/2005, NĐ 117/2013)" },
    sub "6.1.2" { title = "Công khai dự toán, quyết toán ngân sách địa phương", max = 1,
      score = scale.binary("budget_disclosed"),
      evidence = "Quyết định công bố công khai dự toán, quyết toán ngân sách trên Cổng thông tin điện tử" },
    sub "6.1.3" { title = "Báo cáo quyết toán ngân sách địa phương năm trước đúng hạn", max = 0.5,
      score = scale.timeliness("budget_settlement_report_date", { due = "31/10/2020", late = 0.5 }),
      evidence = "Báo cáo quyết toán ngân sách năm 2019 gửi Bộ Tài chính" },
  },
  -- [U] reconstructed: Decree 16/2015 autonomy of public service units
  criterion "6.2" { title = "Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập", max = 3,
    sub "6.2.1" { title = "Tỷ lệ đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính", max = 1.5,
      score = scale.bands("psu_autonomy_ratio", { { 1.0, 1.5 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Quyết định giao quyền tự chủ cho các đơn vị sự nghiệp công lập" },
    sub "6.2.2" { title = "Ban hành danh mục, định mức kinh tế - kỹ thuật, giá dịch vụ sự nghiệp công sử dụng NSNN", max = 1.5,
      score = scale.points("public_service_pricing_points"),
      evidence = "Quyết định ban hành danh mục, định mức, giá dịch vụ sự nghiệp công (0,5 điểm mỗi loại)" },
  },
  -- [U] reconstructed; 2020 [U]: 6.3.1 1 → 0,5 (the rules under the 2017 Law on public
  -- assets were issued in 2018-2019; half a point is left for keeping them up to date)
  criterion "6.3" { title = "Quản lý, sử dụng tài sản công", max = 1.5,
    sub "6.3.1" { title = "Ban hành quy định phân cấp, tiêu chuẩn, định mức sử dụng tài sản công", max = 0.5,
      score = scale.binary("public_assets_rules_issued"),
      evidence = "Nghị quyết HĐND, quyết định UBND tỉnh về phân cấp quản lý tài sản công" },
    sub "6.3.2" { title = "Tỷ lệ cơ sở nhà, đất đã được sắp xếp lại, xử lý theo phương án phê duyệt", max = 1,
      score = scale.bands("public_property_rearranged_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
      evidence = "Phương án sắp xếp lại, xử lý nhà, đất được phê duyệt; báo cáo kết quả" },
  },
  -- [U] reconstructed; 2020 [U]: 6.4.1 1 → 0,5, same thresholds, points halved
  criterion "6.4" { title = "Thực hiện kết luận thanh tra, kiểm toán về tài chính, ngân sách", max = 1,
    sub "6.4.1" { title = "Tỷ lệ kiến nghị của thanh tra, kiểm toán đã được thực hiện", max = 0.5,
      score = scale.bands("audit_recommendations_done_ratio", { { 1.0, 0.5 }, { 0.8, 0.25 }, { 0, 0 } }),
      evidence = "Báo cáo thực hiện kết luận của Kiểm toán Nhà nước, Thanh tra" },
    sub "6.4.2" { title = "Không để xảy ra sai phạm nghiêm trọng về quản lý tài chính, ngân sách", max = 0.5,
      score = scale.binary("no_serious_financial_breach"),
      evidence = "Kết luận thanh tra, kiểm toán năm 2020" },
  },
  -- [U] reconstructed: leaders' survey on public finance
  criterion "6.5" { title = "Đánh giá quản lý tài chính công (điều tra xã hội học)", max = 3.5,
    sub "6.5.1" { title = "Tình hình thực hiện cơ chế tự chủ tài chính tại đơn vị sự nghiệp công lập", max = 1.5, survey = true,
      score = scale.share("survey_psu_autonomy") },
    sub "6.5.2" { title = "Tính công khai, minh bạch trong quản lý tài chính công", max = 1, survey = true,
      score = scale.share("survey_finance_transparency") },
    sub "6.5.3" { title = "Quản lý, sử dụng tài sản công", max = 1, survey = true,
      score = scale.share("survey_public_assets") },
  },
  -- New in 2020 [U]: disbursing the year's public investment plan was the Government's first
  -- demand of provinces in 2020; scored on the share disbursed by the end of the budget year.
  criterion "6.6" { title = "Giải ngân kế hoạch vốn đầu tư công năm", max = 1, lead = "SKHDT",
    score = scale.bands("public_investment_disbursed_ratio", { { 0.9, 1 }, { 0.8, 0.5 }, { 0, 0 } }),
    evidence = "Báo cáo tình hình giải ngân kế hoạch vốn đầu tư công năm 2020 gửi Bộ Kế hoạch và Đầu tư, Bộ Tài chính" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 7. Hiện đại hóa hành chính — 13,5 điểm [U] (2019: 13,5); chủ trì: Sở TT&TT
-- (ISO 9001: Sở KH&CN)
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 7 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "it_plan_date"                        { type = "date",   agency = "STTTT",   unit = "ngày",                      label = "Ngày ban hành kế hoạch ứng dụng CNTT năm 2020" }
fact "e_documents_ratio"                   { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử" }
fact "e_systems_coverage_ratio"            { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan, đơn vị dùng phần mềm quản lý văn bản và một cửa điện tử" }
fact "online_services_l34_ratio"           { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4" }
fact "online_applications_l3_ratio"        { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3" }
fact "online_applications_l4_ratio"        { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 4" }
fact "postal_service_procedures_ratio"     { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích" }
fact "iso_province_ratio"                  { type = "ratio",  agency = "SKHCN",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ cơ quan chuyên môn cấp tỉnh công bố hệ thống quản lý chất lượng ISO" }
fact "iso_district_ratio"                  { type = "ratio",  agency = "SKHCN",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ UBND cấp huyện công bố hệ thống quản lý chất lượng ISO" }
fact "iso_maintained"                      { type = "bool",   agency = "SKHCN",                                       label = "Duy trì, cải tiến và kiểm tra việc áp dụng ISO 9001" }
fact "survey_portal_quality"               { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: chất lượng Cổng thông tin điện tử của tỉnh (tỷ lệ điểm)" }
fact "survey_online_services"              { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tiện ích của dịch vụ công trực tuyến (tỷ lệ điểm)" }
fact "survey_iso_impact"                   { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tác động của ISO 9001 (tỷ lệ điểm)" }
fact "national_portal_integrated"          { type = "bool",   agency = "STTTT",                                       label = "Cổng dịch vụ công, một cửa điện tử của tỉnh đã tích hợp với Cổng Dịch vụ công quốc gia" }
fact "report_system_connected"             { type = "bool",   agency = "STTTT",                                       label = "Hệ thống thông tin báo cáo của tỉnh đã kết nối với Hệ thống báo cáo Chính phủ" }
fact "online_payment_procedures_ratio"     { type = "ratio",  agency = "STTTT",   unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến" }

field "7" { title = "Hiện đại hóa hành chính", max = 13.5, lead = "STTTT",
  -- [U] reconstructed; 2020 [U]: renamed for the provincial e-government architecture, and
  -- 7.1.3 2 → 1,5 (software for documents and the one-stop shop was in place nearly everywhere)
  criterion "7.1" { title = "Ứng dụng công nghệ thông tin, xây dựng Chính quyền điện tử", max = 3,
    sub "7.1.1" { title = "Ban hành kế hoạch ứng dụng CNTT năm kịp thời", max = 0.5,
      score = scale.timeliness("it_plan_date", { due = "31/12/2019", late = 0.5 }),
      evidence = "Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà nước năm 2020" },
    sub "7.1.2" { title = "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính dưới dạng điện tử", max = 1,
      score = scale.bands("e_documents_ratio", { { 0.9, 1 }, { 0.7, 0.5 }, { 0, 0 } }),
      evidence = "Thống kê trên phần mềm quản lý văn bản và điều hành" },
    sub "7.1.3" { title = "Tỷ lệ cơ quan, đơn vị dùng phần mềm quản lý văn bản và hệ thống một cửa điện tử liên thông", max = 1.5,
      score = scale.bands("e_systems_coverage_ratio", { { 1.0, 1.5 }, { 0.8, 0.75 }, { 0, 0 } }),
      evidence = "Báo cáo triển khai phần mềm quản lý văn bản, Hệ thống thông tin một cửa điện tử" },
  },
  -- [U] reconstructed
  criterion "7.2" { title = "Cung cấp dịch vụ công trực tuyến", max = 3,
    sub "7.2.1" { title = "Tỷ lệ TTHC được cung cấp trực tuyến mức độ 3, 4", max = 1,
      score = scale.bands("online_services_l34_ratio", { { 0.3, 1 }, { 0.2, 0.5 }, { 0, 0 } }),
      evidence = "Danh mục dịch vụ công trực tuyến mức độ 3, 4 trên Cổng dịch vụ công tỉnh" },
    sub "7.2.2" { title = "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3", max = 1,
      score = scale.bands("online_applications_l3_ratio", { { 0.3, 1 }, { 0.1, 0.5 }, { 0, 0 } }),
      evidence = "Thống kê hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh" },
    sub "7.2.3" { title = "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4", max = 1,
      score = scale.bands("online_applications_l4_ratio", { { 0.2, 1 }, { 0.05, 0.5 }, { 0, 0 } }),
      evidence = "Thống kê hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh" },
  },
  -- [U] reconstructed: Decision 45/2016/QĐ-TTg, with the provincial Post Office
  criterion "7.3" { title = "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", max = 1.5,
    score = scale.bands("postal_service_procedures_ratio", { { 1.0, 1.5 }, { 0.8, 1 }, { 0.5, 0.5 }, { 0, 0 } }),
    evidence = "Quyết định danh mục TTHC tiếp nhận, trả kết quả qua BCCI; số liệu của Bưu điện tỉnh" },
  -- [U] reconstructed: quality management system TCVN ISO 9001:2015; 2020 [U]: 7.4.1 and
  -- 7.4.2 1 → 0,5 each (announcing the system is routine by now), same thresholds
  criterion "7.4" { title = "Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001", max = 1.5, lead = "SKHCN",
    sub "7.4.1" { title = "Tỷ lệ cơ quan chuyên môn cấp tỉnh công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015", max = 0.5,
      score = scale.bands("iso_province_ratio", { { 1.0, 0.5 }, { 0.8, 0.25 }, { 0, 0 } }),
      evidence = "Quyết định công bố HTQLCL của các sở, ban, ngành" },
    sub "7.4.2" { title = "Tỷ lệ UBND cấp huyện công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015", max = 0.5,
      score = scale.bands("iso_district_ratio", { { 1.0, 0.5 }, { 0.8, 0.25 }, { 0, 0 } }),
      evidence = "Quyết định công bố HTQLCL của UBND các huyện, thành phố" },
    sub "7.4.3" { title = "Duy trì, cải tiến hệ thống quản lý chất lượng; kiểm tra việc áp dụng", max = 0.5,
      score = scale.binary("iso_maintained"),
      evidence = "Kế hoạch và báo cáo kiểm tra việc áp dụng ISO năm 2020" },
  },
  -- [U] reconstructed: leaders' survey on modernisation
  criterion "7.5" { title = "Đánh giá hiện đại hóa hành chính (điều tra xã hội học)", max = 3,
    sub "7.5.1" { title = "Chất lượng Cổng thông tin điện tử của tỉnh", max = 1, survey = true,
      score = scale.share("survey_portal_quality") },
    sub "7.5.2" { title = "Tiện ích của dịch vụ công trực tuyến", max = 1, survey = true,
      score = scale.share("survey_online_services") },
    sub "7.5.3" { title = "Tác động của ISO 9001 đến chất lượng giải quyết công việc", max = 1, survey = true,
      score = scale.share("survey_iso_impact") },
  },
  -- New in 2020 [U]: the National Public Service Portal (Decision 274/QĐ-TTg of 2019 [P]) and
  -- the Government's reporting information system (Decree 09/2019/NĐ-CP [P]) went live in
  -- 2019-2020; provinces were asked to connect to them and to take fees online.
  criterion "7.6" { title = "Kết nối, tích hợp với các hệ thống thông tin quốc gia", max = 1.5,
    sub "7.6.1" { title = "Cổng dịch vụ công, Hệ thống thông tin một cửa điện tử của tỉnh tích hợp với Cổng Dịch vụ công quốc gia", max = 0.5,
      score = scale.binary("national_portal_integrated"),
      evidence = "Xác nhận tích hợp của Văn phòng Chính phủ; danh mục dịch vụ công tích hợp trên Cổng Dịch vụ công quốc gia" },
    sub "7.6.2" { title = "Hệ thống thông tin báo cáo của tỉnh kết nối với Hệ thống thông tin báo cáo Chính phủ", max = 0.5,
      score = scale.binary("report_system_connected"),
      evidence = "Văn bản xác nhận kết nối; báo cáo gửi qua Hệ thống thông tin báo cáo năm 2020" },
    sub "7.6.3" { title = "Tỷ lệ TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến", max = 0.5,
      score = scale.bands("online_payment_procedures_ratio", { { 0.5, 0.5 }, { 0.2, 0.25 }, { 0, 0 } }),
      evidence = "Danh mục TTHC thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia và của tỉnh" },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 8. Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH — 17 điểm [U]
-- (2019: 16,5): SIPAS 10 [P], leaders' survey 2 [U], socio-economic impact 5 [P]
-- chủ trì: Sở Nội vụ (điều tra xã hội học); chỉ tiêu KT-XH: Sở Kế hoạch và Đầu tư
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 8 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "sipas_access"                        { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "SIPAS: tiếp cận dịch vụ hành chính công (tỷ lệ điểm)" }
fact "sipas_procedures"                    { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "SIPAS: thủ tục hành chính (tỷ lệ điểm)" }
fact "sipas_civil_servants"                { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "SIPAS: sự phục vụ của công chức (tỷ lệ điểm)" }
fact "sipas_results"                       { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "SIPAS: kết quả giải quyết TTHC (tỷ lệ điểm)" }
fact "sipas_feedback"                      { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "SIPAS: tiếp nhận, xử lý góp ý, phản ánh, kiến nghị (tỷ lệ điểm)" }
fact "survey_impact_governance"            { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tác động đến hiệu lực, hiệu quả quản lý nhà nước (tỷ lệ điểm)" }
fact "survey_impact_business"              { type = "ratio",  agency = "BNV",     unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: tác động đến môi trường đầu tư, kinh doanh (tỷ lệ điểm)" }
fact "investment_target_ratio"             { type = "ratio",  agency = "SKHDT",   unit = "%",     min = 0,            label = "Vốn đầu tư thực hiện so với kế hoạch" }
fact "budget_revenue_target_ratio"         { type = "ratio",  agency = "SKHDT",   unit = "%",     min = 0,            label = "Thu ngân sách nhà nước trên địa bàn so với dự toán" }
fact "grdp_growth_target_ratio"            { type = "ratio",  agency = "SKHDT",   unit = "%",     min = 0,            label = "Tốc độ tăng trưởng GRDP so với kế hoạch" }
fact "poverty_reduction_target_ratio"      { type = "ratio",  agency = "SLDTBXH", unit = "%",     min = 0,            label = "Mức giảm tỷ lệ hộ nghèo so với kế hoạch" }
fact "new_enterprises_target_ratio"        { type = "ratio",  agency = "SKHDT",   unit = "%",     min = 0,            label = "Số doanh nghiệp thành lập mới so với kế hoạch" }

field "8" { title = "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", max = 17, lead = "SNV",
  -- [P] the SIPAS citizen satisfaction survey counts 10 points in 2020 (published SIPAS
  -- components are all below 10: Quảng Ninh 9,56, Hải Phòng 9,35); its five aspects [P], an
  -- even split of 2 points each [U] (2019: 2 / 2,5 / 2,5 / 3 / 2 of 12)
  criterion "8.1" { title = "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)", max = 10,
    sub "8.1.1" { title = "Tiếp cận dịch vụ hành chính công", max = 2, survey = true,
      score = scale.share("sipas_access") },
    sub "8.1.2" { title = "Thủ tục hành chính", max = 2, survey = true,
      score = scale.share("sipas_procedures") },
    sub "8.1.3" { title = "Sự phục vụ của công chức", max = 2, survey = true,
      score = scale.share("sipas_civil_servants") },
    sub "8.1.4" { title = "Kết quả giải quyết thủ tục hành chính", max = 2, survey = true,
      score = scale.share("sipas_results") },
    sub "8.1.5" { title = "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", max = 2, survey = true,
      score = scale.share("sipas_feedback") },
  },
  -- [U] reconstructed: leaders' survey on the effect of PAR
  criterion "8.2" { title = "Tác động của CCHC đến quản lý nhà nước và môi trường kinh doanh (điều tra xã hội học)", max = 2,
    sub "8.2.1" { title = "Tác động đến hiệu lực, hiệu quả quản lý nhà nước của tỉnh", max = 1, survey = true,
      score = scale.share("survey_impact_governance") },
    sub "8.2.2" { title = "Tác động đến môi trường đầu tư, kinh doanh", max = 1, survey = true,
      score = scale.share("survey_impact_business") },
  },
  -- [U] reconstructed: results against the year's socio-economic plan (may exceed 100%).
  -- 2020: the published impact component is 5 points at most [P] (Quảng Ninh 5, Hải Phòng 3,
  -- Thừa Thiên Huế 3,01); 8.3.1, 8.3.2, 8.3.4 0,5 → 1 with the same thresholds, and 8.3.5 new
  -- [U].  Measured from statistics with evidence, not by the survey.
  criterion "8.3" { title = "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", max = 5, lead = "SKHDT",
    sub "8.3.1" { title = "Vốn đầu tư thực hiện so với kế hoạch", max = 1,
      score = scale.bands("investment_target_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }, { over_100 = true }),
      evidence = "Báo cáo tình hình KT-XH năm 2020 trình HĐND tỉnh" },
    sub "8.3.2" { title = "Thu ngân sách nhà nước trên địa bàn so với dự toán", max = 1,
      score = scale.bands("budget_revenue_target_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }, { over_100 = true }),
      evidence = "Báo cáo ước thực hiện thu NSNN năm 2020 của Sở Tài chính" },
    sub "8.3.3" { title = "Tốc độ tăng trưởng kinh tế (GRDP) so với kế hoạch", max = 1,
      score = scale.bands("grdp_growth_target_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }, { over_100 = true }),
      evidence = "Số liệu GRDP năm 2020 của Cục Thống kê tỉnh" },
    sub "8.3.4" { title = "Giảm tỷ lệ hộ nghèo so với kế hoạch", max = 1,
      score = scale.bands("poverty_reduction_target_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }, { over_100 = true }),
      evidence = "Quyết định phê duyệt kết quả rà soát hộ nghèo năm 2020" },
    -- New in 2020 [U]: business development as an effect of simpler procedures
    sub "8.3.5" { title = "Số doanh nghiệp thành lập mới so với kế hoạch", max = 1,
      score = scale.bands("new_enterprises_target_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } }, { over_100 = true }),
      evidence = "Báo cáo tình hình đăng ký doanh nghiệp năm 2020 của Sở Kế hoạch và Đầu tư" },
  },
}

---------------------------------------------------------------------------------------------
-- Deadlines [U]: the 2020 plan is not in our sources; these are the dates of plan 2756/KH-UBND
-- of 2019 moved on by one year (survey lists end of November, self-assessment before 25/12,
-- to UBND by mid-January, to MOHA by 19/01 of the next year).  Tasks are worded as in 2019.
---------------------------------------------------------------------------------------------
local DEPARTMENTS = { "SNV", "STP", "STC", "STTTT", "SKHCN", "SKHDT", "VPUBND", "SCT", "SNNPTNT",
                      "SGTVT", "SXD", "STNMT", "SLDTBXH", "SVHTTDL", "SGDDT", "SYT", "SNGV", "TTT",
                      "BDTOC", "BQLKKT" }
local DISTRICTS = { "UBND_TPLC", "UBND_TD", "UBND_PT", "UBND_SH", "UBND_MT", "UBND_NN", "UBND_THU",
                    "UBND_TAU" }
local respondents_by = {}
for _, list in ipairs { DEPARTMENTS, DISTRICTS } do
  for _, code in ipairs(list) do respondents_by[#respondents_by + 1] = code end
end

calendar(lich)

deadline { code = "DS_DTXHH", task = "Lập danh sách đối tượng điều tra xã hội học theo biểu mẫu, gửi Sở Nội vụ (pxdcq.sonv@laichau.gov.vn)",
           by = respondents_by, before = "29/11/2020", to = "SNV" }
deadline { code = "DS_DBHDND", task = "Lập danh sách 45 đại biểu HĐND tỉnh được điều tra xã hội học, gửi Sở Nội vụ",
           by = { "VPHDND" }, before = "29/11/2020", to = "SNV" }
deadline { code = "TH_DS", task = "Tổng hợp danh sách đối tượng điều tra, báo cáo UBND tỉnh và trình Bộ Nội vụ",
           by = { "SNV" }, before = "30/11/2020", to = "BNV" }
deadline { code = "TDG", task = "Tự đánh giá, chấm điểm các tiêu chí được phân công chủ trì, gửi Sở Nội vụ tổng hợp",
           by = { "STP", "STC", "STTTT", "SKHCN", "SKHDT", "VPUBND" }, before = "25/12/2020", to = "SNV" }
deadline { code = "TH_TDG", task = "Tổng hợp kết quả tự đánh giá, chấm điểm, trình UBND tỉnh",
           by = { "SNV" }, before = "14/01/2021", to = "UBND" }
deadline { code = "BC_BNV", task = "Gửi báo cáo tự đánh giá, chấm điểm kèm tài liệu kiểm chứng về Bộ Nội vụ (chậm nhất)",
           by = { "SNV" }, due = "19/01/2021", to = "BNV" }

---------------------------------------------------------------------------------------------
-- The sociological survey: who is asked, and who lists them (plan 2756/KH-UBND, section II.2).
-- The groups are MOHA's [C]; only the deputies' number is in the plan [C]; the others' quotas
-- are MOHA's to set, so none is given here.
---------------------------------------------------------------------------------------------
survey_group { code = "DBHDND", name = "Đại biểu HĐND tỉnh", quota = 45, by = { "VPHDND" } }
survey_group { code = "LDSO", name = "Lãnh đạo các sở, ban, ngành tỉnh và phòng chuyên môn",
               by = DEPARTMENTS }
survey_group { code = "LDHUYEN", name = "Lãnh đạo UBND cấp huyện và phòng chuyên môn cấp huyện",
               by = DISTRICTS }
survey_group { code = "SIPAS", name = "Người dân, tổ chức (khảo sát SIPAS, qua Bưu điện tỉnh)",
               by = { "BNV", "BDT" } }
