-- Failing cases, each reported at its own line: a wrong expectation, a wrong kind of outcome,
-- an unknown code, a parent's wrong sum, an unreadable fact value; the leaves left without
-- cases are reported too.
cases "1.1.1" {
  { facts = { plan_issued = "có" }, expect = 1, note = "điểm tối đa là 0,5" },
  { facts = { plan_issued = "có" }, expect = 0.5 },
}
cases "2.1" {
  { facts = { docs_ratio = "85%" }, expect = "data error" },
  { facts = { docs_ratio = "nhiều" }, expect = 0 },
}
cases "2.2" { { facts = { has_docs_to_check = "có", docs_checked = "có" }, expect = paridx.NA } }
cases "9.9" { { facts = {}, expect = 0 } }
cases "1" { { facts = { plan_issued = "có", plan_date = "31/12/2018", council_points = 2 }, expect = 3.5 } }
cases "2.3" { { facts = { satisfaction = "31/02/2019" }, expect = 0 } }
