-- v2-data.sql — what a database of schema version 2 (before facts had a year) held: two
-- units, four facts, one import and an audit row, as `paridx import` of that version wrote
-- them.  cmd loads it after db/001 and db/002 (released migrations never change).

-- The data, as `paridx import` of schema 2 wrote it.
INSERT INTO unit VALUES ('LCH', 'Lai Châu', 'province', NULL, 'units.csv:2', '2025-12-01 08:00:00');
INSERT INTO unit VALUES ('DBN', 'Điện Biên', 'province', NULL, 'units.csv:3', '2025-12-01 08:00:00');
INSERT INTO import VALUES (1, 'facts', 'facts.csv', 'aa', 4, '2025-12-01 08:01:00');
INSERT INTO fact VALUES ('LCH', 'plan_issued', 'bool', 1, NULL, 'facts.csv:2', 1, '2025-12-01 08:01:00');
INSERT INTO fact VALUES ('LCH', 'docs_ratio', 'number', 0.85, NULL, 'facts.csv:3', 1, '2025-12-01 08:01:00');
INSERT INTO fact VALUES ('DBN', 'plan_issued', 'bool', 0, NULL, 'facts.csv:4', 1, '2025-12-01 08:01:00');
INSERT INTO fact VALUES ('DBN', 'plan_date', 'date', NULL, '2019-01-15', 'facts.csv:5', 1, '2025-12-01 08:01:00');
INSERT INTO audit VALUES (1, '2025-12-01 08:01:00', 'import', 'fact.change', 'LCH/docs_ratio', '0,8', '0,85', 'facts.csv:3', 'old.csv:3');
PRAGMA user_version = 2;
