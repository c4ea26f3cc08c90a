-- A rule that tries to change the data it scores.
index { year = 2019, title = "db", total = 1 }
field "1" { title = "Xóa dữ liệu", max = 1,
  score = { eval = function()
    paridx.db.query("DELETE FROM fact")
    return 1
  end } }
