-- tests/lua/i18n.lua — paridx._ and paridx.ngettext as rule scripts see them, in the default
-- language (the tests run with LANGUAGE empty: English, the message itself); the Vietnamese
-- side is the golden case vi-scale-data-error.
assert(paridx._("dữ kiện %s: expected có/không, found %s") == "dữ kiện %s: expected có/không, found %s")
assert(paridx._("a message no catalogue holds") == "a message no catalogue holds")
assert(paridx._("") == "", "the empty message stays empty (not the catalogue's header)")
assert(paridx.ngettext("%d unit", "%d units", 1) == "%d unit")
assert(paridx.ngettext("%d unit", "%d units", 0) == "%d units")
assert(paridx.ngettext("%d unit", "%d units", 2.0) == "%d units", "a whole float counts")
assert(paridx.ngettext("", "", 3) == "")
assert(not pcall(paridx.ngettext, "%d unit", "%d units", -1), "a negative count is refused")
assert(not pcall(paridx.ngettext, "%d unit", "%d units", 1.5), "a fractional count is refused")
assert(not pcall(paridx._, nil), "the message must be a string")
-- The sandbox stays closed: only lookups, no way to change the language or the domain.
assert(paridx.textdomain == nil and paridx.bindtextdomain == nil)
assert(os == nil or os.setlocale == nil)
