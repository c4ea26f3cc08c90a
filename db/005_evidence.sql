-- 005_evidence.sql — the evidence register (tài liệu kiểm chứng) of each assessment year: the
-- documents a unit offers for its sub-criteria (number, type, issuer, date, title, where the
-- file is — paridx does not keep the file) and the explanations (giải trình) recorded for a
-- sub-criterion that has no document.  Every change is written to the audit log.
-- Applied by store.c in one transaction with PRAGMA user_version = 5.

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    unit        TEXT NOT NULL REFERENCES unit (code),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    number      TEXT,    -- số hiệu as typed (NFC): 2756/KH-UBND; NULL for an explanation
    type        TEXT,    -- declared type: QĐ, KH, BC, CV, TB, TTr, NQ …
    issuer      TEXT,    -- cơ quan ban hành, as typed: UBND, SNV, BNV
    issued      TEXT,    -- ngày ban hành, yyyy-mm-dd
    title       TEXT,    -- trích yếu
    location    TEXT,    -- where the file is: a path or a link
    explanation TEXT,    -- giải trình, for a sub-criterion without a document
    source      TEXT NOT NULL,
    import_id   INTEGER REFERENCES import (id),
    at          TEXT NOT NULL,
    CHECK (number IS NOT NULL OR explanation IS NOT NULL),
    CHECK (number IS NULL OR (type IS NOT NULL AND issued IS NOT NULL))
);
CREATE UNIQUE INDEX evidence_document ON evidence (unit, year, number) WHERE number IS NOT NULL;
CREATE INDEX evidence_unit_year ON evidence (unit, year);

-- The sub-criteria (node codes) each document or explanation supports.
CREATE TABLE evidence_node (
    evidence INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    node     TEXT NOT NULL,
    PRIMARY KEY (evidence, node)
) WITHOUT ROWID;
