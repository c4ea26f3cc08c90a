-- 010_score_per_unit.sql — a stored run keeps one row per unit instead of one per node: the
-- run's nodes once (run_node), and per unit a JSON array with each node's points, maximum,
-- applicable flag and explanation (score_unit).  The view `score` gives the same columns and
-- values as the table it replaces, one row per run, unit and node, so every reader of stored
-- scores reads them as before; the runs stored before this migration keep their rows, in
-- score_legacy.
-- Applied by store.c in one transaction with PRAGMA user_version = 10.
--
-- score_unit.nodes: element i is the node run_node (run, seq = i), itself an array
--   [points, max, applicable, explanation, points_m, points_e, max_m, max_e].  Points and
--   max are JSON numbers holding whole counts of pico-points (10^-12 point; trailing zeros
--   written as an exponent: 3675e9 is 3.675 points), the value being that count divided by
--   1e12 — the division results.c computes it with, so that the double read back is the
--   double stored, bit for bit.  A value off that grid is null there and given as the two
--   integers m and e of m × 2^e in slots 4–5 (points) or 6–7 (max), which m * power(2, e)
--   gives back exactly.  Trailing null slots are left out (a parent has no explanation).
--   (−0 reads back as 0, as a REAL column gives it.)  No CHECK parses the JSON: PRAGMA
--   quick_check, run before every process's first write, would parse every stored run again.
-- The view reads the JSON with json_each only: SQLite 3.40's json_extract and json_type may
-- not be used in a view by a connection that does not trust the schema (paridx's does not).
-- CROSS JOIN keeps the join order: each unit's array is parsed once, and each node's name
-- found by its key (the other order parses the array once per node).

ALTER TABLE score RENAME TO score_legacy;

-- The nodes of a run (the tree's, then its bonus and penalty items), in the order each
-- unit's array lists them.
CREATE TABLE run_node (
    run  INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq  INTEGER NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (run, seq)
) WITHOUT ROWID;

-- Every scored unit of a run (not those with a data error or no data).
CREATE TABLE score_unit (
    run   INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    unit  TEXT NOT NULL,
    nodes TEXT NOT NULL,
    PRIMARY KEY (run, unit)
) WITHOUT ROWID;

CREATE VIEW score (run, unit, node, points, max, applicable, explanation) AS
SELECT run, unit, node, points, max, applicable, explanation FROM score_legacy
UNION ALL
SELECT s.run, s.unit, n.node,
       (SELECT coalesce(max(CASE key WHEN 0 THEN atom END) / 1e12,
                        max(CASE key WHEN 4 THEN atom END) * power(2, max(CASE key WHEN 5 THEN atom END)))
        FROM json_each(v.value)),
       (SELECT coalesce(max(CASE key WHEN 1 THEN atom END) / 1e12,
                        max(CASE key WHEN 6 THEN atom END) * power(2, max(CASE key WHEN 7 THEN atom END)))
        FROM json_each(v.value)),
       (SELECT atom FROM json_each(v.value) WHERE key = 2),
       (SELECT atom FROM json_each(v.value) WHERE key = 3)
FROM score_unit AS s CROSS JOIN json_each(s.nodes) AS v
CROSS JOIN run_node AS n ON n.run = s.run AND n.seq = v.key;
