-- A rule whose error message would clear the screen and reverse the line if printed raw.
index { year = 2019, title = "bug", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Lỗi", max = 1, score = { eval = function(f) error("\27[2J\7\u{202E}tnirp") end } }
