-- A range whose bounds are the wrong way round.
index { year = 2019, title = "t" }
fact "count" { type = "number", label = "Số văn bản", min = 10, max = 1 }
