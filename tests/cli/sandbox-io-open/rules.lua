-- A rule that tries to read a file.
index { year = 2019, title = "io", total = 1, example = "../../rules/mini-data" }
local f = io.open("/etc/passwd")
