-- 003_fact_year.sql — every fact belongs to an assessment year (one database holds 2019 and
-- 2020 side by side) and keeps the note (ghi chú) typed with it; the audit log records both.
-- Applied by store.c in one transaction with PRAGMA user_version = 3.  The facts of an older
-- database take the year in temp.migrate_year, which store.c fills from `paridx migrate
-- --year Y` (NULL otherwise: store.c refuses such a database while it holds facts).

CREATE TABLE fact_new (
    unit      TEXT NOT NULL REFERENCES unit (code),
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type IN ('number', 'bool', 'date', 'text', 'na')),
    num       REAL,
    text      TEXT,
    note      TEXT, -- ghi chú, as typed; NULL when none
    source    TEXT NOT NULL,
    import_id INTEGER REFERENCES import (id),
    at        TEXT NOT NULL,
    PRIMARY KEY (unit, year, name),
    CHECK ((type IN ('number', 'bool')) = (num IS NOT NULL)),
    CHECK ((type IN ('date', 'text')) = (text IS NOT NULL)),
    CHECK (type <> 'bool' OR num IN (0, 1))
) WITHOUT ROWID;
INSERT INTO fact_new (unit, year, name, type, num, text, note, source, import_id, at)
    SELECT unit, (SELECT year FROM temp.migrate_year), name, type, num, text, NULL, source,
           import_id, at
    FROM fact;
DROP TABLE fact;
ALTER TABLE fact_new RENAME TO fact;
CREATE INDEX fact_import ON fact (import_id);

-- A fact's change names its year; old and new notes beside old and new values.
ALTER TABLE audit ADD COLUMN year INTEGER;
ALTER TABLE audit ADD COLUMN old_note TEXT;
ALTER TABLE audit ADD COLUMN new_note TEXT;
UPDATE audit SET year = (SELECT year FROM temp.migrate_year) WHERE action = 'fact.change';
