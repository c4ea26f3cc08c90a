-- v12-data.sql — what a database of schema version 12 held, as paridx of that version wrote
-- it: facts and survey answers that name their source as text ("file:line") and their time
-- on every row, and some whose source is not a line of their import (a scenario saved from
-- the REPL, a fact written by hand, a line number that is not one, another file).  cmd loads
-- it after db/001…012 (released migrations never change).

INSERT INTO unit VALUES ('LCH', 'Lai Châu', 'province', NULL, 'units.csv:2', '2025-12-01 08:00:00');
INSERT INTO unit VALUES ('DBN', 'Điện Biên', 'province', NULL, 'units.csv:3', '2025-12-01 08:00:00');
INSERT INTO import (id, kind, file, sha256, rows, at) VALUES
    (1, 'facts', 'facts.csv', 'aa', 7, '2025-12-01 08:01:00'),
    (2, 'facts', 'repl: kịch bản chính', 'bb', 1, '2025-12-02 09:00:00'),
    (3, 'respondents', 'list.csv', 'cc', 1, '2025-12-03 10:00:00'),
    (4, 'answers', 'answers.csv', 'dd', 2, '2025-12-03 11:00:00');
INSERT INTO fact (unit, year, name, type, num, text, note, source, import_id, at) VALUES
    -- a line of its import, at its import's time: the line alone
    ('LCH', 2019, 'plan_issued', 'bool', 1, NULL, NULL, 'facts.csv:2', 1, '2025-12-01 08:01:00'),
    -- a line of its import at another time: the line, and the time kept
    ('LCH', 2019, 'docs_ratio', 'number', 0.85, NULL, 'ước tính', 'facts.csv:3', 1, '2025-12-01 08:05:00'),
    -- not exactly "file:n" (a leading zero, line 0, not a number, another file): kept as text
    ('LCH', 2019, 'plan_date', 'date', NULL, '2019-01-15', NULL, 'facts.csv:05', 1, '2025-12-01 08:01:00'),
    ('LCH', 2020, 'plan_issued', 'bool', 0, NULL, NULL, 'facts.csv:0', 1, '2025-12-01 08:01:00'),
    ('LCH', 2020, 'docs_ratio', 'na', NULL, NULL, NULL, 'facts.csv:7x', 1, '2025-12-01 08:01:00'),
    ('DBN', 2019, 'docs_ratio', 'number', 0.5, NULL, NULL, 'other.csv:4', 1, '2025-12-01 08:01:00'),
    -- a scenario saved from the REPL (its own import), and a fact of no import
    ('DBN', 2019, 'plan_issued', 'bool', 0, NULL, NULL, 'repl: kịch bản chính', 2, '2025-12-02 09:00:00'),
    ('DBN', 2019, 'plan_date', 'date', NULL, '2019-02-01', NULL, 'paridx set', NULL, '2025-11-30 07:00:00');
INSERT INTO respondent (year, code, name, name_key, grp, agency, source, import_id, at) VALUES
    (2019, 'R1', 'Nguyễn Văn A', 'nguyen van a', 'g1', 'STP', 'list.csv:2', 3, '2025-12-03 10:00:00');
INSERT INTO survey_answer (year, respondent, unit, question, option, source, import_id) VALUES
    (2019, 'R1', 'LCH', 'Q1', 'A', 'answers.csv:2', 4),
    (2019, 'R1', 'LCH', 'Q2', 'B', 'answers.csv:2x', 4),
    (2019, 'R1', 'DBN', 'Q1', 'A', 'nhập tay', NULL);
PRAGMA user_version = 12;
