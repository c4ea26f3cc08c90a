-- rules/lib/scale.lua — the scales a year's rule file scores its leaves with
-- (local scale = require "scale").  Contract: rules/README.md, section 9.
--
--   scale.binary(fact)                      có → điểm tối đa; không → 0
--   scale.timeliness(fact, {due = "31/12/2018", late = 0.5})
--                                           đúng hạn → tối đa; trễ hạn → late × tối đa; không có → 0
--   scale.bands(fact, {{1.0, 1}, {0.8, 0.5}, {0, 0}} [, {over_100 = true}])
--   scale.bands(fact, {{1.0, "100%"}, {0.8, "50%"}, {0, "0%"}})
--                                           first row whose threshold ≤ the ratio gives the points
--                                           (or that share of the leaf's maximum);
--                                           over_100: the ratio may pass 100% (so với kế hoạch)
--   scale.at_most(fact, {{0, 1}, {1, 0.5}}) a count where fewer is better: ≤ 0 → 1; ≤ 1 → 0,5; more → 0
--   scale.points(fact)                      points entered by hand, 0 ≤ v ≤ tối đa
--   scale.share(fact)                       survey share 0..1 × tối đa (survey-assessed items)
--   scale.applicable_if(fact, inner)        fact không → không áp dụng; otherwise inner
--   scale.custom {facts = {...}, text = "...", eval = function(f, max, ctx) ... end}
--   scale.read.bool/number/count/date(f, name)
--                                           read a fact checked for its type (for custom scales)
--
-- Each constructor checks its arguments when the rule file loads; the error names the rule
-- file's line.  A scale is {kind, text, facts, eval}; eval(f, max, ctx) returns points and a
-- short Vietnamese "why" (worded only when ctx.explain is true; false otherwise).  A fact
-- that is missing scores 0 ("không có dữ liệu"); a fact marked không áp dụng makes the node
-- not apply (paridx.NA).
-- Errors are written in English and translated with paridx._ (po/vi.po), one whole sentence
-- per message.
-- Uses: paridx.NA, paridx.data_error, paridx._, paridx.date, paridx.re.test,
-- paridx.fact_types, paridx.fmt (the rule sandbox).

local scale = {}
local _ = paridx._
-- What every scoring reads, kept as locals: a global or a field of the read-only libraries
-- costs a lookup through their proxies each time.
local NA, type, math_type, floor, huge = paridx.NA, type, math.type, math.floor, math.huge

-- The types a fact may be declared with: the one list the loader checks too.
local FACT_TYPES = {}
for _i, t in ipairs(paridx.fact_types) do FACT_TYPES[t] = true end

-- Raises a load-time error at the rule file line that called the constructor: the message
-- (translated) formatted with the values that follow.
local function check(ok, msg, ...)
  if not ok then error(string.format(msg, ...), 3) end
end

local function is_name(s)
  return type(s) == "string" and paridx.re.test("^[a-z][a-z0-9_]*$", s)
end

local function is_number(v)
  return math_type(v) ~= nil and v == v and v ~= huge and v ~= -huge
end

-- Numbers and dates as the tables show them, formatted by paridx itself: 0.5 → "0,5",
-- 12 → "12", 0.725 → "0,73" (at most 2 decimals, rounded once as the tables round);
-- "2019-12-25" → "25/12/2019".
local num = paridx.fmt.num
local dmy = paridx.date.format

local function pct(r) return num(r * 100) .. "%" end

-- A value as the user typed it: "yes" quoted, có/không, 0,75 (every digit kept).
local function shown(v)
  if type(v) == "boolean" then return v and "có" or "không" end
  if type(v) == "string" then return string.format("\"%s\"", v) end
  if not is_number(v) then return tostring(v) end
  local s = string.format("%.10g", v)
  for i = 1, #s do
    if s:sub(i, i) == "." then return s:sub(1, i - 1) .. "," .. s:sub(i + 1) end
  end
  return s
end

-- A data error: the message (translated) formatted with the values that follow.
local function wrong(msg, ...)
  paridx.data_error(string.format(msg, ...))
end

-- The fact name a constructor fn was given, checked (the error names the rule file line).
local function check_name(fn, fact)
  if not is_name(fact) then
    error(string.format(_("%s: expected a fact name such as \"plan_issued\", found %s"), fn, shown(fact)), 3)
  end
end

-- Readers: the fact's value checked for type; nil when missing, paridx.NA when not applicable.
local read = {}

function read.bool(f, name)
  local v = f[name]
  if v == nil or v == NA or type(v) == "boolean" then return v end
  if v == 1 or v == 0 then return v == 1 end
  wrong(_("dữ kiện %s: expected có/không, found %s"), name, shown(v))
end

function read.number(f, name, lo, hi)
  local v = f[name]
  if v == nil or v == NA then return v end
  if not is_number(v) or (lo and v < lo) or (hi and v > hi) then
    if hi then
      wrong(_("dữ kiện %s: expected a number from %s to %s, found %s"), name, num(lo), num(hi), shown(v))
    elseif lo then
      wrong(_("dữ kiện %s: expected a number ≥ %s, found %s"), name, num(lo), shown(v))
    end
    wrong(_("dữ kiện %s: expected a number, found %s"), name, shown(v))
  end
  return v
end

-- A count of people or things: a whole number ≥ 0.
function read.count(f, name)
  local v = read.number(f, name, 0)
  if v ~= nil and v ~= NA and (v ~= floor(v) or v > 1e9) then
    wrong(_("dữ kiện %s: expected a whole number, found %s"), name, shown(v))
  end
  return v
end

-- A date fact as "yyyy-mm-dd"; a timeliness status ("đúng hạn" …) comes back as typed, and
-- "không" (read as a yes/no answer) as "không".
function read.date(f, name, statuses)
  local v = f[name]
  if v == nil or v == NA then return v end
  if statuses and v == false then return "không" end
  if type(v) == "string" then
    local iso = paridx.date(v)
    if iso then return iso end
    if statuses then
      for word in pairs(statuses) do -- "Đúng hạn" as typed in Excel is "đúng hạn"
        if paridx.re.test("(?i)^" .. word .. "$", v) then return word end
      end
    end
  end
  if statuses then
    wrong(_("dữ kiện %s: expected a date dd/mm/yyyy or đúng hạn / trễ hạn / không, found %s"), name, shown(v))
  end
  wrong(_("dữ kiện %s: expected a date dd/mm/yyyy, found %s"), name, shown(v))
end

scale.read = read

-- A scale over one fact: `get` reads it checked for type, "không áp dụng" and missing data are
-- answered here, and score(v, max, explain) → points, why scores a value that is present.
-- The why is worded only when ctx.explain is true (explain, report, --missing); a stored run
-- asks for points alone, and `x and text` then gives false without building the text.
local function one_fact(kind, text, fact, type_name, get, score)
  return {
    kind = kind,
    text = text,
    facts = { { name = fact, type = type_name } },
    eval = function(f, max, ctx)
      local v = get(f, fact, max, ctx)
      local explain = ctx.explain
      if v == NA then return NA, explain and fact .. ": không áp dụng" end
      if v == nil then return 0, explain and fact .. ": không có dữ liệu" end
      return score(v, max, explain)
    end,
  }
end

function scale.binary(fact)
  check_name("scale.binary", fact)
  return one_fact("binary", "có → điểm tối đa; không → 0", fact, "bool", read.bool, function(v, max, explain)
    if v then return max, explain and fact .. " = có → " .. num(max) end
    return 0, explain and fact .. " = không → 0"
  end)
end

local STATUSES = { ["đúng hạn"] = "on time", ["trễ hạn"] = "late", ["không"] = "none" }

function scale.timeliness(fact, opts)
  check_name("scale.timeliness", fact)
  check(type(opts) == "table", _("scale.timeliness: expected {due = \"dd/mm/yyyy\", late = 0.5} after the fact name"))
  local due = type(opts.due) == "string" and paridx.date(opts.due)
  check(due, _("scale.timeliness: due must be a date such as \"31/12/2018\", found %s"), shown(opts.due))
  local late = opts.late == nil and 0.5 or opts.late
  check(is_number(late) and late >= 0 and late <= 1,
        _("scale.timeliness: late must be a share of the maximum from 0 to 1, found %s"), shown(late))
  local text = string.format("đúng hạn (≤ %s) → điểm tối đa; trễ hạn → %s × tối đa; không có → 0",
                             dmy(due), num(late))
  local function get(f, name) return read.date(f, name, STATUSES) end
  return one_fact("timeliness", text, fact, "date", get, function(v, max, explain)
    local status = STATUSES[v]
    if status == "none" then return 0, explain and fact .. " = không → 0" end
    if status == "on time" then return max, explain and "đúng hạn → " .. num(max) end
    if status == "late" then return late * max, explain and "trễ hạn → " .. num(late * max) end
    if v <= due then
      return max, explain and string.format("%s ≤ hạn %s → %s", dmy(v), dmy(due), num(max))
    end
    return late * max, explain and string.format("%s sau hạn %s → %s", dmy(v), dmy(due), num(late * max))
  end)
end

-- A band's points: a number of points, or a share of the leaf's maximum written "50%" (so
-- that lowering a maximum is one edit).  Returns the number (points, or the share 0..1) and
-- whether it is a share; nil when it is neither.
local function band_points(p)
  if is_number(p) then return p, false end
  if type(p) ~= "string" then return nil end
  local whole, int, frac = paridx.re.match("^([0-9]+)(?:[.,]([0-9]+))? ?%$", p)
  if not whole then return nil end
  return tonumber(int .. "." .. (frac or "0")) / 100, true
end

function scale.bands(fact, rows, opts)
  check_name("scale.bands", fact)
  check(type(rows) == "table" and #rows > 0,
        _("scale.bands: expected rows such as {{1.0, 1}, {0.8, 0.5}, {0, 0}} after the fact name"))
  check(opts == nil or type(opts) == "table", _("scale.bands: the options must be a table such as {over_100 = true}"))
  local over = opts ~= nil and opts.over_100 == true
  local parts, points, share = {}, {}, nil
  for i, row in ipairs(rows) do
    local p, is_share
    if type(row) == "table" then p, is_share = band_points(row[2]) end
    check(type(row) == "table" and is_number(row[1]) and row[1] >= 0 and p ~= nil and p >= 0,
          _("scale.bands: row %d must be {threshold, points} with numbers ≥ 0, or {threshold, \"50%%\"} for a share of the maximum"), i)
    check(not is_share or p <= 1,
          _("scale.bands: row %d gives %s of the maximum; a share is at most 100%%"), i, row[2])
    check(share == nil or share == is_share, is_share
          and _("scale.bands: row %d gives a share of the maximum, but the rows above give points; write every row's points one way")
          or _("scale.bands: row %d gives points, but the rows above give shares of the maximum; write every row's points one way"), i)
    share = is_share
    points[i] = p
    check(over or row[1] <= 1,
          _("scale.bands: row %d threshold %s is above 100%% (a ratio is 0..1; add {over_100 = true} for results against a plan)"),
          i, num(row[1]))
    if i > 1 then
      check(row[1] < rows[i - 1][1], _("scale.bands: row %d: thresholds must go down, %s after %s"),
            i, num(row[1]), num(rows[i - 1][1]))
      check(p <= points[i - 1], _("%s: row %d gives more points (%s) than the row above (%s)"),
            "scale.bands", i, tostring(row[2]), tostring(rows[i - 1][2]))
    end
  end
  -- "50% tối đa" for a share, "0,5" for points
  local function said(p) return share and p > 0 and pct(p) .. " tối đa" or num(p) end
  for i, row in ipairs(rows) do
    if row[1] > 0 then parts[#parts + 1] = string.format("≥ %s → %s", pct(row[1]), said(points[i])) end
  end
  local last = rows[#rows]
  parts[#parts + 1] = "còn lại " .. (last[1] == 0 and said(points[#rows]) or "0")
  local function get(f, name)
    local v = read.number(f, name, 0, not over and 1 or nil)
    if over and is_number(v) and v > 10 then -- 115 typed for 115%
      wrong(_("dữ kiện %s: expected a ratio such as 115%% (1,15), found %s"), name, shown(v))
    end
    return v
  end
  -- the points of row i for a leaf of maximum max, and (when explain) how they were found
  local function got(i, max, explain)
    if not share then return points[i], explain and num(points[i]) end
    local p = points[i] * max
    return p, explain and string.format("%s × %s = %s", pct(points[i]), num(max), num(p))
  end
  return one_fact("bands", table.concat(parts, "; "), fact, "ratio", get, function(v, max, explain)
    for i, row in ipairs(rows) do
      if v >= row[1] and points[i] == 0 and i > 1 then
        return 0, explain and string.format("tỷ lệ %s < %s → 0", pct(v), pct(rows[i - 1][1]))
      end
      if v >= row[1] then
        local p, how = got(i, max, explain)
        return p, explain and string.format("tỷ lệ %s ≥ %s → %s", pct(v), pct(row[1]), how)
      end
    end
    return 0, explain and string.format("tỷ lệ %s < %s → 0", pct(v), pct(last[1]))
  end)
end

-- A count where fewer is better (people disciplined, violations): the first row whose limit
-- the count does not pass gives the points; a count above every limit gives 0.
function scale.at_most(fact, rows)
  check_name("scale.at_most", fact)
  check(type(rows) == "table" and #rows > 0,
        _("scale.at_most: expected rows such as {{0, 1}, {1, 0.5}} after the fact name"))
  local parts = {}
  for i, row in ipairs(rows) do
    check(type(row) == "table" and is_number(row[1]) and row[1] >= 0 and row[1] == math.floor(row[1])
          and is_number(row[2]) and row[2] >= 0,
          _("scale.at_most: row %d must be {whole number ≥ 0, points ≥ 0}"), i)
    if i > 1 then
      check(row[1] > rows[i - 1][1], _("scale.at_most: row %d: limits must go up, %s after %s"),
            i, num(row[1]), num(rows[i - 1][1]))
      check(row[2] <= rows[i - 1][2], _("%s: row %d gives more points (%s) than the row above (%s)"),
            "scale.at_most", i, num(row[2]), num(rows[i - 1][2]))
    end
    parts[#parts + 1] = string.format("≤ %s → %s", num(row[1]), num(row[2]))
  end
  parts[#parts + 1] = "nhiều hơn → 0"
  return one_fact("at_most", table.concat(parts, "; "), fact, "number", read.count, function(v, _max, explain)
    for _i, row in ipairs(rows) do
      if v <= row[1] then
        return row[2], explain and string.format("%s = %s ≤ %s → %s", fact, num(v), num(row[1]), num(row[2]))
      end
    end
    return 0, explain and string.format("%s = %s > %s → 0", fact, num(v), num(rows[#rows][1]))
  end)
end

function scale.points(fact)
  check_name("scale.points", fact)
  -- Points typed above the maximum: most often last year's value under a maximum the rule
  -- file has since lowered, so the words say what to do.
  local function get(f, name, max, ctx)
    local v = read.number(f, name, 0)
    if is_number(v) and v > max then
      wrong(_("dữ kiện %s: the value %s is above the new maximum %s of %s; " ..
              "correct the %d data or use --data-year"), name, shown(v), num(max), ctx.node, ctx.year)
    end
    return v
  end
  return one_fact("points", "điểm do cơ quan chấm nhập trực tiếp, từ 0 đến điểm tối đa", fact, "points", get,
    function(v, max, explain) return v, explain and string.format("chấm %s/%s điểm", num(v), num(max)) end)
end

function scale.share(fact)
  check_name("scale.share", fact)
  local function get(f, name) return read.number(f, name, 0, 1) end
  return one_fact("share", "điều tra xã hội học: tỷ lệ điểm bình quân × điểm tối đa", fact, "ratio", get,
    function(v, max, explain)
      return v * max, explain and string.format("tỷ lệ %s × %s → %s", pct(v), num(max), num(v * max))
    end)
end

function scale.applicable_if(fact, inner)
  check_name("scale.applicable_if", fact)
  check(type(inner) == "table" and type(inner.eval) == "function",
        _("scale.applicable_if: expected a scale after the fact name, such as scale.bands(…)"))
  local facts = { { name = fact, type = "bool" } }
  for _i, d in ipairs(inner.facts or {}) do facts[#facts + 1] = d end
  return {
    kind = "applicable_if",
    text = string.format("chỉ áp dụng khi %s = có; %s", fact, inner.text or inner.kind or "custom"),
    facts = facts,
    eval = function(f, max, ctx)
      local v = read.bool(f, fact)
      if v == NA or v == false then
        return NA, ctx.explain and fact .. " = không → không áp dụng"
      end
      return inner.eval(f, max, ctx)
    end,
  }
end

function scale.custom(spec)
  check(type(spec) == "table", _("scale.custom: expected {facts = {…}, text = \"…\", eval = function(f, max, ctx) … end}"))
  check(type(spec.eval) == "function", _("scale.custom: eval must be a function(f, max, ctx)"))
  check(type(spec.text) == "string" and spec.text ~= "", _("scale.custom: text must say in one line how it scores"))
  check(type(spec.facts) == "table", _("scale.custom: facts must list {name = …, type = …}"))
  for i, d in ipairs(spec.facts) do
    check(type(d) == "table" and is_name(d.name),
          _("scale.custom: fact %d needs a name in lower_snake_case"), i)
    check(FACT_TYPES[d.type], _("scale.custom: fact %s: type must be one of: %s; found %s"),
          d.name, table.concat(paridx.fact_types, ", "), shown(d.type))
  end
  return { kind = "custom", text = spec.text, facts = spec.facts, eval = spec.eval }
end

return scale
