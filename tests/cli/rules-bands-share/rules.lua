-- Bands whose points are a share of the leaf's maximum: lowering a maximum is one edit.
local scale = require "scale"
index { year = 2019, title = "Thử thang theo phần trăm", basis = "tests", total = 3 }
unit_kind { code = "province", name = "Tỉnh" }
agency { code = "SNV", name = "Sở Nội vụ" }
field "1" { title = "Một lĩnh vực", max = 3, lead = "SNV",
  criterion "1.1" { title = "Theo phần trăm", max = 1.5,
    score = scale.bands("done_ratio", { { 1.0, "100%" }, { 0.8, "50%" }, { 0, "0%" } }) },
  criterion "1.2" { title = "Theo điểm (vẫn dùng được)", max = 1.5,
    score = scale.bands("done_ratio", { { 1.0, 1.5 }, { 0.8, 0.75 }, { 0, 0 } }) },
}
