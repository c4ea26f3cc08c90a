-- A parent's case checks the sum of its leaves; cases "index" the unit's total and band.
-- Each failing case is reported at its own line.
cases "1.1" {
  { facts = { plan_issued = "có", plan_date = "31/12/2018", council_points = 3 }, expect = 4 },
  { facts = { plan_issued = "có", plan_date = "01/01/2019", council_points = 3 }, expect = 3.75 },
  { facts = { plan_issued = "có", plan_date = "01/01/2019", council_points = 3 },
    expect = 4, note = "trễ hạn: chỉ được nửa điểm 1.1.2" },
}
cases "2" {
  { facts = { docs_ratio = "100%", has_docs_to_check = "không", satisfaction = "100%" },
    expect = 5, note = "2.2 không áp dụng: tối đa còn 5" },
  { facts = { has_docs_to_check = "không" }, expect = 0 },
}
cases "index" {
  { facts = { plan_issued = "có", plan_date = "31/12/2018", council_points = 3,
              docs_ratio = "100%", has_docs_to_check = "có", docs_checked = "có",
              satisfaction = "100%" },
    expect = 10, band = "A" },
  { facts = { plan_issued = "có", plan_date = "31/12/2018", council_points = 3,
              docs_ratio = "80%", has_docs_to_check = "không", satisfaction = "100%" },
    expect = 8, band = "B", note = "8 / 9 = 88,89%" },
  { facts = { plan_issued = "có" }, expect = 0.5, band = false },
  { facts = { plan_issued = "có" }, expect = 0.5, band = "B" },
}
