-- Rule text in `paridx test` output shows control characters and bidi overrides escaped:
-- a code, a fact value shown back and a note, each carrying ESC, BEL or U+202E.
cases "1.1.1\27[2J" {
  { facts = { plan_issued = "có" }, expect = 0.5 },
}
cases "1.1.1" {
  { facts = { plan_issued = "có", ghi_chu = "a\u{202E}b" }, expect = 0.25, note = "xem\7 lại" },
}
