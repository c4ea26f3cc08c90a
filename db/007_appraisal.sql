-- 007_appraisal.sql — the appraisal council's rounds beside the self-assessment: per unit, year
-- and sub-criterion the points and reason of round 1 and round 2 and the unit's explanation
-- (giải trình) between them; a unit's results closed after the final round; each run records
-- whether it scored the self-assessment or the final (appraised) points.
-- Applied by store.c in one transaction with PRAGMA user_version = 7.  Every change of these
-- tables is also written to the audit log (actions appraisal.round1, appraisal.round2,
-- appraisal.explanation, unit.close; fact.change.forced for a fact changed past a lock).

-- One row per unit, year, node and round (1 or 2); a round set again replaces its row.
CREATE TABLE appraisal (
    unit   TEXT NOT NULL REFERENCES unit (code),
    year   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    node   TEXT NOT NULL,
    round  INTEGER NOT NULL CHECK (round IN (1, 2)),
    points REAL NOT NULL CHECK (points >= 0),
    reason TEXT NOT NULL,
    actor  TEXT NOT NULL,
    source TEXT NOT NULL, -- "appraisals.csv:4", or "paridx appraise"
    at     TEXT NOT NULL,
    PRIMARY KEY (unit, year, node, round)
) WITHOUT ROWID;

-- The unit's explanation (giải trình) of a node after round 1.
CREATE TABLE appraisal_explanation (
    unit   TEXT NOT NULL REFERENCES unit (code),
    year   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    node   TEXT NOT NULL,
    text   TEXT NOT NULL,
    actor  TEXT NOT NULL,
    source TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (unit, year, node)
) WITHOUT ROWID;

-- A unit whose results of a year were closed after the final round: its facts and
-- appraisals of that year change only with --force (and the audit log says so).
CREATE TABLE unit_closed (
    unit   TEXT NOT NULL REFERENCES unit (code),
    year   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    actor  TEXT NOT NULL,
    source TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (unit, year)
) WITHOUT ROWID;

-- 'self': the self-assessment as the facts give it; 'final': with the latest appraisal of
-- each sub-criterion in its place.  Runs stored before this migration scored the facts only.
ALTER TABLE run ADD COLUMN stage TEXT NOT NULL DEFAULT 'self' CHECK (stage IN ('self', 'final'));
