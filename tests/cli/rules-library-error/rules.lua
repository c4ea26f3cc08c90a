-- A rule file whose library raises: the message names the library's line.
local broken = require "broken"
index { year = 2019, title = "bug", total = 1, example = "../../rules/mini-data" }
