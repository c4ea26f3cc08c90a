cases "1.1" {
  { facts = { done_ratio = "100%" }, expect = 1.5 },
  { facts = { done_ratio = "99,99%" }, expect = 0.75 },
  { facts = { done_ratio = "80%" }, expect = 0.75 },
  { facts = { done_ratio = "79,99%" }, expect = 0 },
}
cases "1.2" {
  { facts = { done_ratio = "100%" }, expect = 1.5 },
  { facts = { done_ratio = "80%" }, expect = 0.75 },
}
