-- 012_compact_score.sql — a stored unit in about a quarter of the bytes: a node that has the
-- run's usual maximum and explanation for it, and is applicable, is written in its unit's
-- array as a bare number (its count of pico-points) instead of an array of its own, and the
-- run keeps that maximum and explanation once, in run_node.  A unit's row then fits in its
-- B-tree leaf (no overflow pages), and the view `score` gives the same columns and values as
-- before, for the runs stored before this migration (every element an array) as well.
-- Applied by store.c in one transaction with PRAGMA user_version = 12.
--
-- run_node.max and run_node.explanation: the node's default for this run (store_run.c takes
--   it from the first unit stored where the node is applicable): the maximum as a REAL, the
--   same double bit for bit, and the explanation (NULL: none, as for a parent).  NULL max:
--   no default, so no element of the node is bare.
-- score_unit.nodes element i (node run_node (run, seq = i)): either the array db/010
--   describes, or a bare JSON number: the count of pico-points (3675e9 is 3.675 points) of
--   an applicable node whose maximum and explanation are run_node's.
-- The view tells the two apart by json_each's type, so a bare element is read without
-- parsing anything more.

ALTER TABLE run_node ADD COLUMN max REAL;
ALTER TABLE run_node ADD COLUMN explanation TEXT;

DROP VIEW score;
CREATE VIEW score (run, unit, node, points, max, applicable, explanation) AS
SELECT run, unit, node, points, max, applicable, explanation FROM score_legacy
UNION ALL
SELECT s.run, s.unit, n.node,
       CASE v.type WHEN 'array' THEN
           (SELECT coalesce(max(CASE key WHEN 0 THEN atom END) / 1e12,
                            max(CASE key WHEN 4 THEN atom END) * power(2, max(CASE key WHEN 5 THEN atom END)))
            FROM json_each(v.value))
       ELSE v.atom / 1e12 END,
       CASE v.type WHEN 'array' THEN
           (SELECT coalesce(max(CASE key WHEN 1 THEN atom END) / 1e12,
                            max(CASE key WHEN 6 THEN atom END) * power(2, max(CASE key WHEN 7 THEN atom END)))
            FROM json_each(v.value))
       ELSE n.max END,
       CASE v.type WHEN 'array' THEN (SELECT atom FROM json_each(v.value) WHERE key = 2) ELSE 1 END,
       CASE v.type WHEN 'array' THEN (SELECT atom FROM json_each(v.value) WHERE key = 3)
       ELSE n.explanation END
FROM score_unit AS s CROSS JOIN json_each(s.nodes) AS v
CROSS JOIN run_node AS n ON n.run = s.run AND n.seq = v.key;
