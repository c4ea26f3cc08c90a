# survey-setup.sh — sourced by the survey golden cases (tests/cli/survey-*/cmd), where
# `paridx` and `paridx_setup` are the runner's functions.  survey_db DB [lists] fills DB with
# tests/rules/survey.lua's data (through paridx_setup: the set-up, not the subject): units,
# agencies, facts, the three respondent lists and (unless "lists") the answers.
survey_db() {
    sd=tests/rules/survey-data
    paridx_setup import --db "$1" units $sd/units.csv >/dev/null &&
        paridx_setup import --db "$1" agencies $sd/agencies.csv >/dev/null &&
        paridx_setup import tests/rules/survey.lua --db "$1" facts $sd/facts.csv >/dev/null ||
        return
    for a in VPHDND SNV STP; do
        paridx_setup import tests/rules/survey.lua --db "$1" respondents \
            $sd/survey/respondents-$a.csv --from $a >/dev/null || return
    done
    [ "$2" = lists ] ||
        paridx_setup import tests/rules/survey.lua --db "$1" answers $sd/survey/answers.csv \
            >/dev/null
}

# survey_counts DB: how many respondents, answers, tallies and imports DB holds.
survey_counts() {
    cat >"$TMP/counts.lua" <<'LUA'
local function n(t) return paridx.db.query("SELECT count(*) AS n FROM " .. t)[1].n end
print("respondents " .. n("respondent") .. ", answers " .. n("survey_answer") ..
      ", tallies " .. n("survey_tally") .. ", imports " .. n("import"))
LUA
    paridx script "$TMP/counts.lua" --db "$1"
}
