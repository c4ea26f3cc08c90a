-- A tolerance that is not a number: a failed case, not a crash.
cases "1.1.1" {
  { facts = { plan_issued = "có" }, expect = 0.5, tol = "nhỏ" },
}
