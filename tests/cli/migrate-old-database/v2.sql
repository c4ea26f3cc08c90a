-- v2.sql — a database written by paridx before facts had a year (schema version 2: db/001 and
-- db/002 as they were), holding two units, four facts, one import and an audit row.
-- Loaded with sqlite3 by cmd.

CREATE TABLE paridx_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO paridx_meta (key, value) VALUES ('application', 'paridx');

CREATE TABLE unit (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    parent TEXT REFERENCES unit (code),
    source TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX unit_parent ON unit (parent);

CREATE TABLE agency (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    source TEXT NOT NULL,
    at     TEXT NOT NULL
);

CREATE TABLE import (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    file   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows   INTEGER NOT NULL,
    at     TEXT NOT NULL
);

CREATE TABLE fact (
    unit      TEXT NOT NULL REFERENCES unit (code),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type IN ('number', 'bool', 'date', 'text', 'na')),
    num       REAL,
    text      TEXT,
    source    TEXT NOT NULL,
    import_id INTEGER REFERENCES import (id),
    at        TEXT NOT NULL,
    PRIMARY KEY (unit, name),
    CHECK ((type IN ('number', 'bool')) = (num IS NOT NULL)),
    CHECK ((type IN ('date', 'text')) = (text IS NOT NULL)),
    CHECK (type <> 'bool' OR num IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX fact_import ON fact (import_id);

CREATE TABLE run (
    id           INTEGER PRIMARY KEY,
    rules_file   TEXT NOT NULL,
    rules_sha256 TEXT NOT NULL,
    year         INTEGER NOT NULL,
    as_of        TEXT,
    at           TEXT NOT NULL
);

CREATE TABLE score (
    run         INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    unit        TEXT NOT NULL,
    node        TEXT NOT NULL,
    points      REAL NOT NULL,
    max         REAL NOT NULL,
    applicable  INTEGER NOT NULL CHECK (applicable IN (0, 1)),
    explanation TEXT,
    PRIMARY KEY (run, unit, node)
);

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    old        TEXT,
    new        TEXT,
    source     TEXT,
    old_source TEXT
);
CREATE INDEX audit_subject ON audit (subject);

ALTER TABLE run ADD COLUMN data_as_of_import INTEGER REFERENCES import (id);

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
