-- 31 criteria whose lead is no declared agency: check lists every finding, whole.
index { year = 2019, title = "Nhiều phát hiện", basis = "tests", total = 31 }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Lĩnh vực 1", max = 1, lead = "SO_KHONG_CO_1", score = { eval = function() return 1 end } }
field "2" { title = "Lĩnh vực 2", max = 1, lead = "SO_KHONG_CO_2", score = { eval = function() return 1 end } }
field "3" { title = "Lĩnh vực 3", max = 1, lead = "SO_KHONG_CO_3", score = { eval = function() return 1 end } }
field "4" { title = "Lĩnh vực 4", max = 1, lead = "SO_KHONG_CO_4", score = { eval = function() return 1 end } }
field "5" { title = "Lĩnh vực 5", max = 1, lead = "SO_KHONG_CO_5", score = { eval = function() return 1 end } }
field "6" { title = "Lĩnh vực 6", max = 1, lead = "SO_KHONG_CO_6", score = { eval = function() return 1 end } }
field "7" { title = "Lĩnh vực 7", max = 1, lead = "SO_KHONG_CO_7", score = { eval = function() return 1 end } }
field "8" { title = "Lĩnh vực 8", max = 1, lead = "SO_KHONG_CO_8", score = { eval = function() return 1 end } }
field "9" { title = "Lĩnh vực 9", max = 1, lead = "SO_KHONG_CO_9", score = { eval = function() return 1 end } }
field "10" { title = "Lĩnh vực 10", max = 1, lead = "SO_KHONG_CO_10", score = { eval = function() return 1 end } }
field "11" { title = "Lĩnh vực 11", max = 1, lead = "SO_KHONG_CO_11", score = { eval = function() return 1 end } }
field "12" { title = "Lĩnh vực 12", max = 1, lead = "SO_KHONG_CO_12", score = { eval = function() return 1 end } }
field "13" { title = "Lĩnh vực 13", max = 1, lead = "SO_KHONG_CO_13", score = { eval = function() return 1 end } }
field "14" { title = "Lĩnh vực 14", max = 1, lead = "SO_KHONG_CO_14", score = { eval = function() return 1 end } }
field "15" { title = "Lĩnh vực 15", max = 1, lead = "SO_KHONG_CO_15", score = { eval = function() return 1 end } }
field "16" { title = "Lĩnh vực 16", max = 1, lead = "SO_KHONG_CO_16", score = { eval = function() return 1 end } }
field "17" { title = "Lĩnh vực 17", max = 1, lead = "SO_KHONG_CO_17", score = { eval = function() return 1 end } }
field "18" { title = "Lĩnh vực 18", max = 1, lead = "SO_KHONG_CO_18", score = { eval = function() return 1 end } }
field "19" { title = "Lĩnh vực 19", max = 1, lead = "SO_KHONG_CO_19", score = { eval = function() return 1 end } }
field "20" { title = "Lĩnh vực 20", max = 1, lead = "SO_KHONG_CO_20", score = { eval = function() return 1 end } }
field "21" { title = "Lĩnh vực 21", max = 1, lead = "SO_KHONG_CO_21", score = { eval = function() return 1 end } }
field "22" { title = "Lĩnh vực 22", max = 1, lead = "SO_KHONG_CO_22", score = { eval = function() return 1 end } }
field "23" { title = "Lĩnh vực 23", max = 1, lead = "SO_KHONG_CO_23", score = { eval = function() return 1 end } }
field "24" { title = "Lĩnh vực 24", max = 1, lead = "SO_KHONG_CO_24", score = { eval = function() return 1 end } }
field "25" { title = "Lĩnh vực 25", max = 1, lead = "SO_KHONG_CO_25", score = { eval = function() return 1 end } }
field "26" { title = "Lĩnh vực 26", max = 1, lead = "SO_KHONG_CO_26", score = { eval = function() return 1 end } }
field "27" { title = "Lĩnh vực 27", max = 1, lead = "SO_KHONG_CO_27", score = { eval = function() return 1 end } }
field "28" { title = "Lĩnh vực 28", max = 1, lead = "SO_KHONG_CO_28", score = { eval = function() return 1 end } }
field "29" { title = "Lĩnh vực 29", max = 1, lead = "SO_KHONG_CO_29", score = { eval = function() return 1 end } }
field "30" { title = "Lĩnh vực 30", max = 1, lead = "SO_KHONG_CO_30", score = { eval = function() return 1 end } }
field "31" { title = "Lĩnh vực 31", max = 1, lead = "SO_KHONG_CO_31", score = { eval = function() return 1 end } }
