-- rules/province-internal-2019_test.lua — test cases for rules/province-internal-2019.lua
-- (run by `paridx test rules/province-internal-2019.lua`).
-- Provides: cases for every leaf of both trees (departments and districts), one at each
-- boundary of its scale: every band threshold and just below it; on the due date / a day
-- late / "đúng hạn" / "trễ hạn" / "không" / missing for deadlines; có / không / missing for
-- yes-no facts; 0 / max / just above max for points; 0 / 1 / a middle value for survey
-- shares; không → không áp dụng where an item is gated by scale.applicable_if; values the
-- scale must refuse.  Leaves of fields 4 and 5 exist only for districts: their cases carry
-- kind = "district" (the default is the first declared kind, department).
-- Uses: the index declared by the rule file (loaded first, same sandbox), the test-case format
-- of rules/README.md, section 6.  Expected points are worked out by hand from the thresholds
-- and maxima the rule file states, never computed from the rule.

local NA = paridx.NA
local BAD = "data error"

-- Marks every case of a district-only leaf.
local function districts(list)
  for _, c in ipairs(list) do c.kind = "district" end
  return list
end

---------------------------------------------------------------------------------------------
-- Lĩnh vực 1. Công tác chỉ đạo, điều hành CCHC (12 điểm, chung)
---------------------------------------------------------------------------------------------
-- timeliness, due 31/01/2019, late = 0,5 × 1
cases "1.1.1" {
  { facts = { par_plan_issued_date = "31/01/2019" }, expect = 1, note = "đúng ngày hạn" },
  { facts = { par_plan_issued_date = "01/02/2019" }, expect = 0.5, note = "trễ một ngày" },
  { facts = { par_plan_issued_date = "2018-12-28" }, expect = 1 },
  { facts = { par_plan_issued_date = "đúng hạn" }, expect = 1 },
  { facts = { par_plan_issued_date = "trễ hạn" }, expect = 0.5 },
  { facts = { par_plan_issued_date = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { par_plan_issued_date = "không áp dụng" }, expect = NA },
  { facts = { par_plan_issued_date = "cuối tháng 1" }, expect = BAD, note = "không phải ngày" },
  { facts = { par_plan_issued_date = 12 }, expect = BAD },
  { facts = { par_plan_issued_date = "01/02/2019" }, expect = 0.5, kind = "district" },
}
-- ≥ 100% → 2,5; ≥ 80% → 1,5; ≥ 50% → 0,5; còn lại 0
cases "1.1.2" {
  { facts = { par_plan_completion_ratio = "100%" }, expect = 2.5 },
  { facts = { par_plan_completion_ratio = 0.9999 }, expect = 1.5 },
  { facts = { par_plan_completion_ratio = "80%" }, expect = 1.5, note = "đúng ngưỡng 80%" },
  { facts = { par_plan_completion_ratio = 0.7999 }, expect = 0.5 },
  { facts = { par_plan_completion_ratio = "0,5" }, expect = 0.5, note = "đúng ngưỡng 50%" },
  { facts = { par_plan_completion_ratio = 0.4999 }, expect = 0 },
  { facts = { par_plan_completion_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_plan_completion_ratio = "không áp dụng" }, expect = NA },
  { facts = { par_plan_completion_ratio = "101%" }, expect = BAD, note = "tỷ lệ quá 100%" },
  { facts = { par_plan_completion_ratio = "nhiều" }, expect = BAD },
}
-- four reports a year: ≥ 100% → 1,5; ≥ 75% (3 of 4) → 0,75; còn lại 0
cases "1.2" {
  { facts = { par_reports_on_time_ratio = "100%" }, expect = 1.5 },
  { facts = { par_reports_on_time_ratio = 0.9999 }, expect = 0.75 },
  { facts = { par_reports_on_time_ratio = "75%" }, expect = 0.75, note = "3/4 báo cáo đúng hạn" },
  { facts = { par_reports_on_time_ratio = 0.7499 }, expect = 0 },
  { facts = { par_reports_on_time_ratio = "0,5" }, expect = 0, note = "2/4 báo cáo đúng hạn" },
  { facts = {}, expect = 0 },
}
-- ≥ 30% → 2; ≥ 20% → 1; còn lại 0
cases "1.3" {
  { facts = { par_inspected_units_ratio = 1 }, expect = 2 },
  { facts = { par_inspected_units_ratio = "30%" }, expect = 2 },
  { facts = { par_inspected_units_ratio = 0.2999 }, expect = 1 },
  { facts = { par_inspected_units_ratio = "0,2" }, expect = 1 },
  { facts = { par_inspected_units_ratio = 0.1999 }, expect = 0 },
  { facts = { par_inspected_units_ratio = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { par_inspected_units_ratio = -0.1 }, expect = BAD },
}
-- ≥ 100% → 5; ≥ 90% → 3,5; ≥ 80% → 2; còn lại 0
cases "1.4" {
  { facts = { gov_tasks_on_time_ratio = "100%" }, expect = 5 },
  { facts = { gov_tasks_on_time_ratio = 0.9999 }, expect = 3.5 },
  { facts = { gov_tasks_on_time_ratio = "90%" }, expect = 3.5 },
  { facts = { gov_tasks_on_time_ratio = 0.8999 }, expect = 2 },
  { facts = { gov_tasks_on_time_ratio = "0,8" }, expect = 2 },
  { facts = { gov_tasks_on_time_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 2. Văn bản QPPL thuộc lĩnh vực quản lý (8 điểm, sở, ban, ngành)
---------------------------------------------------------------------------------------------
-- only when drafts were assigned: ≥ 100% → 3; ≥ 80% → 1,5; còn lại 0
cases "2.1" {
  { facts = { legal_drafting_assigned = "có", legal_drafting_done_ratio = "100%" }, expect = 3 },
  { facts = { legal_drafting_assigned = "có", legal_drafting_done_ratio = 0.9999 }, expect = 1.5 },
  { facts = { legal_drafting_assigned = "có", legal_drafting_done_ratio = "80%" }, expect = 1.5 },
  { facts = { legal_drafting_assigned = "có", legal_drafting_done_ratio = 0.7999 }, expect = 0 },
  { facts = { legal_drafting_assigned = "có" }, expect = 0, note = "được giao nhưng không có số liệu" },
  { facts = { legal_drafting_assigned = "không", legal_drafting_done_ratio = "không áp dụng" }, expect = NA },
  { facts = { legal_drafting_assigned = "không" }, expect = NA },
  { facts = { legal_drafting_assigned = "không áp dụng" }, expect = NA },
  { facts = { legal_drafting_done_ratio = "100%" }, expect = 3, note = "thiếu dữ kiện được giao: vẫn chấm" },
  { facts = {}, expect = 0 },
  { facts = { legal_drafting_assigned = "nhiều" }, expect = BAD },
  { facts = { legal_drafting_assigned = "có", legal_drafting_done_ratio = "nhiều" }, expect = BAD },
}
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "2.2" {
  { facts = { legal_review_completion_ratio = "100%" }, expect = 2 },
  { facts = { legal_review_completion_ratio = 0.9999 }, expect = 1 },
  { facts = { legal_review_completion_ratio = "80%" }, expect = 1 },
  { facts = { legal_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- timeliness, due 15/01/2019, late = 0,5 × 1
cases "2.3" {
  { facts = { legal_expired_list_date = "15/01/2019" }, expect = 1 },
  { facts = { legal_expired_list_date = "16/01/2019" }, expect = 0.5 },
  { facts = { legal_expired_list_date = "đúng hạn" }, expect = 1 },
  { facts = { legal_expired_list_date = "trễ hạn" }, expect = 0.5 },
  { facts = { legal_expired_list_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { legal_expired_list_date = "sớm" }, expect = BAD },
}
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "2.4" {
  { facts = { law_dissemination_completion_ratio = "100%" }, expect = 2 },
  { facts = { law_dissemination_completion_ratio = 0.9999 }, expect = 1 },
  { facts = { law_dissemination_completion_ratio = "0,8" }, expect = 1 },
  { facts = { law_dissemination_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 3. Cải cách TTHC (14 điểm, sở, ban, ngành)
---------------------------------------------------------------------------------------------
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0 (every department reviews its rules, procedures or not)
cases "3.1" {
  { facts = { tthc_review_completion_ratio = "100%" }, expect = 2 },
  { facts = { tthc_review_completion_ratio = 0.9999 }, expect = 1 },
  { facts = { tthc_review_completion_ratio = "80%" }, expect = 1 },
  { facts = { tthc_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = { has_tthc = "không", tthc_review_completion_ratio = "100%" }, expect = 2 },
  { facts = {}, expect = 0 },
}
-- only with procedures: ≥ 100% → 2,5; ≥ 90% → 1,25; còn lại 0
cases "3.2" {
  { facts = { has_tthc = "có", tthc_published_ratio = "100%" }, expect = 2.5 },
  { facts = { has_tthc = "có", tthc_published_ratio = 0.9999 }, expect = 1.25 },
  { facts = { has_tthc = "có", tthc_published_ratio = "90%" }, expect = 1.25 },
  { facts = { has_tthc = "có", tthc_published_ratio = 0.8999 }, expect = 0 },
  { facts = { has_tthc = "không", tthc_published_ratio = "không áp dụng" }, expect = NA },
  { facts = { has_tthc = "có" }, expect = 0 },
}
-- only with procedures: ≥ 100% → 2; ≥ 90% → 1,5; ≥ 70% → 0,5; còn lại 0
cases "3.3.1" {
  { facts = { has_tthc = "có", one_stop_procedures_ratio = "100%" }, expect = 2 },
  { facts = { has_tthc = "có", one_stop_procedures_ratio = 0.9999 }, expect = 1.5 },
  { facts = { has_tthc = "có", one_stop_procedures_ratio = "90%" }, expect = 1.5 },
  { facts = { has_tthc = "có", one_stop_procedures_ratio = 0.8999 }, expect = 0.5 },
  { facts = { has_tthc = "có", one_stop_procedures_ratio = "0,7" }, expect = 0.5 },
  { facts = { has_tthc = "có", one_stop_procedures_ratio = 0.6999 }, expect = 0 },
  { facts = { has_tthc = "không" }, expect = NA },
  { facts = {}, expect = 0 },
}
-- only with procedures: ≥ 100% → 5; ≥ 98% → 4; ≥ 95% → 2,5; ≥ 90% → 1; còn lại 0
cases "3.3.2" {
  { facts = { has_tthc = "có", one_stop_ontime_ratio = "100%" }, expect = 5 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = 0.9999 }, expect = 4 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = "98%" }, expect = 4 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = 0.9799 }, expect = 2.5 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = "95%" }, expect = 2.5 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = 0.9499 }, expect = 1 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = "0,9" }, expect = 1 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = 0.8999 }, expect = 0 },
  { facts = { has_tthc = "không", one_stop_ontime_ratio = "không áp dụng" }, expect = NA },
  { facts = { has_tthc = "có" }, expect = 0 },
  { facts = { has_tthc = "có", one_stop_ontime_ratio = "100,5%" }, expect = BAD },
}
-- only when applications were late: 100% apologised → 0,5; còn lại 0
cases "3.3.3" {
  { facts = { late_applications_exist = "có", overdue_apology_ratio = "100%" }, expect = 0.5 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0.9999 }, expect = 0 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0 }, expect = 0 },
  { facts = { late_applications_exist = "không", overdue_apology_ratio = "không áp dụng" }, expect = NA },
  { facts = { late_applications_exist = "có" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- only when feedback was received: ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "3.4" {
  { facts = { feedback_received = "có", feedback_handled_ratio = "100%" }, expect = 2 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.9999 }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = "80%" }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { feedback_received = "không" }, expect = NA },
  { facts = { feedback_received = false }, expect = NA },
  { facts = { feedback_received = true }, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 4. Văn bản QPPL tại huyện (8 điểm, chỉ huyện, thành phố)
---------------------------------------------------------------------------------------------
-- only when the district issued legal documents: ≥ 100% → 2,5; ≥ 80% → 1; còn lại 0
cases "4.1" (districts {
  { facts = { district_legal_docs_issued = "có", legal_docs_compliant_ratio = "100%" }, expect = 2.5 },
  { facts = { district_legal_docs_issued = "có", legal_docs_compliant_ratio = 0.9999 }, expect = 1 },
  { facts = { district_legal_docs_issued = "có", legal_docs_compliant_ratio = "80%" }, expect = 1 },
  { facts = { district_legal_docs_issued = "có", legal_docs_compliant_ratio = 0.7999 }, expect = 0 },
  { facts = { district_legal_docs_issued = "không", legal_docs_compliant_ratio = "không áp dụng" }, expect = NA },
  { facts = { district_legal_docs_issued = "có" }, expect = 0 },
  { facts = { district_legal_docs_issued = "có", legal_docs_compliant_ratio = "1,2" }, expect = BAD },
})
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "4.2" (districts {
  { facts = { commune_docs_checked_ratio = "100%" }, expect = 2 },
  { facts = { commune_docs_checked_ratio = 0.9999 }, expect = 1 },
  { facts = { commune_docs_checked_ratio = "0,8" }, expect = 1 },
  { facts = { commune_docs_checked_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
})
-- only when unlawful documents were found: ≥ 100% → 1; ≥ 80% → 0,5; còn lại 0
cases "4.3" (districts {
  { facts = { unlawful_docs_found = "có", unlawful_docs_handled_ratio = "100%" }, expect = 1 },
  { facts = { unlawful_docs_found = "có", unlawful_docs_handled_ratio = 0.9999 }, expect = 0.5 },
  { facts = { unlawful_docs_found = "có", unlawful_docs_handled_ratio = "80%" }, expect = 0.5 },
  { facts = { unlawful_docs_found = "có", unlawful_docs_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { unlawful_docs_found = "không" }, expect = NA },
  { facts = {}, expect = 0 },
})
-- ≥ 90% → 2,5; ≥ 70% → 1,5; ≥ 50% → 0,5; còn lại 0
cases "4.4" (districts {
  { facts = { communes_legal_access_ratio = "100%" }, expect = 2.5 },
  { facts = { communes_legal_access_ratio = "90%" }, expect = 2.5 },
  { facts = { communes_legal_access_ratio = 0.8999 }, expect = 1.5 },
  { facts = { communes_legal_access_ratio = "0,7" }, expect = 1.5 },
  { facts = { communes_legal_access_ratio = 0.6999 }, expect = 0.5 },
  { facts = { communes_legal_access_ratio = "50%" }, expect = 0.5 },
  { facts = { communes_legal_access_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
})

---------------------------------------------------------------------------------------------
-- Lĩnh vực 5. Cải cách TTHC, một cửa cấp huyện, cấp xã (14 điểm, chỉ huyện, thành phố)
---------------------------------------------------------------------------------------------
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "5.1" (districts {
  { facts = { tthc_review_completion_ratio = "100%" }, expect = 2 },
  { facts = { tthc_review_completion_ratio = 0.9999 }, expect = 1 },
  { facts = { tthc_review_completion_ratio = "80%" }, expect = 1 },
  { facts = { tthc_review_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
})
-- ≥ 100% → 2; ≥ 90% → 1; còn lại 0 (every district settles procedures: no gate)
cases "5.2" (districts {
  { facts = { tthc_published_ratio = "100%" }, expect = 2 },
  { facts = { tthc_published_ratio = 0.9999 }, expect = 1 },
  { facts = { tthc_published_ratio = "90%" }, expect = 1 },
  { facts = { tthc_published_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
})
-- ≥ 100% → 4; ≥ 98% → 3; ≥ 95% → 2; ≥ 90% → 1; còn lại 0
cases "5.3.1" (districts {
  { facts = { one_stop_ontime_ratio = "100%" }, expect = 4 },
  { facts = { one_stop_ontime_ratio = 0.9999 }, expect = 3 },
  { facts = { one_stop_ontime_ratio = "98%" }, expect = 3 },
  { facts = { one_stop_ontime_ratio = 0.9799 }, expect = 2 },
  { facts = { one_stop_ontime_ratio = "0,95" }, expect = 2 },
  { facts = { one_stop_ontime_ratio = 0.9499 }, expect = 1 },
  { facts = { one_stop_ontime_ratio = "90%" }, expect = 1 },
  { facts = { one_stop_ontime_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
})
-- ≥ 100% → 3,5; ≥ 98% → 2,5; ≥ 95% → 1,5; ≥ 90% → 0,5; còn lại 0
cases "5.3.2" (districts {
  { facts = { commune_ontime_ratio = "100%" }, expect = 3.5 },
  { facts = { commune_ontime_ratio = 0.9999 }, expect = 2.5 },
  { facts = { commune_ontime_ratio = "98%" }, expect = 2.5 },
  { facts = { commune_ontime_ratio = 0.9799 }, expect = 1.5 },
  { facts = { commune_ontime_ratio = "95%" }, expect = 1.5 },
  { facts = { commune_ontime_ratio = 0.9499 }, expect = 0.5 },
  { facts = { commune_ontime_ratio = "0,9" }, expect = 0.5 },
  { facts = { commune_ontime_ratio = 0.8999 }, expect = 0 },
  { facts = {}, expect = 0 },
})
-- only when applications were late: 100% apologised → 0,5; còn lại 0
cases "5.3.3" (districts {
  { facts = { late_applications_exist = "có", overdue_apology_ratio = "100%" }, expect = 0.5 },
  { facts = { late_applications_exist = "có", overdue_apology_ratio = 0.9999 }, expect = 0 },
  { facts = { late_applications_exist = "không" }, expect = NA },
  { facts = {}, expect = 0 },
})
-- only when feedback was received: ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "5.4" (districts {
  { facts = { feedback_received = "có", feedback_handled_ratio = "100%" }, expect = 2 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.9999 }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = "0,8" }, expect = 1 },
  { facts = { feedback_received = "có", feedback_handled_ratio = 0.7999 }, expect = 0 },
  { facts = { feedback_received = "không", feedback_handled_ratio = "không áp dụng" }, expect = NA },
})

---------------------------------------------------------------------------------------------
-- Lĩnh vực 6. Tổ chức bộ máy (9 điểm, chung)
---------------------------------------------------------------------------------------------
-- có → 2; không → 0
cases "6.1" {
  { facts = { org_functions_regulated = "có" }, expect = 2 },
  { facts = { org_functions_regulated = "không" }, expect = 0 },
  { facts = { org_functions_regulated = true }, expect = 2 },
  { facts = { org_functions_regulated = 1 }, expect = 2 },
  { facts = { org_functions_regulated = 0 }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { org_functions_regulated = "không áp dụng" }, expect = NA },
  { facts = { org_functions_regulated = 2 }, expect = BAD },
  { facts = { org_functions_regulated = "nhiều" }, expect = BAD },
  { facts = { org_functions_regulated = "có" }, expect = 2, kind = "district" },
}
-- ≥ 100% → 3; ≥ 80% → 2; ≥ 50% → 1; còn lại 0
cases "6.2" {
  { facts = { org_restructure_ratio = "100%" }, expect = 3 },
  { facts = { org_restructure_ratio = 0.9999 }, expect = 2 },
  { facts = { org_restructure_ratio = "80%" }, expect = 2 },
  { facts = { org_restructure_ratio = 0.7999 }, expect = 1 },
  { facts = { org_restructure_ratio = "0,5" }, expect = 1 },
  { facts = { org_restructure_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- có → 2; không → 0
cases "6.3" {
  { facts = { staff_within_quota = "có" }, expect = 2 },
  { facts = { staff_within_quota = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "6.4" {
  { facts = { staff_reduction_target_ratio = "100%" }, expect = 2 },
  { facts = { staff_reduction_target_ratio = 0.9999 }, expect = 1 },
  { facts = { staff_reduction_target_ratio = "80%" }, expect = 1 },
  { facts = { staff_reduction_target_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 7. Đội ngũ CBCCVC (13 điểm, chung)
---------------------------------------------------------------------------------------------
-- có → 2; không → 0
cases "7.1" {
  { facts = { staff_match_job_positions = "có" }, expect = 2 },
  { facts = { staff_match_job_positions = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- có → 3; không → 0
cases "7.2" {
  { facts = { personnel_compliant = "có" }, expect = 3 },
  { facts = { personnel_compliant = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
  { facts = { personnel_compliant = "có" }, expect = 3, kind = "district" },
}
-- ≥ 100% → 3; ≥ 80% → 1,5; còn lại 0
cases "7.3" {
  { facts = { training_completion_ratio = "100%" }, expect = 3 },
  { facts = { training_completion_ratio = 0.9999 }, expect = 1.5 },
  { facts = { training_completion_ratio = "80%" }, expect = 1.5 },
  { facts = { training_completion_ratio = 0.7999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- points entered by the inspection team, 0 … 2,5
cases "7.4.1" {
  { facts = { discipline_inspection_points = 0 }, expect = 0 },
  { facts = { discipline_inspection_points = "2,5" }, expect = 2.5 },
  { facts = { discipline_inspection_points = "1,75" }, expect = 1.75 },
  { facts = { discipline_inspection_points = "2,51" }, expect = BAD, note = "quá điểm tối đa" },
  { facts = { discipline_inspection_points = -0.25 }, expect = BAD },
  { facts = {}, expect = 0 },
  { facts = { discipline_inspection_points = "không áp dụng" }, expect = NA },
}
-- people disciplined: 0 → 2,5; 1 → 1,25; ≥ 2 → 0
cases "7.4.2" {
  { facts = { staff_disciplined_count = 0 }, expect = 2.5 },
  { facts = { staff_disciplined_count = "1" }, expect = 1.25 },
  { facts = { staff_disciplined_count = 2 }, expect = 0 },
  { facts = { staff_disciplined_count = "7" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
  { facts = { staff_disciplined_count = "không áp dụng" }, expect = NA },
  { facts = { staff_disciplined_count = "1,5" }, expect = BAD, note = "số người phải là số nguyên" },
  { facts = { staff_disciplined_count = -1 }, expect = BAD },
  { facts = { staff_disciplined_count = "không" }, expect = BAD },
  { facts = { staff_disciplined_count = 1 }, expect = 1.25, kind = "district" },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 8. Tài chính công (10 điểm, chung)
---------------------------------------------------------------------------------------------
-- timeliness, due 31/03/2019, late = 0,5 × 2
cases "8.1" {
  { facts = { internal_spending_rules_date = "31/03/2019" }, expect = 2 },
  { facts = { internal_spending_rules_date = "01/04/2019" }, expect = 1 },
  { facts = { internal_spending_rules_date = "đúng hạn" }, expect = 2 },
  { facts = { internal_spending_rules_date = "trễ hạn" }, expect = 1 },
  { facts = { internal_spending_rules_date = "không" }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- only with public service units: ≥ 100% → 3; ≥ 80% → 2; ≥ 50% → 1; còn lại 0
cases "8.2" {
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = "100%" }, expect = 3 },
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = 0.9999 }, expect = 2 },
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = "80%" }, expect = 2 },
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = 0.7999 }, expect = 1 },
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = "0,5" }, expect = 1 },
  { facts = { has_public_service_units = "có", psu_autonomy_ratio = 0.4999 }, expect = 0 },
  { facts = { has_public_service_units = "không", psu_autonomy_ratio = "không áp dụng" }, expect = NA },
  { facts = { has_public_service_units = "có" }, expect = 0 },
}
-- only when recommendations were received: ≥ 100% → 2; ≥ 80% → 1; còn lại 0
cases "8.3" {
  { facts = { audit_recommendations_received = "có", audit_recommendations_done_ratio = "100%" }, expect = 2 },
  { facts = { audit_recommendations_received = "có", audit_recommendations_done_ratio = 0.9999 }, expect = 1 },
  { facts = { audit_recommendations_received = "có", audit_recommendations_done_ratio = "80%" }, expect = 1 },
  { facts = { audit_recommendations_received = "có", audit_recommendations_done_ratio = 0.7999 }, expect = 0 },
  { facts = { audit_recommendations_received = "không" }, expect = NA },
  { facts = {}, expect = 0 },
}
-- ≥ 95% → 3; ≥ 85% → 2; ≥ 70% → 1; còn lại 0
cases "8.4" {
  { facts = { budget_execution_ratio = "100%" }, expect = 3 },
  { facts = { budget_execution_ratio = "95%" }, expect = 3 },
  { facts = { budget_execution_ratio = 0.9499 }, expect = 2 },
  { facts = { budget_execution_ratio = "85%" }, expect = 2 },
  { facts = { budget_execution_ratio = 0.8499 }, expect = 1 },
  { facts = { budget_execution_ratio = "0,7" }, expect = 1 },
  { facts = { budget_execution_ratio = 0.6999 }, expect = 0 },
  { facts = {}, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 9. Hiện đại hóa hành chính (14 điểm, chung)
---------------------------------------------------------------------------------------------
-- ≥ 90% → 5; ≥ 70% → 3; ≥ 50% → 1,5; còn lại 0
cases "9.1" {
  { facts = { e_documents_ratio = "100%" }, expect = 5 },
  { facts = { e_documents_ratio = "90%" }, expect = 5 },
  { facts = { e_documents_ratio = 0.8999 }, expect = 3 },
  { facts = { e_documents_ratio = "0,7" }, expect = 3 },
  { facts = { e_documents_ratio = 0.6999 }, expect = 1.5 },
  { facts = { e_documents_ratio = "50%" }, expect = 1.5 },
  { facts = { e_documents_ratio = 0.4999 }, expect = 0 },
  { facts = {}, expect = 0 },
}
-- only with procedures: ≥ 30% → 2; ≥ 20% → 1; còn lại 0
cases "9.2.1" {
  { facts = { has_tthc = "có", online_services_l34_ratio = "30%" }, expect = 2 },
  { facts = { has_tthc = "có", online_services_l34_ratio = 0.2999 }, expect = 1 },
  { facts = { has_tthc = "có", online_services_l34_ratio = "0,2" }, expect = 1 },
  { facts = { has_tthc = "có", online_services_l34_ratio = 0.1999 }, expect = 0 },
  { facts = { has_tthc = "không" }, expect = NA },
  { facts = { online_services_l34_ratio = "45%" }, expect = 2, kind = "district" },
}
-- only with procedures: ≥ 20% → 3; ≥ 10% → 2; ≥ 5% → 1; còn lại 0
cases "9.2.2" {
  { facts = { has_tthc = "có", online_applications_ratio = "20%" }, expect = 3 },
  { facts = { has_tthc = "có", online_applications_ratio = 0.1999 }, expect = 2 },
  { facts = { has_tthc = "có", online_applications_ratio = "10%" }, expect = 2 },
  { facts = { has_tthc = "có", online_applications_ratio = 0.0999 }, expect = 1 },
  { facts = { has_tthc = "có", online_applications_ratio = "0,05" }, expect = 1 },
  { facts = { has_tthc = "có", online_applications_ratio = 0.0499 }, expect = 0 },
  { facts = { has_tthc = "không", online_applications_ratio = "không áp dụng" }, expect = NA },
  { facts = {}, expect = 0 },
}
-- points entered by Sở KH&CN's inspection, 0 … 4
cases "9.3" {
  { facts = { iso_points = 0 }, expect = 0 },
  { facts = { iso_points = 4 }, expect = 4 },
  { facts = { iso_points = "3,5" }, expect = 3.5 },
  { facts = { iso_points = "4,5" }, expect = BAD },
  { facts = {}, expect = 0 },
}

---------------------------------------------------------------------------------------------
-- Lĩnh vực 10. Điều tra xã hội học (20 điểm, chung): share 0..1 × max
---------------------------------------------------------------------------------------------
cases "10.1" {
  { facts = { has_tthc = "có", sipas_satisfaction = 1 }, expect = 8 },
  { facts = { has_tthc = "có", sipas_satisfaction = 0 }, expect = 0 },
  { facts = { has_tthc = "có", sipas_satisfaction = "87,8%" }, expect = 7.024 },
  { facts = { has_tthc = "không", sipas_satisfaction = "không áp dụng" }, expect = NA },
  { facts = { has_tthc = "có", sipas_satisfaction = "101%" }, expect = BAD },
  { facts = {}, expect = 0 },
}
cases "10.2" {
  { facts = { survey_leaders = 1 }, expect = 6 },
  { facts = { survey_leaders = 0 }, expect = 0 },
  { facts = { survey_leaders = "0,755" }, expect = 4.53 },
  { facts = { survey_leaders = "1,01" }, expect = BAD },
  { facts = {}, expect = 0 },
}
cases "10.3" {
  { facts = { survey_staff = "100%" }, expect = 6 },
  { facts = { survey_staff = 0 }, expect = 0 },
  { facts = { survey_staff = "0,8613" }, expect = 5.1678 },
  { facts = { survey_staff = -0.01 }, expect = BAD },
  { facts = {}, expect = 0 },
  { facts = { survey_staff = "0,5" }, expect = 3, kind = "district" },
}
