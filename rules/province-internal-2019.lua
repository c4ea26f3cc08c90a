-- rules/province-internal-2019.lua — Chỉ số CCHC của các sở, ban, ngành và UBND các huyện,
-- thành phố tỉnh Lai Châu năm 2019: the index by which a province ranks its own departments
-- and districts.  Provides: two trees (unit kinds department and district) of 80 points of
-- self-assessed, appraised criteria and 20 points of survey each, their scales, the fact
-- dictionary (every fact they read, declared before its field), agencies, bands and the
-- deadlines of the internal plan.  Uses: rules/lib/scale.lua, rules/lib/calendar_vn.lua.
--
-- Confidence marks (rules/README.md, 1.1): [C] stated by a public source, [P] probable,
-- [U] reconstructed.  The whole tree is [U]: modelled on the decisions by which provinces
-- approve "Bộ Chỉ số CCHC" for their departments and districts (the same eight topics as the
-- provincial index, 80 points of criteria and 20 of survey); no Lai Châu decision for 2019 is
-- in our sources.  Bands and deadlines are [U] too.
--
-- Layout.  The two kinds share fields 1 and 6–10.  The engine adds a parent's children up
-- without regard to kind, so where the trees differ they differ by whole fields:
-- fields 2–3 are the departments' (legal documents of their sector, procedures at the
-- provincial service centre), fields 4–5 the districts' (legal documents of the district
-- and its communes, the one-stop shops of district and communes).  Per kind:
--   department: 1 (12) + 2 (8) + 3 (14) + 6 (9) + 7 (13) + 8 (10) + 9 (14) + 10 (20) = 100
--   district:   1 (12) + 4 (8) + 5 (14) + 6 (9) + 7 (13) + 8 (10) + 9 (14) + 10 (20) = 100
-- Items that do not apply to a unit (a department without procedures of its own, a unit
-- without public service units, no feedback received …) are gated by scale.applicable_if and
-- leave the unit's own maximum below 100: its index is points ÷ own maximum, in %.

local scale = require "scale"

index {
  year = 2019,
  title = "Chỉ số CCHC của các sở, ban, ngành và UBND các huyện, thành phố tỉnh Lai Châu năm 2019",
  basis = "Bộ Chỉ số CCHC của các sở, ban, ngành và UBND các huyện, thành phố (dựng lại theo "
       .. "quyết định của các tỉnh [U]); Kế hoạch 2756/KH-UBND ngày 28/11/2019 của UBND tỉnh Lai Châu",
  example = "../examples/laichau-internal-2019",
  bonus_max = 2, penalty_max = 3,
}

unit_kind { code = "department", name = "Sở, ban, ngành tỉnh" }
unit_kind { code = "district", name = "UBND huyện, thành phố" }

-- Agencies: the appraising and announcing bodies, the Post Office that carries the survey,
-- and every unit assessed (its code is the unit's code in units.csv).
agency { code = "UBND",    name = "Ủy ban nhân dân tỉnh" }
agency { code = "BDT",     name = "Bưu điện tỉnh Lai Châu" }
local DEPARTMENTS = {
  { "SNV",     "Sở Nội vụ" },
  { "STP",     "Sở Tư pháp" },
  { "STC",     "Sở Tài chính" },
  { "SKHDT",   "Sở Kế hoạch và Đầu tư" },
  { "STTTT",   "Sở Thông tin và Truyền thông" },
  { "SKHCN",   "Sở Khoa học và Công nghệ" },
  { "SCT",     "Sở Công Thương" },
  { "SGDDT",   "Sở Giáo dục và Đào tạo" },
  { "SYT",     "Sở Y tế" },
  { "SLDTBXH", "Sở Lao động - Thương binh và Xã hội" },
  { "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch" },
  { "STNMT",   "Sở Tài nguyên và Môi trường" },
  { "SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn" },
  { "SGTVT",   "Sở Giao thông vận tải" },
  { "SXD",     "Sở Xây dựng" },
  { "SNGV",    "Sở Ngoại vụ" },
  { "TTT",     "Thanh tra tỉnh" },
  { "VPUBND",  "Văn phòng UBND tỉnh" },
  { "BDTOC",   "Ban Dân tộc tỉnh" },
  { "BQLKKT",  "Ban Quản lý Khu kinh tế tỉnh" },
}
local DISTRICTS = {
  { "TPLC", "UBND thành phố Lai Châu" },
  { "TDG",  "UBND huyện Tam Đường" },
  { "PTO",  "UBND huyện Phong Thổ" },
  { "SHO",  "UBND huyện Sìn Hồ" },
  { "MTE",  "UBND huyện Mường Tè" },
  { "NNH",  "UBND huyện Nậm Nhùn" },
  { "TUY",  "UBND huyện Tân Uyên" },
  { "THU",  "UBND huyện Than Uyên" },
}
local ASSESSED = {}
for _, list in ipairs { DEPARTMENTS, DISTRICTS } do
  for _, a in ipairs(list) do
    agency { code = a[1], name = a[2] }
    ASSESSED[#ASSESSED + 1] = a[1]
  end
end

-- Bands of the internal ranking [U]: percent of the unit's own maximum.
band { "Tốt", 90 }
band { "Khá", 80 }
band { "Trung bình", 65 }
band { "Yếu", 0 }

-- Items only some units have: procedures of their own to settle, and the follow-ups of
-- something that may not have happened in the year.
local function if_has_procedures(inner) return scale.applicable_if("has_tthc", inner) end
local late_apology = scale.applicable_if("late_applications_exist",
                       scale.bands("overdue_apology_ratio", { { 1.0, 0.5 }, { 0, 0 } }))
local feedback = scale.applicable_if("feedback_received",
                   scale.bands("feedback_handled_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }))

---------------------------------------------------------------------------------------------
-- Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC — 12 điểm [U]; chung cho sở và huyện
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 1 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "par_plan_issued_date"               { type = "date",   agency = "SNV",    unit = "ngày",                      label = "Ngày ban hành kế hoạch CCHC năm 2019 của cơ quan, đơn vị" }
fact "par_plan_completion_ratio"          { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nhiệm vụ của kế hoạch CCHC năm đã hoàn thành" }
fact "par_reports_on_time_ratio"          { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ báo cáo CCHC (quý, 6 tháng, năm) gửi Sở Nội vụ đúng hạn" }
fact "par_inspected_units_ratio"          { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ phòng, đơn vị trực thuộc được kiểm tra CCHC trong năm" }
fact "gov_tasks_on_time_ratio"            { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao hoàn thành đúng hạn" }

field "1" { title = "Công tác chỉ đạo, điều hành cải cách hành chính", max = 12, lead = "SNV",
            kinds = { "department", "district" },
  criterion "1.1" { title = "Kế hoạch CCHC năm 2019 của cơ quan, đơn vị", max = 3.5,
    sub "1.1.1" { title = "Ban hành kế hoạch CCHC năm 2019 kịp thời", max = 1,
      score = scale.timeliness("par_plan_issued_date", { due = "31/01/2019", late = 0.5 }),
      evidence = "Kế hoạch CCHC năm 2019 của cơ quan, đơn vị" },
    sub "1.1.2" { title = "Mức độ hoàn thành kế hoạch CCHC năm", max = 2.5,
      score = scale.bands("par_plan_completion_ratio", { { 1.0, 2.5 }, { 0.8, 1.5 }, { 0.5, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo CCHC năm 2019; bảng theo dõi nhiệm vụ của kế hoạch" },
  },
  -- four reports a year (quý I, 6 tháng, quý III, năm): 3 of 4 on time is 75%
  criterion "1.2" { title = "Thực hiện chế độ báo cáo CCHC định kỳ (quý, 6 tháng, năm) đúng hạn", max = 1.5,
    score = scale.bands("par_reports_on_time_ratio", { { 1.0, 1.5 }, { 0.75, 0.75 }, { 0, 0 } }),
    evidence = "Các báo cáo CCHC quý, 6 tháng, năm gửi Sở Nội vụ; sổ văn bản đến của Sở Nội vụ" },
  criterion "1.3" { title = "Kiểm tra CCHC đối với các phòng, đơn vị trực thuộc (cấp huyện: cả UBND cấp xã)", max = 2,
    score = scale.bands("par_inspected_units_ratio", { { 0.3, 2 }, { 0.2, 1 }, { 0, 0 } }),
    evidence = "Kế hoạch kiểm tra CCHC năm 2019; biên bản, thông báo kết luận kiểm tra" },
  criterion "1.4" { title = "Thực hiện nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao", max = 5,
    score = scale.bands("gov_tasks_on_time_ratio", { { 1.0, 5 }, { 0.9, 3.5 }, { 0.8, 2 }, { 0, 0 } }),
    evidence = "Kết xuất Hệ thống theo dõi nhiệm vụ của Văn phòng UBND tỉnh: nhiệm vụ giao, hoàn thành đúng hạn" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 2. Văn bản QPPL thuộc lĩnh vực quản lý của ngành — 8 điểm [U]; chỉ sở, ban, ngành
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 2 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "legal_drafting_assigned"            { type = "bool",   agency = "STP",                                        label = "Được giao tham mưu văn bản QPPL trong Chương trình của UBND tỉnh" }
fact "legal_drafting_done_ratio"          { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ dự thảo văn bản QPPL trình đúng Chương trình" }
fact "legal_review_completion_ratio"      { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL đã kiểm tra, rà soát so với kế hoạch" }
fact "legal_expired_list_date"            { type = "date",   agency = "STP",    unit = "ngày",                      label = "Ngày trình công bố danh mục văn bản QPPL hết hiệu lực" }
fact "law_dissemination_completion_ratio" { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hoàn thành kế hoạch phổ biến, giáo dục và theo dõi thi hành pháp luật" }

field "2" { title = "Tham mưu xây dựng và tổ chức thực hiện văn bản QPPL thuộc lĩnh vực quản lý", max = 8,
            lead = "STP", kinds = { "department" },
  -- not every department is given a draft in the year's programme
  criterion "2.1" { title = "Tham mưu ban hành văn bản QPPL theo Chương trình được UBND tỉnh giao", max = 3,
    score = scale.applicable_if("legal_drafting_assigned",
              scale.bands("legal_drafting_done_ratio", { { 1.0, 3 }, { 0.8, 1.5 }, { 0, 0 } })),
    evidence = "Chương trình xây dựng VBQPPL năm 2019; tờ trình, dự thảo đã trình UBND tỉnh" },
  criterion "2.2" { title = "Rà soát, hệ thống hóa văn bản QPPL thuộc lĩnh vực quản lý theo kế hoạch", max = 2,
    score = scale.bands("legal_review_completion_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Báo cáo kết quả rà soát, hệ thống hóa VBQPPL năm 2019 gửi Sở Tư pháp" },
  criterion "2.3" { title = "Tham mưu công bố danh mục văn bản QPPL hết hiệu lực thuộc lĩnh vực đúng hạn", max = 1,
    score = scale.timeliness("legal_expired_list_date", { due = "15/01/2019", late = 0.5 }),
    evidence = "Văn bản trình công bố danh mục VBQPPL hết hiệu lực năm 2018" },
  criterion "2.4" { title = "Theo dõi thi hành pháp luật, phổ biến, giáo dục pháp luật trong lĩnh vực quản lý", max = 2,
    score = scale.bands("law_dissemination_completion_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Kế hoạch và báo cáo theo dõi thi hành pháp luật, phổ biến giáo dục pháp luật năm 2019" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 3. Cải cách TTHC — 14 điểm [U]; chỉ sở, ban, ngành
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 3 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "tthc_review_completion_ratio"       { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC đã rà soát, đơn giản hóa so với kế hoạch" }
fact "has_tthc"                           { type = "bool",   agency = "VPUBND",                                     label = "Cơ quan, đơn vị có TTHC thuộc thẩm quyền giải quyết" }
fact "tthc_published_ratio"               { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC được công khai đầy đủ theo quy định" }
fact "one_stop_procedures_ratio"          { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC thuộc thẩm quyền được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công" }
fact "one_stop_ontime_ratio"              { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn" }
fact "late_applications_exist"            { type = "bool",   agency = "VPUBND",                                     label = "Có hồ sơ TTHC giải quyết trễ hạn" }
fact "overdue_apology_ratio"              { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi người dân, tổ chức" }
fact "feedback_received"                  { type = "bool",   agency = "VPUBND",                                     label = "Có phản ánh, kiến nghị về quy định hành chính được tiếp nhận" }
fact "feedback_handled_ratio"             { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ phản ánh, kiến nghị về quy định hành chính đã xử lý" }

field "3" { title = "Cải cách thủ tục hành chính", max = 14, lead = "VPUBND", kinds = { "department" },
  criterion "3.1" { title = "Rà soát, đánh giá, đơn giản hóa TTHC và quy định hành chính thuộc lĩnh vực", max = 2,
    score = scale.bands("tthc_review_completion_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Báo cáo kết quả rà soát, phương án đơn giản hóa TTHC trình UBND tỉnh" },
  criterion "3.2" { title = "Tham mưu công bố, công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền giải quyết", max = 2.5,
    score = if_has_procedures(scale.bands("tthc_published_ratio", { { 1.0, 2.5 }, { 0.9, 1.25 }, { 0, 0 } })),
    evidence = "Quyết định công bố TTHC; Cơ sở dữ liệu quốc gia về TTHC; niêm yết tại Trung tâm PVHCC" },
  criterion "3.3" { title = "Giải quyết TTHC tại Trung tâm Phục vụ hành chính công tỉnh", max = 7.5,
    sub "3.3.1" { title = "Tỷ lệ TTHC thuộc thẩm quyền được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công", max = 2,
      score = if_has_procedures(scale.bands("one_stop_procedures_ratio", { { 1.0, 2 }, { 0.9, 1.5 }, { 0.7, 0.5 }, { 0, 0 } })),
      evidence = "Quyết định danh mục TTHC tiếp nhận tại Trung tâm PVHCC tỉnh" },
    sub "3.3.2" { title = "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", max = 5,
      score = if_has_procedures(scale.bands("one_stop_ontime_ratio",
                { { 1.0, 5 }, { 0.98, 4 }, { 0.95, 2.5 }, { 0.9, 1 }, { 0, 0 } })),
      evidence = "Thống kê hồ sơ trên Hệ thống thông tin một cửa điện tử tỉnh" },
    sub "3.3.3" { title = "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn", max = 0.5,
      score = late_apology,
      evidence = "Phiếu xin lỗi và hẹn lại ngày trả kết quả" },
  },
  criterion "3.4" { title = "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", max = 2,
    score = feedback,
    evidence = "Sổ theo dõi phản ánh, kiến nghị; văn bản trả lời, công khai kết quả xử lý" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 4. Văn bản QPPL tại huyện — 8 điểm [U]; chỉ UBND huyện, thành phố
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 4 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "district_legal_docs_issued"         { type = "bool",   agency = "STP",                                        label = "HĐND, UBND huyện có ban hành văn bản QPPL trong năm" }
fact "legal_docs_compliant_ratio"         { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL của huyện đúng thẩm quyền, trình tự, thủ tục" }
fact "commune_docs_checked_ratio"         { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL cấp xã đã được kiểm tra" }
fact "unlawful_docs_found"                { type = "bool",   agency = "STP",                                        label = "Kiểm tra có phát hiện văn bản QPPL cấp xã trái pháp luật" }
fact "unlawful_docs_handled_ratio"        { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản QPPL cấp xã trái pháp luật đã được xử lý" }
fact "communes_legal_access_ratio"        { type = "ratio",  agency = "STP",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật" }

field "4" { title = "Xây dựng và tổ chức thực hiện văn bản QPPL tại huyện, thành phố", max = 8,
            lead = "STP", kinds = { "district" },
  -- districts issue legal documents only where a law delegates it; some issue none in a year
  criterion "4.1" { title = "Ban hành văn bản QPPL của HĐND, UBND huyện đúng thẩm quyền, trình tự, thủ tục", max = 2.5,
    score = scale.applicable_if("district_legal_docs_issued",
              scale.bands("legal_docs_compliant_ratio", { { 1.0, 2.5 }, { 0.8, 1 }, { 0, 0 } })),
    evidence = "Danh mục VBQPPL của HĐND, UBND huyện năm 2019; kết quả kiểm tra của Sở Tư pháp" },
  criterion "4.2" { title = "Kiểm tra văn bản QPPL do HĐND, UBND cấp xã ban hành", max = 2,
    score = scale.bands("commune_docs_checked_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Sổ theo dõi kiểm tra văn bản; phiếu kiểm tra văn bản của Phòng Tư pháp" },
  criterion "4.3" { title = "Xử lý văn bản trái pháp luật phát hiện qua kiểm tra", max = 1,
    score = scale.applicable_if("unlawful_docs_found",
              scale.bands("unlawful_docs_handled_ratio", { { 1.0, 1 }, { 0.8, 0.5 }, { 0, 0 } })),
    evidence = "Văn bản đề nghị, quyết định sửa đổi, bãi bỏ văn bản trái pháp luật" },
  criterion "4.4" { title = "Tỷ lệ xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật", max = 2.5,
    score = scale.bands("communes_legal_access_ratio", { { 0.9, 2.5 }, { 0.7, 1.5 }, { 0.5, 0.5 }, { 0, 0 } }),
    evidence = "Quyết định công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2019" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 5. Cải cách TTHC, một cửa cấp huyện, cấp xã — 14 điểm [U]; chỉ UBND huyện, thành phố
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 5 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "commune_ontime_ratio"               { type = "ratio",  agency = "VPUBND", unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC cấp xã được giải quyết đúng hạn" }

field "5" { title = "Cải cách thủ tục hành chính; cơ chế một cửa, một cửa liên thông cấp huyện, cấp xã", max = 14,
            lead = "VPUBND", kinds = { "district" },
  criterion "5.1" { title = "Rà soát, đánh giá, đơn giản hóa TTHC theo kế hoạch của UBND tỉnh", max = 2,
    score = scale.bands("tthc_review_completion_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Báo cáo kết quả rà soát TTHC năm 2019" },
  criterion "5.2" { title = "Công khai TTHC tại Bộ phận một cửa cấp huyện, cấp xã và trên Cổng dịch vụ công tỉnh", max = 2,
    score = scale.bands("tthc_published_ratio", { { 1.0, 2 }, { 0.9, 1 }, { 0, 0 } }),
    evidence = "Biên bản kiểm tra việc niêm yết TTHC tại Bộ phận một cửa cấp huyện, cấp xã" },
  criterion "5.3" { title = "Giải quyết TTHC theo cơ chế một cửa, một cửa liên thông", max = 8,
    sub "5.3.1" { title = "Tỷ lệ hồ sơ TTHC cấp huyện được giải quyết đúng hạn", max = 4,
      score = scale.bands("one_stop_ontime_ratio", { { 1.0, 4 }, { 0.98, 3 }, { 0.95, 2 }, { 0.9, 1 }, { 0, 0 } }),
      evidence = "Thống kê hồ sơ trên Hệ thống thông tin một cửa điện tử tỉnh (cấp huyện)" },
    sub "5.3.2" { title = "Tỷ lệ hồ sơ TTHC cấp xã được giải quyết đúng hạn", max = 3.5,
      score = scale.bands("commune_ontime_ratio", { { 1.0, 3.5 }, { 0.98, 2.5 }, { 0.95, 1.5 }, { 0.9, 0.5 }, { 0, 0 } }),
      evidence = "Báo cáo tình hình giải quyết TTHC của UBND các xã, phường, thị trấn" },
    sub "5.3.3" { title = "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn", max = 0.5,
      score = late_apology,
      evidence = "Phiếu xin lỗi và hẹn lại ngày trả kết quả" },
  },
  criterion "5.4" { title = "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", max = 2,
    score = feedback,
    evidence = "Sổ theo dõi phản ánh, kiến nghị; văn bản trả lời, công khai kết quả xử lý" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 6. Cải cách tổ chức bộ máy — 9 điểm [U]; chung
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 6 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "org_functions_regulated"            { type = "bool",   agency = "SNV",                                        label = "Đã quy định chức năng, nhiệm vụ của các phòng, đơn vị trực thuộc đúng quy định" }
fact "org_restructure_ratio"              { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ nội dung sắp xếp tổ chức bộ máy hoàn thành theo lộ trình" }
fact "staff_within_quota"                 { type = "bool",   agency = "SNV",                                        label = "Biên chế công chức, số người làm việc không vượt số được giao" }
fact "staff_reduction_target_ratio"       { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ tinh giản biên chế đạt so với lộ trình" }

field "6" { title = "Cải cách tổ chức bộ máy hành chính", max = 9, lead = "SNV", kinds = { "department", "district" },
  criterion "6.1" { title = "Quy định chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị trực thuộc đúng quy định", max = 2,
    score = scale.binary("org_functions_regulated"),
    evidence = "Quyết định quy định chức năng, nhiệm vụ, quyền hạn của các phòng, đơn vị trực thuộc" },
  criterion "6.2" { title = "Sắp xếp, kiện toàn tổ chức bộ máy theo Nghị quyết 18-NQ/TW, 19-NQ/TW (tỷ lệ lộ trình năm 2019)", max = 3,
    score = scale.bands("org_restructure_ratio", { { 1.0, 3 }, { 0.8, 2 }, { 0.5, 1 }, { 0, 0 } }),
    evidence = "Đề án, quyết định sắp xếp; báo cáo kết quả thực hiện lộ trình năm 2019" },
  criterion "6.3" { title = "Sử dụng biên chế công chức, số lượng người làm việc không vượt số được giao", max = 2,
    score = scale.binary("staff_within_quota"),
    evidence = "Quyết định giao biên chế năm 2019; báo cáo số lượng thực có" },
  criterion "6.4" { title = "Thực hiện tinh giản biên chế theo lộ trình", max = 2,
    score = scale.bands("staff_reduction_target_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } }),
    evidence = "Kế hoạch tinh giản biên chế giai đoạn 2015-2021; báo cáo kết quả năm 2019" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 7. Đội ngũ cán bộ, công chức, viên chức — 13 điểm [U]; chung
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 7 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "staff_match_job_positions"          { type = "bool",   agency = "SNV",                                        label = "Bố trí công chức, viên chức đúng vị trí việc làm được phê duyệt" }
fact "personnel_compliant"                { type = "bool",   agency = "SNV",                                        label = "Tuyển dụng, bổ nhiệm, nâng ngạch công chức, viên chức đúng quy định" }
fact "training_completion_ratio"          { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng" }
fact "discipline_inspection_points"       { type = "points", agency = "SNV",    unit = "điểm",  min = 0, max = 2.5, label = "Điểm của Đoàn kiểm tra công vụ (giờ giấc, văn hóa công sở, thực thi công vụ)" }
fact "staff_disciplined_count"            { type = "number", agency = "SNV",    unit = "người", min = 0,            label = "Số cán bộ, công chức, viên chức bị kỷ luật trong năm" }

field "7" { title = "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", max = 13, lead = "SNV",
            kinds = { "department", "district" },
  criterion "7.1" { title = "Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt", max = 2,
    score = scale.binary("staff_match_job_positions"),
    evidence = "Quyết định phê duyệt vị trí việc làm; báo cáo rà soát bố trí công chức, viên chức" },
  criterion "7.2" { title = "Tuyển dụng, bổ nhiệm, nâng ngạch công chức, viên chức đúng quy định", max = 3,
    score = scale.binary("personnel_compliant"),
    evidence = "Hồ sơ tuyển dụng, bổ nhiệm năm 2019; kết luận thanh tra, kiểm tra công vụ" },
  criterion "7.3" { title = "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức", max = 3,
    score = scale.bands("training_completion_ratio", { { 1.0, 3 }, { 0.8, 1.5 }, { 0, 0 } }),
    evidence = "Kế hoạch và báo cáo kết quả đào tạo, bồi dưỡng năm 2019" },
  criterion "7.4" { title = "Chấp hành kỷ luật, kỷ cương hành chính", max = 5,
    sub "7.4.1" { title = "Kết quả kiểm tra công vụ: giờ giấc, văn hóa công sở, thực thi công vụ", max = 2.5,
      score = scale.points("discipline_inspection_points"),
      evidence = "Biên bản kiểm tra công vụ của Sở Nội vụ (điểm do Đoàn kiểm tra chấm)" },
    sub "7.4.2" { title = "Cán bộ, công chức, viên chức bị kỷ luật trong năm", max = 2.5,
      score = scale.at_most("staff_disciplined_count", { { 0, 2.5 }, { 1, 1.25 } }),
      evidence = "Quyết định kỷ luật cán bộ, công chức, viên chức năm 2019 (nếu có)" },
  },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 8. Cải cách tài chính công — 10 điểm [U]; chung
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 8 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "internal_spending_rules_date"       { type = "date",   agency = "STC",    unit = "ngày",                      label = "Ngày ban hành quy chế chi tiêu nội bộ, quy chế sử dụng tài sản công năm 2019" }
fact "has_public_service_units"           { type = "bool",   agency = "STC",                                        label = "Có đơn vị sự nghiệp công lập trực thuộc" }
fact "psu_autonomy_ratio"                 { type = "ratio",  agency = "STC",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính" }
fact "audit_recommendations_received"     { type = "bool",   agency = "STC",                                        label = "Có kết luận, kiến nghị của thanh tra, kiểm toán về tài chính, ngân sách" }
fact "audit_recommendations_done_ratio"   { type = "ratio",  agency = "STC",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ kiến nghị của thanh tra, kiểm toán đã thực hiện" }
fact "budget_execution_ratio"             { type = "ratio",  agency = "STC",    unit = "%",     min = 0, max = 1,   label = "Tỷ lệ giải ngân kế hoạch vốn, thực hiện dự toán chi ngân sách được giao" }

field "8" { title = "Cải cách tài chính công", max = 10, lead = "STC", kinds = { "department", "district" },
  criterion "8.1" { title = "Ban hành quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công năm 2019 kịp thời", max = 2,
    score = scale.timeliness("internal_spending_rules_date", { due = "31/03/2019", late = 0.5 }),
    evidence = "Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công năm 2019" },
  -- departments and districts without public service units of their own
  criterion "8.2" { title = "Giao quyền tự chủ cho đơn vị sự nghiệp công lập trực thuộc (Nghị định 16/2015/NĐ-CP)", max = 3,
    score = scale.applicable_if("has_public_service_units",
              scale.bands("psu_autonomy_ratio", { { 1.0, 3 }, { 0.8, 2 }, { 0.5, 1 }, { 0, 0 } })),
    evidence = "Quyết định giao quyền tự chủ cho các đơn vị sự nghiệp công lập trực thuộc" },
  criterion "8.3" { title = "Thực hiện kết luận, kiến nghị của thanh tra, kiểm toán về tài chính, ngân sách", max = 2,
    score = scale.applicable_if("audit_recommendations_received",
              scale.bands("audit_recommendations_done_ratio", { { 1.0, 2 }, { 0.8, 1 }, { 0, 0 } })),
    evidence = "Kết luận thanh tra, báo cáo kiểm toán; báo cáo kết quả thực hiện kiến nghị" },
  criterion "8.4" { title = "Tỷ lệ giải ngân kế hoạch vốn, thực hiện dự toán chi ngân sách được giao", max = 3,
    score = scale.bands("budget_execution_ratio", { { 0.95, 3 }, { 0.85, 2 }, { 0.7, 1 }, { 0, 0 } }),
    evidence = "Báo cáo quyết toán, số liệu giải ngân của Kho bạc Nhà nước tỉnh đến 31/12/2019" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 9. Hiện đại hóa hành chính — 14 điểm [U]; chung
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 9 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "e_documents_ratio"                  { type = "ratio",  agency = "STTTT",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử" }
fact "online_services_l34_ratio"          { type = "ratio",  agency = "STTTT",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4" }
fact "online_applications_ratio"          { type = "ratio",  agency = "STTTT",  unit = "%",     min = 0, max = 1,   label = "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến mức độ 3, 4" }
fact "iso_points"                         { type = "points", agency = "SKHCN",  unit = "điểm",  min = 0, max = 4,   label = "Điểm của Đoàn kiểm tra ISO 9001:2015" }

field "9" { title = "Hiện đại hóa hành chính", max = 14, lead = "STTTT", kinds = { "department", "district" },
  criterion "9.1" { title = "Tỷ lệ văn bản đi được gửi dưới dạng điện tử qua phần mềm quản lý văn bản và điều hành", max = 5,
    score = scale.bands("e_documents_ratio", { { 0.9, 5 }, { 0.7, 3 }, { 0.5, 1.5 }, { 0, 0 } }),
    evidence = "Thống kê trên phần mềm quản lý văn bản và điều hành của tỉnh" },
  criterion "9.2" { title = "Cung cấp dịch vụ công trực tuyến mức độ 3, 4", max = 5,
    sub "9.2.1" { title = "Tỷ lệ TTHC được cung cấp trực tuyến mức độ 3, 4", max = 2,
      score = if_has_procedures(scale.bands("online_services_l34_ratio", { { 0.3, 2 }, { 0.2, 1 }, { 0, 0 } })),
      evidence = "Danh mục dịch vụ công trực tuyến mức độ 3, 4 trên Cổng dịch vụ công tỉnh" },
    sub "9.2.2" { title = "Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến mức độ 3, 4", max = 3,
      score = if_has_procedures(scale.bands("online_applications_ratio", { { 0.2, 3 }, { 0.1, 2 }, { 0.05, 1 }, { 0, 0 } })),
      evidence = "Thống kê hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh" },
  },
  criterion "9.3" { title = "Áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", max = 4,
    lead = "SKHCN",
    score = scale.points("iso_points"),
    evidence = "Quyết định công bố HTQLCL; biên bản kiểm tra của Sở Khoa học và Công nghệ (điểm do Đoàn kiểm tra chấm)" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 10. Điều tra xã hội học — 20 điểm [U]; chung.  Survey-assessed, never self-scored:
-- each fact is the weighted mean share of the answers, 0..1 (A = 100%, B = 60%, C = 20%, D = 0).
---------------------------------------------------------------------------------------------
-- Dữ kiện của lĩnh vực 10 (fact dictionary): mã, kiểu, cơ quan cung cấp, đơn vị tính, giới hạn, nhãn
fact "sipas_satisfaction"                 { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: mức độ hài lòng của người dân, tổ chức về giải quyết TTHC (tỷ lệ điểm)" }
fact "survey_leaders"                     { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: đánh giá của đại biểu HĐND, lãnh đạo sở, ngành, huyện (tỷ lệ điểm)" }
fact "survey_staff"                       { type = "ratio",  agency = "SNV",    unit = "%",     min = 0, max = 1,   label = "Điều tra XHH: đánh giá của công chức, viên chức trong cơ quan (tỷ lệ điểm)" }

field "10" { title = "Đánh giá qua điều tra xã hội học", max = 20, lead = "SNV", kinds = { "department", "district" },
  criterion "10.1" { title = "Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC của cơ quan, đơn vị", max = 8,
    survey = true, score = if_has_procedures(scale.share("sipas_satisfaction")) },
  criterion "10.2" { title = "Đánh giá của đại biểu HĐND tỉnh, lãnh đạo các sở, ngành, huyện về công tác CCHC của cơ quan, đơn vị", max = 6,
    survey = true, score = scale.share("survey_leaders") },
  criterion "10.3" { title = "Đánh giá của công chức, viên chức về công tác CCHC trong cơ quan, đơn vị", max = 6,
    survey = true, score = scale.share("survey_staff") },
}

---------------------------------------------------------------------------------------------
-- Bonus and penalty points [U], outside the 100 points (provinces' internal indexes add
-- điểm thưởng for recognised reform initiatives and take off điểm trừ for reprimands): each
-- item is a points fact the appraisal council enters; a unit gets at most 2 bonus points and
-- loses at most 3, and its total stays within its own maximum.
---------------------------------------------------------------------------------------------
fact "par_initiative_points"              { type = "points", agency = "SNV",    min = 0, max = 1,   label = "Điểm thưởng: sáng kiến, giải pháp CCHC được cấp có thẩm quyền công nhận" }
fact "par_award_points"                   { type = "points", agency = "SNV",    min = 0, max = 1.5, label = "Điểm thưởng: được khen thưởng về công tác CCHC trong năm" }
fact "par_reprimand_points"               { type = "points", agency = "SNV",    min = 0, max = 3,   label = "Điểm trừ: bị phê bình, nhắc nhở về công tác CCHC hoặc chậm thực hiện nhiệm vụ được giao" }

bonus   { code = "T1", title = "Sáng kiến, giải pháp CCHC được công nhận", max = 1, fact = "par_initiative_points" }
bonus   { code = "T2", title = "Khen thưởng về công tác CCHC", max = 1.5, fact = "par_award_points" }
penalty { code = "P1", title = "Bị phê bình, nhắc nhở về CCHC", max = 3, fact = "par_reprimand_points" }

---------------------------------------------------------------------------------------------
-- Deadlines of the internal plan [U], set around plan 2756/KH-UBND's own dates [C]: the lists
-- of respondents by 29/11/2019 and the province's self-assessment by 25/12/2019.
---------------------------------------------------------------------------------------------
local APPRAISERS = { "SNV", "STP", "STC", "STTTT", "SKHCN", "VPUBND" }

calendar(require "calendar_vn") -- working days for `paridx deadlines` and `paridx remind`

deadline { code = "DS_DTXHH", task = "Lập danh sách đối tượng điều tra xã hội học của cơ quan, đơn vị, gửi Sở Nội vụ",
           by = ASSESSED, due = "29/11/2019", to = "SNV" }
deadline { code = "TU_CHAM", task = "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2019 kèm tài liệu kiểm chứng, gửi Sở Nội vụ",
           by = ASSESSED, due = "16/12/2019", to = "SNV", stage = "self" }
deadline { code = "PHIEU", task = "Phát, thu phiếu điều tra xã hội học và chuyển kết quả về Sở Nội vụ",
           by = { "BDT" }, due = "20/12/2019", to = "SNV" }
deadline { code = "THAM_DINH", task = "Thẩm định kết quả tự đánh giá theo lĩnh vực được phân công (Hội đồng thẩm định)",
           by = APPRAISERS, due = "10/01/2020", to = "SNV" }
deadline { code = "TRINH", task = "Tổng hợp kết quả thẩm định và điều tra xã hội học, trình UBND tỉnh phê duyệt Chỉ số CCHC năm 2019",
           by = { "SNV" }, due = "20/01/2020", to = "UBND" }
deadline { code = "CONG_BO", task = "Công bố Chỉ số CCHC năm 2019 của các sở, ban, ngành và UBND các huyện, thành phố",
           by = { "UBND" }, due = "28/02/2020" }

---------------------------------------------------------------------------------------------
-- The sociological survey of field 10 [U]: who is asked about each department and district,
-- who lists them, and the three questions (one per criterion); options as MOHA's forms.
---------------------------------------------------------------------------------------------
survey_group { code = "LANHDAO", name = "Đại biểu HĐND tỉnh, lãnh đạo các sở, ngành, huyện",
               min = 60, by = { "SNV" } }
survey_group { code = "CONGCHUC", name = "Công chức, viên chức của cơ quan, đơn vị được đánh giá",
               per_agency = 30, by = ASSESSED }
survey_group { code = "NGUOIDAN", name = "Người dân, tổ chức giao dịch với cơ quan (qua Bưu điện tỉnh)",
               by = { "BDT" } }

local OPTIONS = { { "A", 1 }, { "B", 0.6 }, { "C", 0.2 }, { "D", 0 }, { "E", "không biết" } }
question "Q1" { text = "Ông/bà hài lòng thế nào với việc giải quyết thủ tục hành chính của cơ quan?",
                sub = "10.1", options = OPTIONS, groups = { NGUOIDAN = 1 }, min_answers = 30 }
question "Q2" { text = "Ông/bà đánh giá thế nào về công tác cải cách hành chính của cơ quan?",
                sub = "10.2", options = OPTIONS, groups = { LANHDAO = 1 }, min_answers = 30 }
question "Q3" { text = "Ông/bà đánh giá thế nào về công tác cải cách hành chính trong cơ quan mình?",
                sub = "10.3", options = OPTIONS, groups = { CONGCHUC = 1 }, min_answers = 30 }
