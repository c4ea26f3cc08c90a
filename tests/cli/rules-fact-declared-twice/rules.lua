-- The same fact code declared twice.
index { year = 2019, title = "t" }
fact "rate" { type = "ratio", label = "Tỷ lệ" }
fact "rate" { type = "ratio", label = "Tỷ lệ hai" }
