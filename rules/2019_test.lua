-- rules/2019_test.lua — the rule author's test cases for rules/2019.lua (run them with
-- `paridx test rules/2019.lua`): every leaf, with one case at each boundary of its scale.
-- Uses: the `cases` declaration and paridx.NA (rules/README.md, section 6).
--
-- How to read and extend (next year: copy this file beside the new rule file and edit):
--   * Facts are written the way users type them in the spreadsheet: "có", "không", "85%", "0,8",
--     "25/12/2019", "không áp dụng"; a bare Lua number (0.7999) is used only to sit just below a
--     threshold.  The expectations were worked out by hand from each scale in rules/2019.lua.
--   * Per scale kind, the boundaries covered are:
--       binary       có → tối đa; không → 0; thiếu → 0; 1 / 0 as numbers
--       timeliness   on the due date → tối đa; the day after → 0,5 × tối đa; thiếu → 0
--                    (and somewhere the words "đúng hạn", "trễ hạn", "không")
--       bands        100%; each threshold exactly and just below it; 0; thiếu; a value out of
--                    range (above 100% where the scale has no over_100) → "data error"
--       points       0; tối đa; a middle value; above tối đa → "data error"
--       share        0; 1 → tối đa; a middle value; above 100% → "data error"
--       applicable_if  không → paridx.NA; có with the inner scale's boundaries
--   * When a threshold or a maximum changes in the rule file, change the matching lines here.

---------------------------------------------------------------------------------------------
-- Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC (9 điểm)
---------------------------------------------------------------------------------------------

-- 1.1.1 timeliness, hạn 31/12/2018, tối đa 0,5
cases "1.1.1" {
  { facts = { par_plan_issued_date = "31/12/2018" }, expect = 0.5, note = "đúng ngày hạn" },
  { facts = { par_plan_issued_date = "15/12/2018" }, expect = 0.5, note = "trước hạn" },
  { facts = { par_plan_issued_date = "2018-12-31" }, expect = 0.5, note = "ngày kiểu ISO" },
  { facts = { par_plan_issued_date = "01/01/2019" }, expect = 0.25, note = "trễ một ngày" },
  { facts = { par_plan_issued_date = "đúng hạn" }, expect = 0.5 },
  { facts = { par_plan_issued_date = "trễ hạn" }, expect = 0.25 },
  { facts = { par_plan_issued_date = "không" }, expect = 0, note = "không ban hành" },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_plan_issued_date = "không áp dụng" }, expect = paridx.NA },
  { facts = { par_plan_issued_date = "sớm" }, expect = "data error", note = "không phải ngày" },
}

-- 1.1.2 bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "1.1.2" {
  { facts = { par_plan_completion_ratio = "100%" }, expect = 1.5 },
  { facts = { par_plan_completion_ratio = "99,99%" }, expect = 1, note = "ngay dưới 100%" },
  { facts = { par_plan_completion_ratio = "80%" }, expect = 1, note = "đúng ngưỡng 80%" },
  { facts = { par_plan_completion_ratio = 0.7999 }, expect = 0.5, note = "ngay dưới 80%" },
  { facts = { par_plan_completion_ratio = "0,5" }, expect = 0.5, note = "đúng ngưỡng 50%" },
  { facts = { par_plan_completion_ratio = 0.4999 }, expect = 0, note = "ngay dưới 50%" },
  { facts = { par_plan_completion_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_plan_completion_ratio = "không áp dụng" }, expect = paridx.NA },
  { facts = { par_plan_completion_ratio = "120%" }, expect = "data error", note = "tỷ lệ quá 100%" },
  { facts = { par_plan_completion_ratio = "-5%" }, expect = "data error", note = "tỷ lệ âm" },
  { facts = { par_plan_completion_ratio = "nhiều" }, expect = "data error", note = "không phải số" },
}

-- 1.2 timeliness, hạn 15/12/2019, tối đa 1
cases "1.2" {
  { facts = { par_reports_timeliness = "15/12/2019" }, expect = 1, note = "đúng ngày hạn" },
  { facts = { par_reports_timeliness = "16/12/2019" }, expect = 0.5, note = "trễ một ngày" },
  { facts = { par_reports_timeliness = "đúng hạn" }, expect = 1 },
  { facts = { par_reports_timeliness = "trễ hạn" }, expect = 0.5 },
  { facts = { par_reports_timeliness = "không" }, expect = 0, note = "không gửi báo cáo" },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_reports_timeliness = 15 }, expect = "data error", note = "số không phải ngày" },
}

-- 1.3.1 bands ≥ 30% → 1; ≥ 20% → 0,5; còn lại 0
cases "1.3.1" {
  { facts = { par_inspected_units_ratio = "100%" }, expect = 1 },
  { facts = { par_inspected_units_ratio = "30%" }, expect = 1, note = "đúng ngưỡng 30%" },
  { facts = { par_inspected_units_ratio = 0.2999 }, expect = 0.5, note = "ngay dưới 30%" },
  { facts = { par_inspected_units_ratio = "0,2" }, expect = 0.5, note = "đúng ngưỡng 20%" },
  { facts = { par_inspected_units_ratio = 0.1999 }, expect = 0, note = "ngay dưới 20%" },
  { facts = { par_inspected_units_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_inspected_units_ratio = "120%" }, expect = "data error" },
}

-- 1.3.2 applicable_if par_inspection_issues_found; bands ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "1.3.2" {
  { facts = { par_inspection_issues_found = "không" }, expect = paridx.NA, note = "kiểm tra không phát hiện vấn đề" },
  { facts = { par_inspection_issues_found = "không", par_inspection_issues_handled_ratio = "100%" },
    expect = paridx.NA },
  { facts = { par_inspection_issues_found = "không áp dụng" }, expect = paridx.NA },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "100%" }, expect = 0.5 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = 0.9999 }, expect = 0.25 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "80%" }, expect = 0.25 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "0%" }, expect = 0 },
  { facts = { par_inspection_issues_found = "có" }, expect = 0, note = "thiếu tỷ lệ xử lý" },
  { facts = { par_inspection_issues_handled_ratio = "100%" }, expect = 0.5, note = "thiếu câu có/không: vẫn chấm" },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "120%" }, expect = "data error" },
  { facts = { par_inspection_issues_found = "vài", par_inspection_issues_handled_ratio = "100%" },
    expect = "data error", note = "không phải có/không" },
}

-- 1.4 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "1.4" {
  { facts = { par_communication_plan_ratio = "100%" }, expect = 1 },
  { facts = { par_communication_plan_ratio = 0.9999 }, expect = 0.5 },
  { facts = { par_communication_plan_ratio = "80%" }, expect = 0.5 },
  { facts = { par_communication_plan_ratio = 0.7999 }, expect = 0 },
  { facts = { par_communication_plan_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_communication_plan_ratio = "120%" }, expect = "data error" },
}

-- 1.5.1 points, tối đa 0,5
cases "1.5.1" {
  { facts = { par_initiatives_points = "0" }, expect = 0 },
  { facts = { par_initiatives_points = "0,25" }, expect = 0.25 },
  { facts = { par_initiatives_points = "0,5" }, expect = 0.5, note = "tối đa" },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_initiatives_points = "không áp dụng" }, expect = paridx.NA },
  { facts = { par_initiatives_points = "0,75" }, expect = "data error", note = "quá điểm tối đa" },
  { facts = { par_initiatives_points = "-0,25" }, expect = "data error", note = "điểm âm" },
  { facts = { par_initiatives_points = "có" }, expect = "data error", note = "không phải số" },
}

-- 1.5.2 binary, tối đa 0,5
cases "1.5.2" {
  { facts = { par_results_in_emulation = "có" }, expect = 0.5 },
  { facts = { par_results_in_emulation = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_results_in_emulation = 1 }, expect = 0.5 },
  { facts = { par_results_in_emulation = 0 }, expect = 0 },
  { facts = { par_results_in_emulation = "x" }, expect = 0.5, note = "dấu tích trong bảng" },
  { facts = { par_results_in_emulation = "không áp dụng" }, expect = paridx.NA },
  { facts = { par_results_in_emulation = 2 }, expect = "data error", note = "không phải có/không" },
  { facts = { par_results_in_emulation = "một phần" }, expect = "data error" },
}

-- 1.5.3 binary, tối đa 0,5
cases "1.5.3" {
  { facts = { par_satisfaction_measured = "có" }, expect = 0.5 },
  { facts = { par_satisfaction_measured = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_satisfaction_measured = "1" }, expect = 0.5 },
}

-- 1.6 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "1.6" {
  { facts = { gov_tasks_completed_ratio = "100%" }, expect = 1 },
  { facts = { gov_tasks_completed_ratio = "99,99%" }, expect = 0.5 },
  { facts = { gov_tasks_completed_ratio = "0,8" }, expect = 0.5 },
  { facts = { gov_tasks_completed_ratio = 0.7999 }, expect = 0 },
  { facts = { gov_tasks_completed_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { gov_tasks_completed_ratio = "101%" }, expect = "data error" },
}

-- 1.7.1 share (điều tra xã hội học), tối đa 0,5
cases "1.7.1" {
  { facts = { survey_par_plan_quality = 0 }, expect = 0 },
  { facts = { survey_par_plan_quality = 1 }, expect = 0.5 },
  { facts = { survey_par_plan_quality = "87,8%" }, expect = 0.439, tol = 1e-12 },
  { facts = {}, expect = 0, note = "chưa có kết quả điều tra" },
  { facts = { survey_par_plan_quality = "120%" }, expect = "data error" },
}

-- 1.7.2 share, tối đa 0,5
cases "1.7.2" {
  { facts = { survey_par_communication_impact = "0%" }, expect = 0 },
  { facts = { survey_par_communication_impact = "100%" }, expect = 0.5 },
  { facts = { survey_par_communication_impact = "0,75" }, expect = 0.375, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_par_communication_impact = 1.01 }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 2. Xây dựng và tổ chức thực hiện văn bản QPPL (10 điểm)
---------------------------------------------------------------------------------------------

-- 2.1.1 bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "2.1.1" {
  { facts = { legal_docs_issued_ratio = "100%" }, expect = 1.5 },
  { facts = { legal_docs_issued_ratio = 0.9999 }, expect = 1 },
  { facts = { legal_docs_issued_ratio = "80%" }, expect = 1 },
  { facts = { legal_docs_issued_ratio = 0.7999 }, expect = 0.5 },
  { facts = { legal_docs_issued_ratio = "50%" }, expect = 0.5 },
  { facts = { legal_docs_issued_ratio = 0.4999 }, expect = 0 },
  { facts = { legal_docs_issued_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { legal_docs_issued_ratio = "120%" }, expect = "data error" },
}

-- 2.1.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "2.1.2" {
  { facts = { legal_detail_docs_on_time_ratio = "100%" }, expect = 1 },
  { facts = { legal_detail_docs_on_time_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_detail_docs_on_time_ratio = "80%" }, expect = 0.5 },
  { facts = { legal_detail_docs_on_time_ratio = 0.7999 }, expect = 0 },
  { facts = { legal_detail_docs_on_time_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { legal_detail_docs_on_time_ratio = "không áp dụng" }, expect = paridx.NA,
    note = "năm không được giao văn bản quy định chi tiết" },
  { facts = { legal_detail_docs_on_time_ratio = "120%" }, expect = "data error" },
}

-- 2.2.1 timeliness, hạn 31/01/2019, tối đa 0,5
cases "2.2.1" {
  { facts = { legal_review_plan_date = "31/01/2019" }, expect = 0.5 },
  { facts = { legal_review_plan_date = "01/02/2019" }, expect = 0.25 },
  { facts = { legal_review_plan_date = "trễ hạn" }, expect = 0.25 },
  { facts = {}, expect = 0 },
}

-- 2.2.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "2.2.2" {
  { facts = { legal_review_completion_ratio = "100%" }, expect = 1 },
  { facts = { legal_review_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_review_completion_ratio = "80%" }, expect = 0.5 },
  { facts = { legal_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = { legal_review_completion_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { legal_review_completion_ratio = "120%" }, expect = "data error" },
}

-- 2.2.3 applicable_if legal_unlawful_docs_found; bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "2.2.3" {
  { facts = { legal_unlawful_docs_found = "không" }, expect = paridx.NA, note = "không phát hiện văn bản trái pháp luật" },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = "100%" }, expect = 1 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = "80%" }, expect = 0.5 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0 }, expect = 0 },
  { facts = { legal_unlawful_docs_found = "có" }, expect = 0 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = "120%" }, expect = "data error" },
}

-- 2.3.1 binary, tối đa 0,5
cases "2.3.1" {
  { facts = { law_monitoring_plan_issued = "có" }, expect = 0.5 },
  { facts = { law_monitoring_plan_issued = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { law_monitoring_plan_issued = 1 }, expect = 0.5 },
}

-- 2.3.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "2.3.2" {
  { facts = { law_monitoring_completion_ratio = "100%" }, expect = 1 },
  { facts = { law_monitoring_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { law_monitoring_completion_ratio = "0,8" }, expect = 0.5 },
  { facts = { law_monitoring_completion_ratio = 0.7999 }, expect = 0 },
  { facts = { law_monitoring_completion_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { law_monitoring_completion_ratio = "120%" }, expect = "data error" },
}

-- 2.4.1 share, tối đa 1,5
cases "2.4.1" {
  { facts = { survey_legal_docs_feasibility = 0 }, expect = 0 },
  { facts = { survey_legal_docs_feasibility = 1 }, expect = 1.5 },
  { facts = { survey_legal_docs_feasibility = "87,8%" }, expect = 1.317, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_legal_docs_feasibility = "120%" }, expect = "data error" },
}

-- 2.4.2 share, tối đa 1
cases "2.4.2" {
  { facts = { survey_legal_docs_consistency = 0 }, expect = 0 },
  { facts = { survey_legal_docs_consistency = 1 }, expect = 1 },
  { facts = { survey_legal_docs_consistency = "66,5%" }, expect = 0.665, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_legal_docs_consistency = "120%" }, expect = "data error" },
}

-- 2.4.3 share, tối đa 1
cases "2.4.3" {
  { facts = { survey_legal_docs_implementation = 0 }, expect = 0 },
  { facts = { survey_legal_docs_implementation = 1 }, expect = 1 },
  { facts = { survey_legal_docs_implementation = "0,75" }, expect = 0.75, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_legal_docs_implementation = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 3. Cải cách thủ tục hành chính (13 điểm)
---------------------------------------------------------------------------------------------

-- 3.1.1 timeliness, hạn 31/01/2019, tối đa 0,5
cases "3.1.1" {
  { facts = { tthc_review_plan_date = "31/01/2019" }, expect = 0.5 },
  { facts = { tthc_review_plan_date = "01/02/2019" }, expect = 0.25 },
  { facts = { tthc_review_plan_date = "đúng hạn" }, expect = 0.5 },
  { facts = {}, expect = 0 },
}

-- 3.1.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "3.1.2" {
  { facts = { tthc_review_completion_ratio = "100%" }, expect = 1 },
  { facts = { tthc_review_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_review_completion_ratio = "80%" }, expect = 0.5 },
  { facts = { tthc_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = { tthc_review_completion_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { tthc_review_completion_ratio = "120%" }, expect = "data error" },
}

-- 3.1.3 timeliness, hạn 20/12/2019, tối đa 0,5
cases "3.1.3" {
  { facts = { tthc_reports_timeliness = "20/12/2019" }, expect = 0.5 },
  { facts = { tthc_reports_timeliness = "21/12/2019" }, expect = 0.25 },
  { facts = { tthc_reports_timeliness = "đúng hạn" }, expect = 0.5 },
  { facts = { tthc_reports_timeliness = "trễ hạn" }, expect = 0.25 },
  { facts = { tthc_reports_timeliness = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}

-- 3.2.1 bands ≥ 100% → 1; ≥ 90% → 0,5; còn lại 0
cases "3.2.1" {
  { facts = { tthc_announced_on_time_ratio = "100%" }, expect = 1 },
  { facts = { tthc_announced_on_time_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_announced_on_time_ratio = "90%" }, expect = 0.5, note = "đúng ngưỡng 90%" },
  { facts = { tthc_announced_on_time_ratio = 0.8999 }, expect = 0, note = "ngay dưới 90%" },
  { facts = { tthc_announced_on_time_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { tthc_announced_on_time_ratio = "120%" }, expect = "data error" },
}

-- 3.2.2 bands ≥ 100% → 1; ≥ 90% → 0,5; còn lại 0
cases "3.2.2" {
  { facts = { tthc_published_ratio = "100%" }, expect = 1 },
  { facts = { tthc_published_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_published_ratio = "0,9" }, expect = 0.5 },
  { facts = { tthc_published_ratio = 0.8999 }, expect = 0 },
  { facts = { tthc_published_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { tthc_published_ratio = "120%" }, expect = "data error" },
}

-- 3.3.1 custom: chưa thành lập Bộ phận một cửa (hoặc không có dữ liệu) → 0; đã thành lập:
--       bands one_stop_procedures_ratio ≥ 100% → 1,5; ≥ 90% → 1; còn lại 0,5 (tỷ lệ 0% vẫn 0,5)
cases "3.3.1" {
  { facts = { one_stop_center_established = "không", one_stop_procedures_ratio = "100%" }, expect = 0,
    note = "chưa thành lập thì không tính tỷ lệ" },
  { facts = { one_stop_center_established = "không" }, expect = 0 },
  { facts = { one_stop_procedures_ratio = "100%" }, expect = 0, note = "thiếu câu đã thành lập" },
  { facts = {}, expect = 0 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "100%" }, expect = 1.5 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0.9999 }, expect = 1 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "90%" }, expect = 1 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0.8999 }, expect = 0.5 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "0%" }, expect = 0.5,
    note = "hàng cuối {0, 0,5}: đã thành lập là có 0,5" },
  { facts = { one_stop_center_established = "có" }, expect = 0, note = "thiếu tỷ lệ TTHC" },
  { facts = { one_stop_center_established = 1, one_stop_procedures_ratio = "95%" }, expect = 1 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "không áp dụng" }, expect = paridx.NA },
  { facts = { one_stop_center_established = "không áp dụng" }, expect = "data error", note = "tỉnh nào cũng phải có" },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "120%" }, expect = "data error" },
  { facts = { one_stop_center_established = 2, one_stop_procedures_ratio = "100%" }, expect = "data error",
    note = "không phải có/không" },
}

-- 3.3.2 bands ≥ 100% → 1; ≥ 95% → 0,5; còn lại 0
cases "3.3.2" {
  { facts = { one_stop_ontime_ratio_province = "100%" }, expect = 1 },
  { facts = { one_stop_ontime_ratio_province = 0.9999 }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_province = "95%" }, expect = 0.5, note = "đúng ngưỡng 95%" },
  { facts = { one_stop_ontime_ratio_province = 0.9499 }, expect = 0, note = "ngay dưới 95%" },
  { facts = { one_stop_ontime_ratio_province = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { one_stop_ontime_ratio_province = "120%" }, expect = "data error" },
}

-- 3.3.3 bands ≥ 100% → 1; ≥ 95% → 0,5; còn lại 0
cases "3.3.3" {
  { facts = { one_stop_ontime_ratio_local = "100%" }, expect = 1 },
  { facts = { one_stop_ontime_ratio_local = 0.9999 }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_local = "0,95" }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_local = 0.9499 }, expect = 0 },
  { facts = { one_stop_ontime_ratio_local = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { one_stop_ontime_ratio_local = "120%" }, expect = "data error" },
}

-- 3.3.4 applicable_if late_applications_exist; bands ≥ 100% → 0,5; còn lại 0
cases "3.3.4" {
  { facts = { late_applications_exist = "không" }, expect = paridx.NA, note = "không có hồ sơ trễ hạn" },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = "100%" }, expect = 0.5 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0.9999 }, expect = 0, note = "ngay dưới 100%" },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = "0%" }, expect = 0 },
  { facts = { late_applications_exist = "có" }, expect = 0 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = "120%" }, expect = "data error" },
}

-- 3.4 applicable_if feedback_received; bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "3.4" {
  { facts = { feedback_received = "không" }, expect = paridx.NA, note = "không nhận phản ánh, kiến nghị nào" },
  { facts = { feedback_received = 0 }, expect = paridx.NA },
  { facts = { feedback_received = "có", feedback_handled_ratio = "100%" }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { feedback_received = "có", feedback_handled_ratio = "80%" }, expect = 0.5 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0 }, expect = 0 },
  { facts = { feedback_received = "có" }, expect = 0 },
  { facts = { feedback_received = "có", feedback_handled_ratio = "120%" }, expect = "data error" },
}

-- 3.5.1 share, tối đa 1,5
cases "3.5.1" {
  { facts = { survey_tthc_simplicity = 0 }, expect = 0 },
  { facts = { survey_tthc_simplicity = 1 }, expect = 1.5 },
  { facts = { survey_tthc_simplicity = "0,75" }, expect = 1.125, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_tthc_simplicity = "120%" }, expect = "data error" },
}

-- 3.5.2 share, tối đa 1,5
cases "3.5.2" {
  { facts = { survey_tthc_transparency = 0 }, expect = 0 },
  { facts = { survey_tthc_transparency = 1 }, expect = 1.5 },
  { facts = { survey_tthc_transparency = "66,5%" }, expect = 0.9975, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_tthc_transparency = "120%" }, expect = "data error" },
}

-- 3.5.3 share, tối đa 1
cases "3.5.3" {
  { facts = { survey_one_stop_quality = 0 }, expect = 0 },
  { facts = { survey_one_stop_quality = 1 }, expect = 1 },
  { facts = { survey_one_stop_quality = "87,8%" }, expect = 0.878, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_one_stop_quality = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 4. Cải cách tổ chức bộ máy hành chính nhà nước (12 điểm)
---------------------------------------------------------------------------------------------

-- 4.1.1 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "4.1.1" {
  { facts = { org_function_regs_ratio = "100%" }, expect = 1 },
  { facts = { org_function_regs_ratio = 0.9999 }, expect = 0.5 },
  { facts = { org_function_regs_ratio = "80%" }, expect = 0.5 },
  { facts = { org_function_regs_ratio = 0.7999 }, expect = 0 },
  { facts = { org_function_regs_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { org_function_regs_ratio = "120%" }, expect = "data error" },
}

-- 4.1.2 binary, tối đa 1
cases "4.1.2" {
  { facts = { org_deputy_count_compliant = "có" }, expect = 1 },
  { facts = { org_deputy_count_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { org_deputy_count_compliant = 0 }, expect = 0 },
}

-- 4.1.3 bands ≥ 100% → 2; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "4.1.3" {
  { facts = { org_restructure_ratio = "100%" }, expect = 2 },
  { facts = { org_restructure_ratio = 0.9999 }, expect = 1 },
  { facts = { org_restructure_ratio = "80%" }, expect = 1 },
  { facts = { org_restructure_ratio = 0.7999 }, expect = 0.5 },
  { facts = { org_restructure_ratio = "50%" }, expect = 0.5 },
  { facts = { org_restructure_ratio = 0.4999 }, expect = 0 },
  { facts = { org_restructure_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { org_restructure_ratio = "120%" }, expect = "data error" },
}

-- 4.2.1 binary, tối đa 1,5
cases "4.2.1" {
  { facts = { staff_within_quota = "có" }, expect = 1.5 },
  { facts = { staff_within_quota = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { staff_within_quota = 1 }, expect = 1.5 },
}

-- 4.2.2 bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0 (không có over_100)
cases "4.2.2" {
  { facts = { staff_reduction_target_ratio = "100%" }, expect = 1.5 },
  { facts = { staff_reduction_target_ratio = 0.9999 }, expect = 1 },
  { facts = { staff_reduction_target_ratio = "80%" }, expect = 1 },
  { facts = { staff_reduction_target_ratio = 0.7999 }, expect = 0.5 },
  { facts = { staff_reduction_target_ratio = "0,5" }, expect = 0.5 },
  { facts = { staff_reduction_target_ratio = 0.4999 }, expect = 0 },
  { facts = { staff_reduction_target_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { staff_reduction_target_ratio = "120%" }, expect = "data error",
    note = "vượt lộ trình phải nhập 100% (thang không có over_100)" },
}

-- 4.3.1 binary, tối đa 1
cases "4.3.1" {
  { facts = { decentralisation_compliant = "có" }, expect = 1 },
  { facts = { decentralisation_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { decentralisation_compliant = "Có" }, expect = 1, note = "chữ hoa" },
}

-- 4.3.2 binary, tối đa 0,5
cases "4.3.2" {
  { facts = { decentralisation_inspected = "có" }, expect = 0.5 },
  { facts = { decentralisation_inspected = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { decentralisation_inspected = 1 }, expect = 0.5 },
}

-- 4.4.1 share, tối đa 1,5
cases "4.4.1" {
  { facts = { survey_org_structure = 0 }, expect = 0 },
  { facts = { survey_org_structure = 1 }, expect = 1.5 },
  { facts = { survey_org_structure = "87,8%" }, expect = 1.317, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_org_structure = "120%" }, expect = "data error" },
}

-- 4.4.2 share, tối đa 1
cases "4.4.2" {
  { facts = { survey_org_functions_clarity = 0 }, expect = 0 },
  { facts = { survey_org_functions_clarity = 1 }, expect = 1 },
  { facts = { survey_org_functions_clarity = "0,75" }, expect = 0.75, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_org_functions_clarity = "120%" }, expect = "data error" },
}

-- 4.4.3 share, tối đa 1
cases "4.4.3" {
  { facts = { survey_decentralisation = 0 }, expect = 0 },
  { facts = { survey_decentralisation = 1 }, expect = 1 },
  { facts = { survey_decentralisation = "66,5%" }, expect = 0.665, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_decentralisation = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 5. Xây dựng và nâng cao chất lượng đội ngũ CBCCVC (13,5 điểm)
---------------------------------------------------------------------------------------------

-- 5.1.1 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "5.1.1" {
  { facts = { job_positions_approved_ratio = "100%" }, expect = 1 },
  { facts = { job_positions_approved_ratio = 0.9999 }, expect = 0.5 },
  { facts = { job_positions_approved_ratio = "80%" }, expect = 0.5 },
  { facts = { job_positions_approved_ratio = 0.7999 }, expect = 0 },
  { facts = { job_positions_approved_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { job_positions_approved_ratio = "120%" }, expect = "data error" },
}

-- 5.1.2 binary, tối đa 0,5
cases "5.1.2" {
  { facts = { staff_match_job_positions = "có" }, expect = 0.5 },
  { facts = { staff_match_job_positions = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { staff_match_job_positions = 1 }, expect = 0.5 },
}

-- 5.2.1 binary, tối đa 1
cases "5.2.1" {
  { facts = { recruitment_compliant = "có" }, expect = 1 },
  { facts = { recruitment_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { recruitment_compliant = "đạt" }, expect = 1 },
}

-- 5.2.2 binary, tối đa 1
cases "5.2.2" {
  { facts = { appointment_compliant = "có" }, expect = 1 },
  { facts = { appointment_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { appointment_compliant = "không đạt" }, expect = 0 },
}

-- 5.3 binary, tối đa 1
cases "5.3" {
  { facts = { staff_evaluation_compliant = "có" }, expect = 1 },
  { facts = { staff_evaluation_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { staff_evaluation_compliant = 1 }, expect = 1 },
}

-- 5.4.1 timeliness, hạn 31/01/2019, tối đa 0,5
cases "5.4.1" {
  { facts = { training_plan_date = "31/01/2019" }, expect = 0.5 },
  { facts = { training_plan_date = "01/02/2019" }, expect = 0.25 },
  { facts = { training_plan_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}

-- 5.4.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "5.4.2" {
  { facts = { training_completion_ratio = "100%" }, expect = 1 },
  { facts = { training_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { training_completion_ratio = "80%" }, expect = 0.5 },
  { facts = { training_completion_ratio = 0.7999 }, expect = 0 },
  { facts = { training_completion_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { training_completion_ratio = "120%" }, expect = "data error" },
}

-- 5.5.1 bands ≥ 100% → 1; ≥ 90% → 0,5; còn lại 0
cases "5.5.1" {
  { facts = { commune_staff_standard_ratio = "100%" }, expect = 1 },
  { facts = { commune_staff_standard_ratio = 0.9999 }, expect = 0.5 },
  { facts = { commune_staff_standard_ratio = "90%" }, expect = 0.5 },
  { facts = { commune_staff_standard_ratio = 0.8999 }, expect = 0 },
  { facts = { commune_staff_standard_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { commune_staff_standard_ratio = "120%" }, expect = "data error" },
}

-- 5.5.2 bands ≥ 80% → 0,5; ≥ 50% → 0,25; còn lại 0
cases "5.5.2" {
  { facts = { commune_staff_trained_ratio = "100%" }, expect = 0.5 },
  { facts = { commune_staff_trained_ratio = "80%" }, expect = 0.5, note = "đúng ngưỡng 80%" },
  { facts = { commune_staff_trained_ratio = 0.7999 }, expect = 0.25 },
  { facts = { commune_staff_trained_ratio = "50%" }, expect = 0.25 },
  { facts = { commune_staff_trained_ratio = 0.4999 }, expect = 0 },
  { facts = { commune_staff_trained_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { commune_staff_trained_ratio = "120%" }, expect = "data error" },
}

-- 5.6.1 applicable_if discipline_violations_found; bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "5.6.1" {
  { facts = { discipline_violations_found = "không" }, expect = paridx.NA, note = "không có vi phạm" },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = "100%" }, expect = 1 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = "80%" }, expect = 0.5 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0 }, expect = 0 },
  { facts = { discipline_violations_found = "có" }, expect = 0 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = "120%" }, expect = "data error" },
}

-- 5.6.2 custom: số lãnh đạo bị kỷ luật 0 → tối đa (1); 1 → 0,5; từ 2 → 0; thiếu → 0
cases "5.6.2" {
  { facts = { leaders_disciplined_count = "0" }, expect = 1 },
  { facts = { leaders_disciplined_count = "1" }, expect = 0.5 },
  { facts = { leaders_disciplined_count = "2" }, expect = 0 },
  { facts = { leaders_disciplined_count = 7 }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { leaders_disciplined_count = "không áp dụng" }, expect = paridx.NA },
  { facts = { leaders_disciplined_count = "-1" }, expect = "data error", note = "số âm" },
  { facts = { leaders_disciplined_count = "không" }, expect = "data error", note = "phải nhập số người (0)" },
  { facts = { leaders_disciplined_count = "1,5" }, expect = "data error", note = "số người phải là số nguyên" },
}

-- 5.7.1 share, tối đa 1,5
cases "5.7.1" {
  { facts = { survey_recruitment_transparency = 0 }, expect = 0 },
  { facts = { survey_recruitment_transparency = 1 }, expect = 1.5 },
  { facts = { survey_recruitment_transparency = "87,8%" }, expect = 1.317, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_recruitment_transparency = "120%" }, expect = "data error" },
}

-- 5.7.2 share, tối đa 1,5
cases "5.7.2" {
  { facts = { survey_staff_competence = 0 }, expect = 0 },
  { facts = { survey_staff_competence = 1 }, expect = 1.5 },
  { facts = { survey_staff_competence = "0,75" }, expect = 1.125, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_staff_competence = "120%" }, expect = "data error" },
}

-- 5.7.3 share, tối đa 1
cases "5.7.3" {
  { facts = { survey_staff_ethics = 0 }, expect = 0 },
  { facts = { survey_staff_ethics = 1 }, expect = 1 },
  { facts = { survey_staff_ethics = "66,5%" }, expect = 0.665, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_staff_ethics = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 6. Đổi mới cơ chế quản lý tài chính công (12,5 điểm)
---------------------------------------------------------------------------------------------

-- 6.1.1 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "6.1.1" {
  { facts = { internal_spending_rules_ratio = "100%" }, expect = 1 },
  { facts = { internal_spending_rules_ratio = 0.9999 }, expect = 0.5 },
  { facts = { internal_spending_rules_ratio = "80%" }, expect = 0.5 },
  { facts = { internal_spending_rules_ratio = 0.7999 }, expect = 0 },
  { facts = { internal_spending_rules_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { internal_spending_rules_ratio = "120%" }, expect = "data error" },
}

-- 6.1.2 binary, tối đa 1
cases "6.1.2" {
  { facts = { budget_disclosed = "có" }, expect = 1 },
  { facts = { budget_disclosed = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { budget_disclosed = 0 }, expect = 0 },
}

-- 6.1.3 timeliness, hạn 31/10/2019, tối đa 0,5
cases "6.1.3" {
  { facts = { budget_settlement_report_date = "31/10/2019" }, expect = 0.5 },
  { facts = { budget_settlement_report_date = "01/11/2019" }, expect = 0.25 },
  { facts = { budget_settlement_report_date = "2019-11-01" }, expect = 0.25, note = "ngày kiểu ISO" },
  { facts = {}, expect = 0 },
}

-- 6.2.1 bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "6.2.1" {
  { facts = { psu_autonomy_ratio = "100%" }, expect = 1.5 },
  { facts = { psu_autonomy_ratio = 0.9999 }, expect = 1 },
  { facts = { psu_autonomy_ratio = "80%" }, expect = 1 },
  { facts = { psu_autonomy_ratio = 0.7999 }, expect = 0.5 },
  { facts = { psu_autonomy_ratio = "50%" }, expect = 0.5 },
  { facts = { psu_autonomy_ratio = 0.4999 }, expect = 0 },
  { facts = { psu_autonomy_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { psu_autonomy_ratio = "120%" }, expect = "data error" },
}

-- 6.2.2 points, tối đa 1,5 (0,5 điểm mỗi loại: danh mục, định mức, giá)
cases "6.2.2" {
  { facts = { public_service_pricing_points = 0 }, expect = 0 },
  { facts = { public_service_pricing_points = "1" }, expect = 1, note = "hai trong ba loại" },
  { facts = { public_service_pricing_points = "1,5" }, expect = 1.5, note = "tối đa" },
  { facts = {}, expect = 0 },
  { facts = { public_service_pricing_points = "2" }, expect = "data error", note = "quá điểm tối đa" },
}

-- 6.3.1 binary, tối đa 1
cases "6.3.1" {
  { facts = { public_assets_rules_issued = "có" }, expect = 1 },
  { facts = { public_assets_rules_issued = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { public_assets_rules_issued = 1 }, expect = 1 },
}

-- 6.3.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "6.3.2" {
  { facts = { public_property_rearranged_ratio = "100%" }, expect = 1 },
  { facts = { public_property_rearranged_ratio = 0.9999 }, expect = 0.5 },
  { facts = { public_property_rearranged_ratio = "80%" }, expect = 0.5 },
  { facts = { public_property_rearranged_ratio = 0.7999 }, expect = 0 },
  { facts = { public_property_rearranged_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { public_property_rearranged_ratio = "120%" }, expect = "data error" },
}

-- 6.4.1 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "6.4.1" {
  { facts = { audit_recommendations_done_ratio = "100%" }, expect = 1 },
  { facts = { audit_recommendations_done_ratio = 0.9999 }, expect = 0.5 },
  { facts = { audit_recommendations_done_ratio = "80%" }, expect = 0.5 },
  { facts = { audit_recommendations_done_ratio = 0.7999 }, expect = 0 },
  { facts = { audit_recommendations_done_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { audit_recommendations_done_ratio = "không áp dụng" }, expect = paridx.NA,
    note = "không có kiến nghị nào trong năm" },
  { facts = { audit_recommendations_done_ratio = "120%" }, expect = "data error" },
}

-- 6.4.2 binary, tối đa 0,5
cases "6.4.2" {
  { facts = { no_serious_financial_breach = "có" }, expect = 0.5 },
  { facts = { no_serious_financial_breach = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { no_serious_financial_breach = 1 }, expect = 0.5 },
}

-- 6.5.1 share, tối đa 1,5
cases "6.5.1" {
  { facts = { survey_psu_autonomy = 0 }, expect = 0 },
  { facts = { survey_psu_autonomy = 1 }, expect = 1.5 },
  { facts = { survey_psu_autonomy = "66,5%" }, expect = 0.9975, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_psu_autonomy = "120%" }, expect = "data error" },
}

-- 6.5.2 share, tối đa 1
cases "6.5.2" {
  { facts = { survey_finance_transparency = 0 }, expect = 0 },
  { facts = { survey_finance_transparency = 1 }, expect = 1 },
  { facts = { survey_finance_transparency = "87,8%" }, expect = 0.878, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_finance_transparency = "120%" }, expect = "data error" },
}

-- 6.5.3 share, tối đa 1
cases "6.5.3" {
  { facts = { survey_public_assets = 0 }, expect = 0 },
  { facts = { survey_public_assets = 1 }, expect = 1 },
  { facts = { survey_public_assets = "0,75" }, expect = 0.75, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_public_assets = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 7. Hiện đại hóa hành chính (13,5 điểm)
---------------------------------------------------------------------------------------------

-- 7.1.1 timeliness, hạn 31/12/2018, tối đa 0,5
cases "7.1.1" {
  { facts = { it_plan_date = "31/12/2018" }, expect = 0.5 },
  { facts = { it_plan_date = "01/01/2019" }, expect = 0.25 },
  { facts = { it_plan_date = "đúng hạn" }, expect = 0.5 },
  { facts = {}, expect = 0 },
}

-- 7.1.2 bands ≥ 90% → 1; ≥ 70% → 0,5; còn lại 0
cases "7.1.2" {
  { facts = { e_documents_ratio = "100%" }, expect = 1 },
  { facts = { e_documents_ratio = "90%" }, expect = 1, note = "đúng ngưỡng 90%" },
  { facts = { e_documents_ratio = 0.8999 }, expect = 0.5 },
  { facts = { e_documents_ratio = "70%" }, expect = 0.5, note = "đúng ngưỡng 70%" },
  { facts = { e_documents_ratio = 0.6999 }, expect = 0 },
  { facts = { e_documents_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { e_documents_ratio = "120%" }, expect = "data error" },
}

-- 7.1.3 bands ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "7.1.3" {
  { facts = { e_systems_coverage_ratio = "100%" }, expect = 2 },
  { facts = { e_systems_coverage_ratio = 0.9999 }, expect = 1 },
  { facts = { e_systems_coverage_ratio = "80%" }, expect = 1 },
  { facts = { e_systems_coverage_ratio = 0.7999 }, expect = 0 },
  { facts = { e_systems_coverage_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { e_systems_coverage_ratio = "120%" }, expect = "data error" },
}

-- 7.2.1 bands ≥ 30% → 1; ≥ 20% → 0,5; còn lại 0
cases "7.2.1" {
  { facts = { online_services_l34_ratio = "100%" }, expect = 1 },
  { facts = { online_services_l34_ratio = "30%" }, expect = 1 },
  { facts = { online_services_l34_ratio = 0.2999 }, expect = 0.5 },
  { facts = { online_services_l34_ratio = "20%" }, expect = 0.5 },
  { facts = { online_services_l34_ratio = 0.1999 }, expect = 0 },
  { facts = { online_services_l34_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { online_services_l34_ratio = "120%" }, expect = "data error" },
}

-- 7.2.2 bands ≥ 30% → 1; ≥ 10% → 0,5; còn lại 0
cases "7.2.2" {
  { facts = { online_applications_l3_ratio = "100%" }, expect = 1 },
  { facts = { online_applications_l3_ratio = "30%" }, expect = 1 },
  { facts = { online_applications_l3_ratio = 0.2999 }, expect = 0.5 },
  { facts = { online_applications_l3_ratio = "10%" }, expect = 0.5 },
  { facts = { online_applications_l3_ratio = 0.0999 }, expect = 0 },
  { facts = { online_applications_l3_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { online_applications_l3_ratio = "120%" }, expect = "data error" },
}

-- 7.2.3 bands ≥ 20% → 1; ≥ 5% → 0,5; còn lại 0
cases "7.2.3" {
  { facts = { online_applications_l4_ratio = "100%" }, expect = 1 },
  { facts = { online_applications_l4_ratio = "20%" }, expect = 1 },
  { facts = { online_applications_l4_ratio = 0.1999 }, expect = 0.5 },
  { facts = { online_applications_l4_ratio = "5%" }, expect = 0.5 },
  { facts = { online_applications_l4_ratio = "0,05" }, expect = 0.5 },
  { facts = { online_applications_l4_ratio = 0.0499 }, expect = 0 },
  { facts = { online_applications_l4_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { online_applications_l4_ratio = "120%" }, expect = "data error" },
}

-- 7.3 bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "7.3" {
  { facts = { postal_service_procedures_ratio = "100%" }, expect = 1.5 },
  { facts = { postal_service_procedures_ratio = 0.9999 }, expect = 1 },
  { facts = { postal_service_procedures_ratio = "80%" }, expect = 1 },
  { facts = { postal_service_procedures_ratio = 0.7999 }, expect = 0.5 },
  { facts = { postal_service_procedures_ratio = "50%" }, expect = 0.5 },
  { facts = { postal_service_procedures_ratio = 0.4999 }, expect = 0 },
  { facts = { postal_service_procedures_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { postal_service_procedures_ratio = "120%" }, expect = "data error" },
}

-- 7.4.1 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "7.4.1" {
  { facts = { iso_province_ratio = "100%" }, expect = 1 },
  { facts = { iso_province_ratio = 0.9999 }, expect = 0.5 },
  { facts = { iso_province_ratio = "80%" }, expect = 0.5 },
  { facts = { iso_province_ratio = 0.7999 }, expect = 0 },
  { facts = { iso_province_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { iso_province_ratio = "120%" }, expect = "data error" },
}

-- 7.4.2 bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "7.4.2" {
  { facts = { iso_district_ratio = "100%" }, expect = 1 },
  { facts = { iso_district_ratio = 0.9999 }, expect = 0.5 },
  { facts = { iso_district_ratio = "0,8" }, expect = 0.5 },
  { facts = { iso_district_ratio = 0.7999 }, expect = 0 },
  { facts = { iso_district_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { iso_district_ratio = "120%" }, expect = "data error" },
}

-- 7.4.3 binary, tối đa 0,5
cases "7.4.3" {
  { facts = { iso_maintained = "có" }, expect = 0.5 },
  { facts = { iso_maintained = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { iso_maintained = 1 }, expect = 0.5 },
}

-- 7.5.1 share, tối đa 1
cases "7.5.1" {
  { facts = { survey_portal_quality = 0 }, expect = 0 },
  { facts = { survey_portal_quality = 1 }, expect = 1 },
  { facts = { survey_portal_quality = "87,8%" }, expect = 0.878, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_portal_quality = "120%" }, expect = "data error" },
}

-- 7.5.2 share, tối đa 1
cases "7.5.2" {
  { facts = { survey_online_services = 0 }, expect = 0 },
  { facts = { survey_online_services = 1 }, expect = 1 },
  { facts = { survey_online_services = "0,75" }, expect = 0.75, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_online_services = "120%" }, expect = "data error" },
}

-- 7.5.3 share, tối đa 1
cases "7.5.3" {
  { facts = { survey_iso_impact = 0 }, expect = 0 },
  { facts = { survey_iso_impact = 1 }, expect = 1 },
  { facts = { survey_iso_impact = "66,5%" }, expect = 0.665, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_iso_impact = "120%" }, expect = "data error" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 8. Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH (16,5 điểm)
---------------------------------------------------------------------------------------------

-- 8.1.1 share (SIPAS), tối đa 2
cases "8.1.1" {
  { facts = { sipas_access = 0 }, expect = 0 },
  { facts = { sipas_access = 1 }, expect = 2 },
  { facts = { sipas_access = "87,8%" }, expect = 1.756, tol = 1e-12 },
  { facts = {}, expect = 0, note = "chưa có kết quả SIPAS" },
  { facts = { sipas_access = "không áp dụng" }, expect = paridx.NA },
  { facts = { sipas_access = "120%" }, expect = "data error" },
}

-- 8.1.2 share (SIPAS), tối đa 2,5
cases "8.1.2" {
  { facts = { sipas_procedures = 0 }, expect = 0 },
  { facts = { sipas_procedures = 1 }, expect = 2.5 },
  { facts = { sipas_procedures = "87,8%" }, expect = 2.195, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { sipas_procedures = "120%" }, expect = "data error" },
}

-- 8.1.3 share (SIPAS), tối đa 2,5
cases "8.1.3" {
  { facts = { sipas_civil_servants = 0 }, expect = 0 },
  { facts = { sipas_civil_servants = 1 }, expect = 2.5 },
  { facts = { sipas_civil_servants = "66,5%" }, expect = 1.6625, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { sipas_civil_servants = "120%" }, expect = "data error" },
}

-- 8.1.4 share (SIPAS), tối đa 3
cases "8.1.4" {
  { facts = { sipas_results = 0 }, expect = 0 },
  { facts = { sipas_results = 1 }, expect = 3 },
  { facts = { sipas_results = "87,8%" }, expect = 2.634, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { sipas_results = "120%" }, expect = "data error" },
}

-- 8.1.5 share (SIPAS), tối đa 2
cases "8.1.5" {
  { facts = { sipas_feedback = 0 }, expect = 0 },
  { facts = { sipas_feedback = 1 }, expect = 2 },
  { facts = { sipas_feedback = "0,75" }, expect = 1.5, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { sipas_feedback = "120%" }, expect = "data error" },
}

-- 8.2.1 share, tối đa 1
cases "8.2.1" {
  { facts = { survey_impact_governance = 0 }, expect = 0 },
  { facts = { survey_impact_governance = 1 }, expect = 1 },
  { facts = { survey_impact_governance = "87,8%" }, expect = 0.878, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_impact_governance = "120%" }, expect = "data error" },
}

-- 8.2.2 share, tối đa 1
cases "8.2.2" {
  { facts = { survey_impact_business = 0 }, expect = 0 },
  { facts = { survey_impact_business = 1 }, expect = 1 },
  { facts = { survey_impact_business = "66,5%" }, expect = 0.665, tol = 1e-12 },
  { facts = {}, expect = 0 },
  { facts = { survey_impact_business = "120%" }, expect = "data error" },
}

-- 8.3.x are results against the year's plan: over_100, so 120% is valid (→ tối đa); only a
-- negative ratio is out of range.

-- 8.3.1 bands (over_100) ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "8.3.1" {
  { facts = { investment_target_ratio = "120%" }, expect = 0.5, note = "vượt kế hoạch" },
  { facts = { investment_target_ratio = "100%" }, expect = 0.5 },
  { facts = { investment_target_ratio = 0.9999 }, expect = 0.25 },
  { facts = { investment_target_ratio = "80%" }, expect = 0.25 },
  { facts = { investment_target_ratio = 0.7999 }, expect = 0 },
  { facts = { investment_target_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { investment_target_ratio = "-5%" }, expect = "data error", note = "tỷ lệ âm" },
  { facts = { investment_target_ratio = "cao" }, expect = "data error", note = "không phải số" },
}

-- 8.3.2 bands (over_100) ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "8.3.2" {
  { facts = { budget_revenue_target_ratio = "135,2%" }, expect = 0.5, note = "vượt dự toán" },
  { facts = { budget_revenue_target_ratio = "100%" }, expect = 0.5 },
  { facts = { budget_revenue_target_ratio = 0.9999 }, expect = 0.25 },
  { facts = { budget_revenue_target_ratio = "0,8" }, expect = 0.25 },
  { facts = { budget_revenue_target_ratio = 0.7999 }, expect = 0 },
  { facts = { budget_revenue_target_ratio = "0%" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { budget_revenue_target_ratio = "-1%" }, expect = "data error" },
}

-- 8.3.3 bands (over_100) ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "8.3.3" {
  { facts = { grdp_growth_target_ratio = "120%" }, expect = 1 },
  { facts = { grdp_growth_target_ratio = "100%" }, expect = 1 },
  { facts = { grdp_growth_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { grdp_growth_target_ratio = "80%" }, expect = 0.5 },
  { facts = { grdp_growth_target_ratio = 0.7999 }, expect = 0 },
  { facts = { grdp_growth_target_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { grdp_growth_target_ratio = "-10%" }, expect = "data error" },
}

-- 8.3.4 bands (over_100) ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "8.3.4" {
  { facts = { poverty_reduction_target_ratio = "120%" }, expect = 0.5 },
  { facts = { poverty_reduction_target_ratio = "100%" }, expect = 0.5 },
  { facts = { poverty_reduction_target_ratio = 0.9999 }, expect = 0.25 },
  { facts = { poverty_reduction_target_ratio = "80%" }, expect = 0.25 },
  { facts = { poverty_reduction_target_ratio = 0.7999 }, expect = 0 },
  { facts = { poverty_reduction_target_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { poverty_reduction_target_ratio = "-5%" }, expect = "data error" },
}
