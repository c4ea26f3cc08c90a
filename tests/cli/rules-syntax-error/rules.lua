-- A missing closing brace.
index { year = 2019, title = "syntax", total = 1
field "1" { title = "Một", max = 1 }
