-- A scale that reads a fact, prints, then loops 20 million times: longer than the watchdog of
-- an uncounted scoring, well within the step budget (sandbox-scale-long).
local scale = require "scale"
index { year = 2019, title = "long", total = 1, example = "mini-data" }
unit_kind { code = "province", name = "Tỉnh" }
field "1" { title = "Một lĩnh vực", max = 1,
  criterion "1.1" { title = "Vòng lặp dài", max = 1,
    score = scale.custom {
      facts = { { name = "docs_ratio", type = "number" } }, text = "tỉ lệ × điểm tối đa",
      eval = function(f, max, ctx)
        local r = scale.read.number(f, "docs_ratio", 0, 1)
        print("chấm", ctx.unit)
        for _ = 1, 2e7 do end
        if r == paridx.NA then return paridx.NA, "không có tỉ lệ" end
        return r * max, "tỉ lệ " .. r
      end } },
}
