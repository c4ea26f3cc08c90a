-- 004_submission.sql — submissions: that an agency delivered a deadline's task of the plan
-- (the deadline's code in the rule file of the year), when it was received, the number and
-- date of the document it sent, and a note.  One row per year, deadline and agency; a change
-- is written to the audit log (action 'submission.change').  Applied by store.c in one
-- transaction with PRAGMA user_version = 4.

CREATE TABLE submission (
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    deadline  TEXT NOT NULL,          -- the deadline's code, "TDG"
    agency    TEXT NOT NULL,          -- the agency that delivered, "STP"
    received  TEXT NOT NULL CHECK (received GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    doc       TEXT,                   -- số văn bản, "125/BC-STP"
    doc_date  TEXT CHECK (doc_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note      TEXT,
    source    TEXT NOT NULL,          -- "paridx submit", or "file.csv:12"
    import_id INTEGER REFERENCES import (id),
    at        TEXT NOT NULL,
    PRIMARY KEY (year, deadline, agency)
) WITHOUT ROWID;
