-- values must list words.
index { year = 2019, title = "t" }
fact "status" { type = "status", label = "Tình trạng", values = { "đúng hạn", 2 } }
