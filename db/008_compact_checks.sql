-- 008_compact_checks.sql — the fact and score tables' checks as plain comparisons, and the
-- score table without rowids.  A CHECK written `type IN ('number', …)` made SQLite build a
-- temporary lookup table for every row it inserted, updated or PRAGMA quick_check read (a
-- quarter of an import's instructions); `type = 'number' OR …` checks the same values
-- without one.  The score table, keyed by (run, unit, node), kept that key twice (its rows
-- and their primary-key index); WITHOUT ROWID keeps it once.  Same columns, keys and data.
-- Applied by store.c in one transaction with PRAGMA user_version = 8.

CREATE TABLE fact_new (
    unit      TEXT NOT NULL REFERENCES unit (code),
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type = 'number' OR type = 'bool' OR type = 'date'
                                   OR type = 'text' OR type = 'na'),
    num       REAL,
    text      TEXT,
    note      TEXT, -- ghi chú, as typed; NULL when none
    source    TEXT NOT NULL,
    import_id INTEGER REFERENCES import (id),
    at        TEXT NOT NULL,
    PRIMARY KEY (unit, year, name),
    CHECK ((type = 'number' OR type = 'bool') = (num IS NOT NULL)),
    CHECK ((type = 'date' OR type = 'text') = (text IS NOT NULL)),
    CHECK (type <> 'bool' OR num = 0 OR num = 1)
) WITHOUT ROWID;
INSERT INTO fact_new (unit, year, name, type, num, text, note, source, import_id, at)
    SELECT unit, year, name, type, num, text, note, source, import_id, at FROM fact;
DROP TABLE fact;
ALTER TABLE fact_new RENAME TO fact;
CREATE INDEX fact_import ON fact (import_id);

CREATE TABLE score_new (
    run         INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    unit        TEXT NOT NULL,
    node        TEXT NOT NULL,
    points      REAL NOT NULL,
    max         REAL NOT NULL,
    applicable  INTEGER NOT NULL CHECK (applicable = 0 OR applicable = 1),
    explanation TEXT,
    PRIMARY KEY (run, unit, node)
) WITHOUT ROWID;
INSERT INTO score_new (run, unit, node, points, max, applicable, explanation)
    SELECT run, unit, node, points, max, applicable, explanation FROM score;
DROP TABLE score;
ALTER TABLE score_new RENAME TO score;
