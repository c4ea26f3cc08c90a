-- rules/lib/submitted.lua — a scale over the plan's own submissions
-- (local submitted = require "submitted"):
--
--   submitted.on_time("TDG", { late = 0.5 })
--       the deadline's task delivered on time → điểm tối đa; late → late × tối đa (default
--       0,5); not delivered (or not by every agency) → 0
--
-- It reads no fact: the dates are the submissions recorded with `paridx submit` or imported
-- (`paridx import RULES --db F submissions FILE`), judged against the deadline with code "TDG"
-- over the rule file's calendar.  For a unit that is one of the deadline's agencies, its own
-- submission counts; for any other unit (a province), those of all the deadline's agencies.
-- Errors are written in English and translated with paridx._ (po/vi.po), one whole sentence
-- per message; the scale's text and its "why" are Vietnamese.
-- Uses: ctx.submission (the engine), paridx._, paridx.fmt, paridx.date.

local submitted = {}

local _ = paridx._
local num = paridx.fmt.num
local dmy = paridx.date.format

local function check(ok, msg, ...)
  if not ok then error(string.format(msg, ...), 3) end
end

function submitted.on_time(code, opts)
  check(type(code) == "string" and code ~= "",
        _("submitted.on_time: expected a deadline's code such as \"TDG\", found %s"), tostring(code))
  opts = opts or {}
  check(type(opts) == "table", _("submitted.on_time: expected { late = 0.5 } after the code, found %s"),
        tostring(opts))
  local late = opts.late == nil and 0.5 or opts.late
  check(math.type(late) ~= nil and late >= 0 and late <= 1,
        _("submitted.on_time: late must be a share of the maximum from 0 to 1, found %s"), tostring(late))
  return {
    kind = "submission",
    text = string.format("nộp %s đúng hạn → điểm tối đa; trễ hạn → %s × tối đa; chưa nộp → 0",
                         code, num(late)),
    facts = {},
    eval = function(_, max, ctx)
      local s = ctx.submission and ctx.submission(code)
      if not s then return 0, code .. ": chưa nộp → 0" end
      if s.status == "đúng hạn" then
        return max, string.format("%s: nhận %s, hạn %s, đúng hạn → %s", code, dmy(s.received),
                                  dmy(s.due), num(max))
      end
      return late * max, string.format("%s: nhận %s, hạn %s, trễ %d ngày làm việc → %s", code,
                                       dmy(s.received), dmy(s.due), s.late_days, num(late * max))
    end,
  }
end

return submitted
