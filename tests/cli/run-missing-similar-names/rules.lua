-- Two facts the data lacks, one name inside the other: both must be named.
local scale = require "scale"
index { year = 2019, title = "tên giống nhau", total = 2, example = "../../rules/mini-data" }
field "1" { title = "Điều tra", max = 2,
  criterion "1.1" { title = "Câu hỏi khảo sát 1", max = 1, score = scale.binary("survey_q1") },
  criterion "1.2" { title = "Câu hỏi 1", max = 1, score = scale.binary("q1") },
}
