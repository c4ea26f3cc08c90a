-- 001_init.sql — the first paridx schema: units and agencies, facts with where and when each
-- came from, the imports that brought them, runs and their scores, and the audit log.
-- Applied by store.c in one transaction with PRAGMA user_version = 1.
-- Times are UTC text "YYYY-MM-DD HH:MM:SS"; sources are "file:line" (or a session name).

-- Marks the file as ours: store_open refuses a non-empty database without this row.
CREATE TABLE paridx_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO paridx_meta (key, value) VALUES ('application', 'paridx');

-- Units being assessed (province, department, district, commune), in a tree.
CREATE TABLE unit (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    parent TEXT REFERENCES unit (code),
    source TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE INDEX unit_parent ON unit (parent);

-- Lead and coordinating agencies (cơ quan chủ trì / phối hợp).
CREATE TABLE agency (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    source TEXT NOT NULL,
    at     TEXT NOT NULL
);

-- One row per imported file; kind is "units", "agencies", "facts" (more kinds will come).
CREATE TABLE import (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    file   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows   INTEGER NOT NULL,
    at     TEXT NOT NULL
);

-- The inputs scales read, typed: num holds number and bool (1/0), text holds date
-- (yyyy-mm-dd) and text, "na" (không áp dụng) holds neither.
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

-- One row per scoring of a rule file; its scores below.
CREATE TABLE run (
    id           INTEGER PRIMARY KEY,
    rules_file   TEXT NOT NULL,
    rules_sha256 TEXT NOT NULL,
    year         INTEGER NOT NULL,
    as_of        TEXT,
    at           TEXT NOT NULL
);

-- Points of every node for every unit, at full precision (rounded only for display).
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

-- Every change of stored data: who (actor), what (action, subject "LCH/plan_issued"),
-- old and new values as users read them, and where each came from.
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
