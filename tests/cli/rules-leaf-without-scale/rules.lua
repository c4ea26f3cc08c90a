-- A sub-criterion nobody can score.
index { year = 2019, title = "leaf", total = 1, example = "../../rules/mini-data" }
field "1" { title = "Một", max = 1,
  criterion "1.1" { title = "a", max = 1,
    sub "1.1.1" { title = "chưa có thang điểm", max = 1 },
  },
}
