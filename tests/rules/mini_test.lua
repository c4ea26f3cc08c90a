-- tests/rules/mini_test.lua — the cases of tests/rules/mini.lua (run by `paridx test`):
-- every leaf, at each boundary of its scale.

cases "1.1.1" {
  { facts = { plan_issued = "có" }, expect = 0.5 },
  { facts = { plan_issued = "không" }, expect = 0 },
  { facts = {}, expect = 0, note = "không có dữ liệu" },
}
cases "1.1.2" {
  { facts = { plan_date = "31/12/2018" }, expect = 0.5, note = "đúng ngày hạn" },
  { facts = { plan_date = "01/01/2019" }, expect = 0.25, note = "trễ một ngày" },
  { facts = { plan_date = "31/02/2019" }, expect = "data error", note = "ngày không tồn tại" },
  { facts = {}, expect = 0 },
}
cases "1.1.3" {
  { facts = { council_points = "2,675" }, expect = 2.675 },
  { facts = { council_points = 3 }, expect = 3 },
  { facts = { council_points = 0 }, expect = 0 },
  { facts = { council_points = "3,5" }, expect = "data error", note = "quá điểm tối đa" },
}
cases "2.1" {
  { facts = { docs_ratio = "100%" }, expect = 2 },
  { facts = { docs_ratio = "99,99%" }, expect = 1 },
  { facts = { docs_ratio = "80%" }, expect = 1 },
  { facts = { docs_ratio = 0.7999 }, expect = 0 },
  { facts = { docs_ratio = "nhiều" }, expect = "data error" },
}
cases "2.2" {
  { facts = { has_docs_to_check = "không" }, expect = paridx.NA },
  { facts = { has_docs_to_check = "có", docs_checked = "có" }, expect = 1 },
  { facts = { has_docs_to_check = "có", docs_checked = "không" }, expect = 0 },
}
cases "2.3" {
  { facts = { satisfaction = "87,8%" }, expect = 2.634, tol = 1e-12 },
  { facts = { satisfaction = 1 }, expect = 3 },
  { facts = { satisfaction = 0 }, expect = 0 },
}
