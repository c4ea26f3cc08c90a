-- A rule that tries to run a shell command.
index { year = 2019, title = "os", total = 1, example = "../../rules/mini-data" }
os.execute("touch " .. "$TMP/pwned")
