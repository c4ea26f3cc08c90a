-- A fact of a type the dictionary does not know.
index { year = 2019, title = "t" }
fact "rate" { type = "percent", label = "Tỷ lệ" }
