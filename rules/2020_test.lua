-- rules/2020_test.lua — test cases for rules/2020.lua (run by `paridx test rules/2020.lua`).
-- Provides: cases for every leaf of the 2020 provincial index, one at each boundary of its
-- scale: every band threshold and just below it, on the due date / a day late / missing for
-- deadlines, có / không / missing for yes-no facts, 0 / max / above max for points entered by
-- hand, 0 / 1 / a middle value for survey shares, không → không áp dụng where a node can lapse.
-- Uses: the index declared by rules/2020.lua (loaded first, same sandbox), the test-case
-- format of rules/README.md, section 6.  Expected points are worked out by hand from the
-- scale each leaf names in rules/2020.lua (its thresholds and maximum), never computed from
-- the rule.
--
-- Facts given as strings are read like a CSV cell ("có", "85%", "0,85", "31/12/2019",
-- "không áp dụng"); Lua numbers and booleans are taken as they are.

local NA = paridx.NA
local BAD = "data error"

---------------------------------------------------------------------------------------------
-- Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC (9 điểm)
---------------------------------------------------------------------------------------------
-- timeliness, due 31/12/2019, late = 0,5 × 0,5
cases "1.1.1" {
  { facts = { par_plan_issued_date = "31/12/2019" }, expect = 0.5, note = "đúng ngày hạn" },
  { facts = { par_plan_issued_date = "01/01/2020" }, expect = 0.25, note = "trễ một ngày" },
  { facts = { par_plan_issued_date = "27/12/2018" }, expect = 0.5, note = "ngày của dữ liệu mẫu 2019" },
  { facts = { par_plan_issued_date = "đúng hạn" }, expect = 0.5 },
  { facts = { par_plan_issued_date = "trễ hạn" }, expect = 0.25 },
  { facts = { par_plan_issued_date = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_plan_issued_date = "không áp dụng" }, expect = NA },
  { facts = { par_plan_issued_date = 12 }, expect = BAD },
}
-- bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "1.1.2" {
  { facts = { par_plan_completion_ratio = "100%" }, expect = 1.5 },
  { facts = { par_plan_completion_ratio = 0.9999 }, expect = 1 },
  { facts = { par_plan_completion_ratio = "80%" }, expect = 1, note = "đúng ngưỡng 80%" },
  { facts = { par_plan_completion_ratio = 0.7999 }, expect = 0.5 },
  { facts = { par_plan_completion_ratio = "0,5" }, expect = 0.5, note = "đúng ngưỡng 50%" },
  { facts = { par_plan_completion_ratio = 0.4999 }, expect = 0 },
  { facts = { par_plan_completion_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_plan_completion_ratio = "101%" }, expect = BAD, note = "tỷ lệ quá 100%" },
  { facts = { par_plan_completion_ratio = "nhiều" }, expect = BAD },
}
-- timeliness, due 15/12/2020, late = 0,5 × 1
cases "1.2" {
  { facts = { par_reports_timeliness = "15/12/2020" }, expect = 1 },
  { facts = { par_reports_timeliness = "16/12/2020" }, expect = 0.5 },
  { facts = { par_reports_timeliness = "đúng hạn" }, expect = 1 },
  { facts = { par_reports_timeliness = "trễ hạn" }, expect = 0.5 },
  { facts = { par_reports_timeliness = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 30% → 1; ≥ 20% → 0,5; còn lại 0
cases "1.3.1" {
  { facts = { par_inspected_units_ratio = 1 }, expect = 1 },
  { facts = { par_inspected_units_ratio = "30%" }, expect = 1 },
  { facts = { par_inspected_units_ratio = 0.2999 }, expect = 0.5 },
  { facts = { par_inspected_units_ratio = "20%" }, expect = 0.5 },
  { facts = { par_inspected_units_ratio = 0.1999 }, expect = 0 },
  { facts = { par_inspected_units_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- applicable only when issues were found; bands ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "1.3.2" {
  { facts = { par_inspection_issues_found = "không", par_inspection_issues_handled_ratio = 1 }, expect = NA },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "100%" }, expect = 0.5 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = 0.9999 }, expect = 0.25 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = "80%" }, expect = 0.25 },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { par_inspection_issues_found = "có" }, expect = 0, note = "có vấn đề, không có số liệu xử lý" },
  { facts = { par_inspection_issues_found = "có", par_inspection_issues_handled_ratio = 1.2 }, expect = BAD },
  { facts = { par_inspection_issues_found = "vài", par_inspection_issues_handled_ratio = 1 }, expect = BAD },
}
-- bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "1.4" {
  { facts = { par_communication_plan_ratio = 1 }, expect = 1 },
  { facts = { par_communication_plan_ratio = 0.9999 }, expect = 0.5 },
  { facts = { par_communication_plan_ratio = 0.8 }, expect = 0.5 },
  { facts = { par_communication_plan_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- points entered by hand, 0..0,5
cases "1.5.1" {
  { facts = { par_initiatives_points = 0 }, expect = 0 },
  { facts = { par_initiatives_points = "0,25" }, expect = 0.25 },
  { facts = { par_initiatives_points = 0.5 }, expect = 0.5 },
  { facts = { par_initiatives_points = 0.51 }, expect = BAD, note = "quá điểm tối đa" },
  { facts = { par_initiatives_points = -0.1 }, expect = BAD },
  { facts = {}, expect = 0 },
}
-- binary, 0,5
cases "1.5.2" {
  { facts = { par_results_in_emulation = "có" }, expect = 0.5 },
  { facts = { par_results_in_emulation = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_results_in_emulation = "không áp dụng" }, expect = NA },
  { facts = { par_results_in_emulation = 2 }, expect = BAD },
}
cases "1.5.3" {
  { facts = { par_satisfaction_measured = true }, expect = 0.5 },
  { facts = { par_satisfaction_measured = false }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "1.6" {
  { facts = { gov_tasks_completed_ratio = 1 }, expect = 1 },
  { facts = { gov_tasks_completed_ratio = 0.9999 }, expect = 0.5 },
  { facts = { gov_tasks_completed_ratio = 0.8 }, expect = 0.5 },
  { facts = { gov_tasks_completed_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- survey shares × 0,5
cases "1.7.1" {
  { facts = { survey_par_plan_quality = 0 }, expect = 0 },
  { facts = { survey_par_plan_quality = 1 }, expect = 0.5 },
  { facts = { survey_par_plan_quality = "70%" }, expect = 0.35 },
  { facts = {}, expect = 0 },
  { facts = { survey_par_plan_quality = 1.01 }, expect = BAD },
}
cases "1.7.2" {
  { facts = { survey_par_communication_impact = 0 }, expect = 0 },
  { facts = { survey_par_communication_impact = 1 }, expect = 0.5 },
  { facts = { survey_par_communication_impact = 0.5 }, expect = 0.25 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 2. Văn bản quy phạm pháp luật (9,5 điểm)
---------------------------------------------------------------------------------------------
-- bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "2.1.1" {
  { facts = { legal_docs_issued_ratio = "100%" }, expect = 1.5 },
  { facts = { legal_docs_issued_ratio = 0.9999 }, expect = 1 },
  { facts = { legal_docs_issued_ratio = "0,8" }, expect = 1 },
  { facts = { legal_docs_issued_ratio = 0.7999 }, expect = 0.5 },
  { facts = { legal_docs_issued_ratio = 0.5 }, expect = 0.5 },
  { facts = { legal_docs_issued_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { legal_docs_issued_ratio = "không áp dụng" }, expect = NA },
}
-- bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "2.1.2" {
  { facts = { legal_detail_docs_on_time_ratio = 1 }, expect = 1 },
  { facts = { legal_detail_docs_on_time_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_detail_docs_on_time_ratio = 0.8 }, expect = 0.5 },
  { facts = { legal_detail_docs_on_time_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- timeliness, due 31/01/2020, late = 0,5 × 0,5
cases "2.2.1" {
  { facts = { legal_review_plan_date = "31/01/2020" }, expect = 0.5 },
  { facts = { legal_review_plan_date = "01/02/2020" }, expect = 0.25 },
  { facts = { legal_review_plan_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "2.2.2" {
  { facts = { legal_review_completion_ratio = 1 }, expect = 1 },
  { facts = { legal_review_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_review_completion_ratio = 0.8 }, expect = 0.5 },
  { facts = { legal_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- applicable only when unlawful documents were found; bands ≥ 100% → 1; ≥ 80% → 0,5
cases "2.2.3" {
  { facts = { legal_unlawful_docs_found = "không" }, expect = NA },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 1 }, expect = 1 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0.8 }, expect = 0.5 },
  { facts = { legal_unlawful_docs_found = "có", legal_unlawful_docs_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { legal_unlawful_docs_found = "có" }, expect = 0 },
}
cases "2.3.1" {
  { facts = { law_monitoring_plan_issued = "có" }, expect = 0.5 },
  { facts = { law_monitoring_plan_issued = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "2.3.2" {
  { facts = { law_monitoring_completion_ratio = 1 }, expect = 1 },
  { facts = { law_monitoring_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { law_monitoring_completion_ratio = 0.8 }, expect = 0.5 },
  { facts = { law_monitoring_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- survey shares: 2.4.1 × 1 (1,5 in 2019), 2.4.2 × 1, 2.4.3 × 1
cases "2.4.1" {
  { facts = { survey_legal_docs_feasibility = 0 }, expect = 0 },
  { facts = { survey_legal_docs_feasibility = 1 }, expect = 1, note = "tối đa 1 điểm từ năm 2020" },
  { facts = { survey_legal_docs_feasibility = "65,7%" }, expect = 0.657 },
  { facts = {}, expect = 0 },
}
cases "2.4.2" {
  { facts = { survey_legal_docs_consistency = 0 }, expect = 0 },
  { facts = { survey_legal_docs_consistency = 1 }, expect = 1 },
  { facts = { survey_legal_docs_consistency = 0.6 }, expect = 0.6 },
}
cases "2.4.3" {
  { facts = { survey_legal_docs_implementation = 0 }, expect = 0 },
  { facts = { survey_legal_docs_implementation = 1 }, expect = 1 },
  { facts = { survey_legal_docs_implementation = 0.25 }, expect = 0.25 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 3. Cải cách thủ tục hành chính (13,5 điểm)
---------------------------------------------------------------------------------------------
-- timeliness, due 31/01/2020, late = 0,5 × 0,5
cases "3.1.1" {
  { facts = { tthc_review_plan_date = "31/01/2020" }, expect = 0.5 },
  { facts = { tthc_review_plan_date = "01/02/2020" }, expect = 0.25 },
  { facts = { tthc_review_plan_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "3.1.2" {
  { facts = { tthc_review_completion_ratio = 1 }, expect = 1 },
  { facts = { tthc_review_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_review_completion_ratio = 0.8 }, expect = 0.5 },
  { facts = { tthc_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- timeliness, due 20/12/2020, late = 0,5 × 0,5
cases "3.1.3" {
  { facts = { tthc_reports_timeliness = "20/12/2020" }, expect = 0.5 },
  { facts = { tthc_reports_timeliness = "21/12/2020" }, expect = 0.25 },
  { facts = { tthc_reports_timeliness = "trễ hạn" }, expect = 0.25 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1; ≥ 90% → 0,5; còn lại 0
cases "3.2.1" {
  { facts = { tthc_announced_on_time_ratio = 1 }, expect = 1 },
  { facts = { tthc_announced_on_time_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_announced_on_time_ratio = 0.9 }, expect = 0.5 },
  { facts = { tthc_announced_on_time_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "3.2.2" {
  { facts = { tthc_published_ratio = 1 }, expect = 1 },
  { facts = { tthc_published_ratio = 0.9999 }, expect = 0.5 },
  { facts = { tthc_published_ratio = "90%" }, expect = 0.5 },
  { facts = { tthc_published_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- custom: no one-stop shop → 0; else bands ≥ 100% → 1,5; ≥ 90% → 1; còn lại 0,5
cases "3.3.1" {
  { facts = { one_stop_center_established = "không", one_stop_procedures_ratio = 1 }, expect = 0 },
  { facts = { one_stop_procedures_ratio = 1 }, expect = 0, note = "chưa có dữ liệu thành lập" },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 1 }, expect = 1.5 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0.9999 }, expect = 1 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0.9 }, expect = 1 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0.8999 }, expect = 0.5 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 0 }, expect = 0.5 },
  { facts = { one_stop_center_established = "có" }, expect = 0 },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = "không áp dụng" }, expect = NA },
  { facts = { one_stop_center_established = "có", one_stop_procedures_ratio = 1.1 }, expect = BAD },
  { facts = { one_stop_center_established = 3 }, expect = BAD },
  { facts = { one_stop_center_established = "không áp dụng" }, expect = BAD, note = "tỉnh nào cũng phải có" },
}
-- bands ≥ 100% → 1; ≥ 95% → 0,5; còn lại 0
cases "3.3.2" {
  { facts = { one_stop_ontime_ratio_province = 1 }, expect = 1 },
  { facts = { one_stop_ontime_ratio_province = 0.9999 }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_province = 0.95 }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_province = 0.9499 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "3.3.3" {
  { facts = { one_stop_ontime_ratio_local = 1 }, expect = 1 },
  { facts = { one_stop_ontime_ratio_local = 0.9999 }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_local = "95%" }, expect = 0.5 },
  { facts = { one_stop_ontime_ratio_local = 0.9499 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- applicable only when some applications were late; bands ≥ 100% → 0,5; còn lại 0
cases "3.3.4" {
  { facts = { late_applications_exist = "không" }, expect = NA },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 1 }, expect = 0.5 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0.9999 }, expect = 0 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0 }, expect = 0 },
  { facts = { late_applications_exist = "có" }, expect = 0 },
}
-- applicable only when feedback was received; bands ≥ 100% → 1; ≥ 80% → 0,5
cases "3.4" {
  { facts = { feedback_received = "không" }, expect = NA },
  { facts = { feedback_received = "có", feedback_handled_ratio = 1 }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.8 }, expect = 0.5 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { feedback_received = "có" }, expect = 0 },
}
-- survey shares: 3.5.1 × 1 (1,5 in 2019), 3.5.2 × 1,5, 3.5.3 × 1
cases "3.5.1" {
  { facts = { survey_tthc_simplicity = 0 }, expect = 0 },
  { facts = { survey_tthc_simplicity = 1 }, expect = 1, note = "tối đa 1 điểm từ năm 2020" },
  { facts = { survey_tthc_simplicity = 0.72 }, expect = 0.72 },
}
cases "3.5.2" {
  { facts = { survey_tthc_transparency = 0 }, expect = 0 },
  { facts = { survey_tthc_transparency = 1 }, expect = 1.5 },
  { facts = { survey_tthc_transparency = 0.6 }, expect = 0.9 },
}
cases "3.5.3" {
  { facts = { survey_one_stop_quality = 0 }, expect = 0 },
  { facts = { survey_one_stop_quality = 1 }, expect = 1 },
  { facts = { survey_one_stop_quality = 0.8 }, expect = 0.8 },
}
-- new in 2020: binary 0,5
cases "3.6.1" {
  { facts = { tthc_handling_assessed = "có" }, expect = 0.5 },
  { facts = { tthc_handling_assessed = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020, không có trong dữ liệu 2019" },
  { facts = { tthc_handling_assessed = "không áp dụng" }, expect = NA },
}
-- new in 2020: bands ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0
cases "3.6.2" {
  { facts = { tthc_assessment_published_ratio = 1 }, expect = 0.5 },
  { facts = { tthc_assessment_published_ratio = 0.9999 }, expect = 0.25 },
  { facts = { tthc_assessment_published_ratio = "80%" }, expect = 0.25 },
  { facts = { tthc_assessment_published_ratio = 0.7999 }, expect = 0 },
  { facts = { tthc_assessment_published_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { tthc_assessment_published_ratio = "120%" }, expect = BAD },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 4. Cải cách tổ chức bộ máy hành chính nhà nước (12 điểm)
---------------------------------------------------------------------------------------------
cases "4.1.1" {
  { facts = { org_function_regs_ratio = 1 }, expect = 1 },
  { facts = { org_function_regs_ratio = 0.9999 }, expect = 0.5 },
  { facts = { org_function_regs_ratio = 0.8 }, expect = 0.5 },
  { facts = { org_function_regs_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "4.1.2" {
  { facts = { org_deputy_count_compliant = "có" }, expect = 1 },
  { facts = { org_deputy_count_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 2; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "4.1.3" {
  { facts = { org_restructure_ratio = 1 }, expect = 2 },
  { facts = { org_restructure_ratio = 0.9999 }, expect = 1 },
  { facts = { org_restructure_ratio = 0.8 }, expect = 1 },
  { facts = { org_restructure_ratio = 0.7999 }, expect = 0.5 },
  { facts = { org_restructure_ratio = 0.5 }, expect = 0.5 },
  { facts = { org_restructure_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "4.2.1" {
  { facts = { staff_within_quota = "có" }, expect = 1.5 },
  { facts = { staff_within_quota = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "4.2.2" {
  { facts = { staff_reduction_target_ratio = 1 }, expect = 1.5 },
  { facts = { staff_reduction_target_ratio = 0.9999 }, expect = 1 },
  { facts = { staff_reduction_target_ratio = 0.8 }, expect = 1 },
  { facts = { staff_reduction_target_ratio = 0.7999 }, expect = 0.5 },
  { facts = { staff_reduction_target_ratio = 0.5 }, expect = 0.5 },
  { facts = { staff_reduction_target_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "4.3.1" {
  { facts = { decentralisation_compliant = "có" }, expect = 1 },
  { facts = { decentralisation_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "4.3.2" {
  { facts = { decentralisation_inspected = "có" }, expect = 0.5 },
  { facts = { decentralisation_inspected = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- survey shares: 4.4.1 × 1,5, 4.4.2 × 1, 4.4.3 × 1
cases "4.4.1" {
  { facts = { survey_org_structure = 0 }, expect = 0 },
  { facts = { survey_org_structure = 1 }, expect = 1.5 },
  { facts = { survey_org_structure = 0.878 }, expect = 1.317 },
}
cases "4.4.2" {
  { facts = { survey_org_functions_clarity = 0 }, expect = 0 },
  { facts = { survey_org_functions_clarity = 1 }, expect = 1 },
  { facts = { survey_org_functions_clarity = 0.5 }, expect = 0.5 },
}
cases "4.4.3" {
  { facts = { survey_decentralisation = 0 }, expect = 0 },
  { facts = { survey_decentralisation = 1 }, expect = 1 },
  { facts = { survey_decentralisation = 0.6 }, expect = 0.6 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 5. Đội ngũ cán bộ, công chức, viên chức (13 điểm)
---------------------------------------------------------------------------------------------
cases "5.1.1" {
  { facts = { job_positions_approved_ratio = 1 }, expect = 1 },
  { facts = { job_positions_approved_ratio = 0.9999 }, expect = 0.5 },
  { facts = { job_positions_approved_ratio = 0.8 }, expect = 0.5 },
  { facts = { job_positions_approved_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "5.1.2" {
  { facts = { staff_match_job_positions = "có" }, expect = 0.5 },
  { facts = { staff_match_job_positions = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "5.2.1" {
  { facts = { recruitment_compliant = "có" }, expect = 1 },
  { facts = { recruitment_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "5.2.2" {
  { facts = { appointment_compliant = "có" }, expect = 1 },
  { facts = { appointment_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "5.3" {
  { facts = { staff_evaluation_compliant = "có" }, expect = 1 },
  { facts = { staff_evaluation_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { staff_evaluation_compliant = "85%" }, expect = BAD },
}
-- timeliness, due 31/01/2020, late = 0,5 × 0,5
cases "5.4.1" {
  { facts = { training_plan_date = "31/01/2020" }, expect = 0.5 },
  { facts = { training_plan_date = "01/02/2020" }, expect = 0.25 },
  { facts = { training_plan_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "5.4.2" {
  { facts = { training_completion_ratio = 1 }, expect = 1 },
  { facts = { training_completion_ratio = 0.9999 }, expect = 0.5 },
  { facts = { training_completion_ratio = 0.8 }, expect = 0.5 },
  { facts = { training_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1; ≥ 90% → 0,5; còn lại 0
cases "5.5.1" {
  { facts = { commune_staff_standard_ratio = 1 }, expect = 1 },
  { facts = { commune_staff_standard_ratio = 0.9999 }, expect = 0.5 },
  { facts = { commune_staff_standard_ratio = 0.9 }, expect = 0.5 },
  { facts = { commune_staff_standard_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 80% → 0,5; ≥ 50% → 0,25; còn lại 0
cases "5.5.2" {
  { facts = { commune_staff_trained_ratio = 1 }, expect = 0.5 },
  { facts = { commune_staff_trained_ratio = 0.8 }, expect = 0.5 },
  { facts = { commune_staff_trained_ratio = 0.7999 }, expect = 0.25 },
  { facts = { commune_staff_trained_ratio = 0.5 }, expect = 0.25 },
  { facts = { commune_staff_trained_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- applicable only when violations were found; bands ≥ 100% → 1; ≥ 80% → 0,5
cases "5.6.1" {
  { facts = { discipline_violations_found = "không" }, expect = NA },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 1 }, expect = 1 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0.8 }, expect = 0.5 },
  { facts = { discipline_violations_found = "có", discipline_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { discipline_violations_found = "có" }, expect = 0 },
}
-- custom: 0 leaders disciplined → 1; 1 → 0,5; 2 or more → 0
cases "5.6.2" {
  { facts = { leaders_disciplined_count = 0 }, expect = 1 },
  { facts = { leaders_disciplined_count = 1 }, expect = 0.5 },
  { facts = { leaders_disciplined_count = 2 }, expect = 0 },
  { facts = { leaders_disciplined_count = 5 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { leaders_disciplined_count = "không áp dụng" }, expect = NA },
  { facts = { leaders_disciplined_count = -1 }, expect = BAD },
  { facts = { leaders_disciplined_count = "có" }, expect = BAD },
  { facts = { leaders_disciplined_count = "1,5" }, expect = BAD, note = "số người phải là số nguyên" },
}
-- survey shares: 5.7.1 × 1 (1,5 in 2019), 5.7.2 × 1,5, 5.7.3 × 1
cases "5.7.1" {
  { facts = { survey_recruitment_transparency = 0 }, expect = 0 },
  { facts = { survey_recruitment_transparency = 1 }, expect = 1, note = "tối đa 1 điểm từ năm 2020" },
  { facts = { survey_recruitment_transparency = 0.64 }, expect = 0.64 },
}
cases "5.7.2" {
  { facts = { survey_staff_competence = 0 }, expect = 0 },
  { facts = { survey_staff_competence = 1 }, expect = 1.5 },
  { facts = { survey_staff_competence = 0.7 }, expect = 1.05 },
}
cases "5.7.3" {
  { facts = { survey_staff_ethics = 0 }, expect = 0 },
  { facts = { survey_staff_ethics = 1 }, expect = 1 },
  { facts = { survey_staff_ethics = 0.75 }, expect = 0.75 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 6. Đổi mới cơ chế quản lý tài chính công (12,5 điểm)
---------------------------------------------------------------------------------------------
cases "6.1.1" {
  { facts = { internal_spending_rules_ratio = 1 }, expect = 1 },
  { facts = { internal_spending_rules_ratio = 0.9999 }, expect = 0.5 },
  { facts = { internal_spending_rules_ratio = 0.8 }, expect = 0.5 },
  { facts = { internal_spending_rules_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "6.1.2" {
  { facts = { budget_disclosed = "có" }, expect = 1 },
  { facts = { budget_disclosed = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- timeliness, due 31/10/2020, late = 0,5 × 0,5
cases "6.1.3" {
  { facts = { budget_settlement_report_date = "31/10/2020" }, expect = 0.5 },
  { facts = { budget_settlement_report_date = "01/11/2020" }, expect = 0.25 },
  { facts = { budget_settlement_report_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "6.2.1" {
  { facts = { psu_autonomy_ratio = 1 }, expect = 1.5 },
  { facts = { psu_autonomy_ratio = 0.9999 }, expect = 1 },
  { facts = { psu_autonomy_ratio = 0.8 }, expect = 1 },
  { facts = { psu_autonomy_ratio = 0.7999 }, expect = 0.5 },
  { facts = { psu_autonomy_ratio = 0.5 }, expect = 0.5 },
  { facts = { psu_autonomy_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- points entered by hand, 0..1,5
cases "6.2.2" {
  { facts = { public_service_pricing_points = 0 }, expect = 0 },
  { facts = { public_service_pricing_points = 1 }, expect = 1 },
  { facts = { public_service_pricing_points = 1.5 }, expect = 1.5 },
  { facts = { public_service_pricing_points = 2 }, expect = BAD, note = "quá điểm tối đa" },
  { facts = {}, expect = 0 },
}
-- binary, 0,5 (1 in 2019)
cases "6.3.1" {
  { facts = { public_assets_rules_issued = "có" }, expect = 0.5, note = "tối đa 0,5 từ năm 2020" },
  { facts = { public_assets_rules_issued = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "6.3.2" {
  { facts = { public_property_rearranged_ratio = 1 }, expect = 1 },
  { facts = { public_property_rearranged_ratio = 0.9999 }, expect = 0.5 },
  { facts = { public_property_rearranged_ratio = 0.8 }, expect = 0.5 },
  { facts = { public_property_rearranged_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0 (1 / 0,5 in 2019)
cases "6.4.1" {
  { facts = { audit_recommendations_done_ratio = 1 }, expect = 0.5 },
  { facts = { audit_recommendations_done_ratio = 0.9999 }, expect = 0.25 },
  { facts = { audit_recommendations_done_ratio = 0.8 }, expect = 0.25 },
  { facts = { audit_recommendations_done_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "6.4.2" {
  { facts = { no_serious_financial_breach = "có" }, expect = 0.5 },
  { facts = { no_serious_financial_breach = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- survey shares: 6.5.1 × 1,5, 6.5.2 × 1, 6.5.3 × 1
cases "6.5.1" {
  { facts = { survey_psu_autonomy = 0 }, expect = 0 },
  { facts = { survey_psu_autonomy = 1 }, expect = 1.5 },
  { facts = { survey_psu_autonomy = 0.5 }, expect = 0.75 },
}
cases "6.5.2" {
  { facts = { survey_finance_transparency = 0 }, expect = 0 },
  { facts = { survey_finance_transparency = 1 }, expect = 1 },
  { facts = { survey_finance_transparency = 0.66 }, expect = 0.66 },
}
cases "6.5.3" {
  { facts = { survey_public_assets = 0 }, expect = 0 },
  { facts = { survey_public_assets = 1 }, expect = 1 },
  { facts = { survey_public_assets = 0.4 }, expect = 0.4 },
}
-- new in 2020: bands ≥ 90% → 1; ≥ 80% → 0,5; còn lại 0
cases "6.6" {
  { facts = { public_investment_disbursed_ratio = 1 }, expect = 1 },
  { facts = { public_investment_disbursed_ratio = "90%" }, expect = 1 },
  { facts = { public_investment_disbursed_ratio = 0.8999 }, expect = 0.5 },
  { facts = { public_investment_disbursed_ratio = 0.8 }, expect = 0.5 },
  { facts = { public_investment_disbursed_ratio = 0.7999 }, expect = 0 },
  { facts = { public_investment_disbursed_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020" },
  { facts = { public_investment_disbursed_ratio = "105%" }, expect = BAD },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 7. Hiện đại hóa hành chính (13,5 điểm)
---------------------------------------------------------------------------------------------
-- timeliness, due 31/12/2019, late = 0,5 × 0,5
cases "7.1.1" {
  { facts = { it_plan_date = "31/12/2019" }, expect = 0.5 },
  { facts = { it_plan_date = "01/01/2020" }, expect = 0.25 },
  { facts = { it_plan_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 90% → 1; ≥ 70% → 0,5; còn lại 0
cases "7.1.2" {
  { facts = { e_documents_ratio = 1 }, expect = 1 },
  { facts = { e_documents_ratio = 0.9 }, expect = 1 },
  { facts = { e_documents_ratio = 0.8999 }, expect = 0.5 },
  { facts = { e_documents_ratio = 0.7 }, expect = 0.5 },
  { facts = { e_documents_ratio = 0.6999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1,5; ≥ 80% → 0,75; còn lại 0 (2 / 1 in 2019)
cases "7.1.3" {
  { facts = { e_systems_coverage_ratio = 1 }, expect = 1.5 },
  { facts = { e_systems_coverage_ratio = 0.9999 }, expect = 0.75 },
  { facts = { e_systems_coverage_ratio = 0.8 }, expect = 0.75 },
  { facts = { e_systems_coverage_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 30% → 1; ≥ 20% → 0,5; còn lại 0
cases "7.2.1" {
  { facts = { online_services_l34_ratio = 0.3 }, expect = 1 },
  { facts = { online_services_l34_ratio = 0.2999 }, expect = 0.5 },
  { facts = { online_services_l34_ratio = 0.2 }, expect = 0.5 },
  { facts = { online_services_l34_ratio = 0.1999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 30% → 1; ≥ 10% → 0,5; còn lại 0
cases "7.2.2" {
  { facts = { online_applications_l3_ratio = 0.3 }, expect = 1 },
  { facts = { online_applications_l3_ratio = 0.2999 }, expect = 0.5 },
  { facts = { online_applications_l3_ratio = 0.1 }, expect = 0.5 },
  { facts = { online_applications_l3_ratio = 0.0999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 20% → 1; ≥ 5% → 0,5; còn lại 0
cases "7.2.3" {
  { facts = { online_applications_l4_ratio = 0.2 }, expect = 1 },
  { facts = { online_applications_l4_ratio = 0.1999 }, expect = 0.5 },
  { facts = { online_applications_l4_ratio = "5%" }, expect = 0.5 },
  { facts = { online_applications_l4_ratio = 0.0499 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 1,5; ≥ 80% → 1; ≥ 50% → 0,5; còn lại 0
cases "7.3" {
  { facts = { postal_service_procedures_ratio = 1 }, expect = 1.5 },
  { facts = { postal_service_procedures_ratio = 0.9999 }, expect = 1 },
  { facts = { postal_service_procedures_ratio = 0.8 }, expect = 1 },
  { facts = { postal_service_procedures_ratio = 0.7999 }, expect = 0.5 },
  { facts = { postal_service_procedures_ratio = 0.5 }, expect = 0.5 },
  { facts = { postal_service_procedures_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- bands ≥ 100% → 0,5; ≥ 80% → 0,25; còn lại 0 (1 / 0,5 in 2019)
cases "7.4.1" {
  { facts = { iso_province_ratio = 1 }, expect = 0.5 },
  { facts = { iso_province_ratio = 0.9999 }, expect = 0.25 },
  { facts = { iso_province_ratio = 0.8 }, expect = 0.25 },
  { facts = { iso_province_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "7.4.2" {
  { facts = { iso_district_ratio = 1 }, expect = 0.5 },
  { facts = { iso_district_ratio = 0.9999 }, expect = 0.25 },
  { facts = { iso_district_ratio = 0.8 }, expect = 0.25 },
  { facts = { iso_district_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "7.4.3" {
  { facts = { iso_maintained = "có" }, expect = 0.5 },
  { facts = { iso_maintained = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- survey shares × 1
cases "7.5.1" {
  { facts = { survey_portal_quality = 0 }, expect = 0 },
  { facts = { survey_portal_quality = 1 }, expect = 1 },
  { facts = { survey_portal_quality = 0.68 }, expect = 0.68 },
}
cases "7.5.2" {
  { facts = { survey_online_services = 0 }, expect = 0 },
  { facts = { survey_online_services = 1 }, expect = 1 },
  { facts = { survey_online_services = 0.5 }, expect = 0.5 },
}
cases "7.5.3" {
  { facts = { survey_iso_impact = 0 }, expect = 0 },
  { facts = { survey_iso_impact = 1 }, expect = 1 },
  { facts = { survey_iso_impact = 0.7 }, expect = 0.7 },
}
-- new in 2020: binary 0,5
cases "7.6.1" {
  { facts = { national_portal_integrated = "có" }, expect = 0.5 },
  { facts = { national_portal_integrated = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020" },
  { facts = { national_portal_integrated = "không áp dụng" }, expect = NA },
}
cases "7.6.2" {
  { facts = { report_system_connected = "có" }, expect = 0.5 },
  { facts = { report_system_connected = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020" },
  { facts = { report_system_connected = "đã kết nối" }, expect = BAD },
}
-- new in 2020: bands ≥ 50% → 0,5; ≥ 20% → 0,25; còn lại 0
cases "7.6.3" {
  { facts = { online_payment_procedures_ratio = 1 }, expect = 0.5 },
  { facts = { online_payment_procedures_ratio = "50%" }, expect = 0.5 },
  { facts = { online_payment_procedures_ratio = 0.4999 }, expect = 0.25 },
  { facts = { online_payment_procedures_ratio = "20%" }, expect = 0.25 },
  { facts = { online_payment_procedures_ratio = 0.1999 }, expect = 0 },
  { facts = { online_payment_procedures_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 8. Tác động của CCHC (17 điểm)
---------------------------------------------------------------------------------------------
-- SIPAS shares × 2 each (10 points in 2020)
cases "8.1.1" {
  { facts = { sipas_access = 0 }, expect = 0 },
  { facts = { sipas_access = 1 }, expect = 2 },
  { facts = { sipas_access = "87,8%" }, expect = 1.756 },
  { facts = {}, expect = 0 },
  { facts = { sipas_access = "không áp dụng" }, expect = NA },
  { facts = { sipas_access = 1.5 }, expect = BAD },
}
cases "8.1.2" {
  { facts = { sipas_procedures = 0 }, expect = 0 },
  { facts = { sipas_procedures = 1 }, expect = 2, note = "tối đa 2 điểm từ năm 2020 (2,5 năm 2019)" },
  { facts = { sipas_procedures = 0.5 }, expect = 1 },
}
cases "8.1.3" {
  { facts = { sipas_civil_servants = 0 }, expect = 0 },
  { facts = { sipas_civil_servants = 1 }, expect = 2 },
  { facts = { sipas_civil_servants = 0.9 }, expect = 1.8 },
}
cases "8.1.4" {
  { facts = { sipas_results = 0 }, expect = 0 },
  { facts = { sipas_results = 1 }, expect = 2 },
  { facts = { sipas_results = 0.75 }, expect = 1.5 },
}
cases "8.1.5" {
  { facts = { sipas_feedback = 0 }, expect = 0 },
  { facts = { sipas_feedback = 1 }, expect = 2 },
  { facts = { sipas_feedback = 0.6 }, expect = 1.2 },
}
-- leaders' survey shares × 1
cases "8.2.1" {
  { facts = { survey_impact_governance = 0 }, expect = 0 },
  { facts = { survey_impact_governance = 1 }, expect = 1 },
  { facts = { survey_impact_governance = 0.7 }, expect = 0.7 },
}
cases "8.2.2" {
  { facts = { survey_impact_business = 0 }, expect = 0 },
  { facts = { survey_impact_business = 1 }, expect = 1 },
  { facts = { survey_impact_business = 0.55 }, expect = 0.55 },
}
-- results against the plan, may pass 100%: bands ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "8.3.1" {
  { facts = { investment_target_ratio = "102%" }, expect = 1, note = "vượt kế hoạch" },
  { facts = { investment_target_ratio = 1 }, expect = 1 },
  { facts = { investment_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { investment_target_ratio = 0.8 }, expect = 0.5 },
  { facts = { investment_target_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { investment_target_ratio = -0.1 }, expect = BAD },
}
cases "8.3.2" {
  { facts = { budget_revenue_target_ratio = 1.3 }, expect = 1 },
  { facts = { budget_revenue_target_ratio = 1 }, expect = 1 },
  { facts = { budget_revenue_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { budget_revenue_target_ratio = 0.8 }, expect = 0.5 },
  { facts = { budget_revenue_target_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "8.3.3" {
  { facts = { grdp_growth_target_ratio = 1.1 }, expect = 1 },
  { facts = { grdp_growth_target_ratio = 1 }, expect = 1 },
  { facts = { grdp_growth_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { grdp_growth_target_ratio = 0.8 }, expect = 0.5 },
  { facts = { grdp_growth_target_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
cases "8.3.4" {
  { facts = { poverty_reduction_target_ratio = 1.25 }, expect = 1 },
  { facts = { poverty_reduction_target_ratio = 1 }, expect = 1 },
  { facts = { poverty_reduction_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { poverty_reduction_target_ratio = 0.8 }, expect = 0.5 },
  { facts = { poverty_reduction_target_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- new in 2020
cases "8.3.5" {
  { facts = { new_enterprises_target_ratio = "115%" }, expect = 1 },
  { facts = { new_enterprises_target_ratio = 1 }, expect = 1 },
  { facts = { new_enterprises_target_ratio = 0.9999 }, expect = 0.5 },
  { facts = { new_enterprises_target_ratio = 0.8 }, expect = 0.5 },
  { facts = { new_enterprises_target_ratio = 0.7999 }, expect = 0 },
  { facts = { new_enterprises_target_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0, note = "dữ kiện mới năm 2020" },
}
