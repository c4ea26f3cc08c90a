-- tests/lua/submitted.lua — the scale over submissions (rules/lib/submitted.lua): what it gives
-- for each answer of ctx.submission (none, on time, late), without ctx.submission (a rule
-- file with no calendar), and the arguments it refuses when a rule file loads.
local submitted = require "submitted"

local function refused(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected the constructor to refuse its arguments")
  assert(paridx.re.test(pattern, tostring(err)), "unexpected message: " .. tostring(err))
end

local function ctx(answer)
  return { unit = "LCH", node = "1.2", submission = function(code)
    assert(code == "TDG", "asked for " .. tostring(code))
    return answer
  end }
end

local s = submitted.on_time("TDG", { late = 0.25 })
assert(s.kind == "submission" and #s.facts == 0)
assert(paridx.re.test("trễ hạn → 0,25 × tối đa", s.text))

local p, why = s.eval({}, 2, ctx(nil))
assert(p == 0 and why == "TDG: chưa nộp → 0", why)
p, why = s.eval({}, 2, ctx({ status = "đúng hạn", received = "2019-12-23", due = "2019-12-24", late_days = 0 }))
assert(p == 2 and why == "TDG: nhận 23/12/2019, hạn 24/12/2019, đúng hạn → 2", why)
p, why = s.eval({}, 2, ctx({ status = "trễ hạn", received = "2019-12-27", due = "2019-12-24", late_days = 3 }))
assert(p == 0.5 and why == "TDG: nhận 27/12/2019, hạn 24/12/2019, trễ 3 ngày làm việc → 0,5", why)
p = s.eval({}, 2, { unit = "LCH" }) -- no calendar in the rule file: nothing can be read
assert(p == 0)
assert(paridx.re.test("0,5 × tối đa", submitted.on_time("TDG").text)) -- late defaults to half

refused("expected a deadline's code", submitted.on_time, nil)
refused("expected a deadline's code", submitted.on_time, "")
refused("late must be a share", submitted.on_time, "TDG", { late = 2 })
refused("late must be a share", submitted.on_time, "TDG", { late = "nửa" })
refused("expected { late = 0.5 }", submitted.on_time, "TDG", 0.5)
