-- 013_fact_line.sql — a fact or survey answer read from a file keeps its import and its line
-- instead of the text "file:line" and the import's time: the import's row holds the file
-- (import.file) and the time (import.at) once.  The text "file:line" was unique on every row
-- and the time the same on every row of an import: about 55 of a fact's 127 bytes, written
-- twice (the WAL, then the checkpoint).  A row that no line of its import gave (a fact saved
-- from the REPL, written by a command, or carried over from an older database in another
-- form) keeps its source, and its time, as text.  The views fact_origin and
-- survey_answer_origin give every row with its source and time as before — the one place
-- where they are put together: the columns of the tables they replace, in their order.
-- Applied by store.c in one transaction with PRAGMA user_version = 13.
--
-- fact.line, survey_answer.line: the line of the import's file the row came from (its
--   source is import.file || ':' || line); NULL when source holds the text.  A row has
--   one of the two, never both (CHECK); a line is written only with its import_id.
-- fact.at: when the fact was stored, NULL when it is its import's time (import.at); a fact
--   of no import has its time (CHECK).  The checks are plain comparisons (see db/008): a
--   longer one cost 180 instructions a row of every import.
-- An older row becomes line n only when its source is exactly import.file || ':' || n, and
-- loses its time only when it equals its import's: nothing is lost.

CREATE TABLE fact_new (
    unit      TEXT NOT NULL REFERENCES unit (code),
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type = 'number' OR type = 'bool' OR type = 'date'
                                   OR type = 'text' OR type = 'na'),
    num       REAL,
    text      TEXT,
    note      TEXT, -- ghi chú, as typed; NULL when none
    import_id INTEGER REFERENCES import (id),
    line      INTEGER,
    source    TEXT, -- "repl: kịch bản chính", or any source that is not a line of its import
    at        TEXT,
    PRIMARY KEY (unit, year, name),
    CHECK ((type = 'number' OR type = 'bool') = (num IS NOT NULL)),
    CHECK ((type = 'date' OR type = 'text') = (text IS NOT NULL)),
    CHECK (type <> 'bool' OR num = 0 OR num = 1),
    CHECK ((line IS NULL) <> (source IS NULL)),
    CHECK (at IS NOT NULL OR import_id IS NOT NULL)
) WITHOUT ROWID;
INSERT INTO fact_new (unit, year, name, type, num, text, note, import_id, line, source, at)
    SELECT unit, year, name, type, num, text, note, import_id, line,
           CASE WHEN line IS NULL THEN source END, CASE WHEN at IS NOT import_at THEN at END
    FROM (SELECT f.*, i.at AS import_at,
                 CASE WHEN f.source = i.file || ':' || CAST(substr(f.source, length(i.file) + 2) AS INTEGER)
                       AND CAST(substr(f.source, length(i.file) + 2) AS INTEGER) > 0
                      THEN CAST(substr(f.source, length(i.file) + 2) AS INTEGER) END AS line
          FROM fact AS f LEFT JOIN import AS i ON i.id = f.import_id);
DROP TABLE fact;
ALTER TABLE fact_new RENAME TO fact;

CREATE TABLE survey_answer_new (
    year       INTEGER NOT NULL,
    respondent TEXT NOT NULL,
    unit       TEXT NOT NULL REFERENCES unit (code),
    question   TEXT NOT NULL,
    option     TEXT NOT NULL,
    import_id  INTEGER REFERENCES import (id),
    line       INTEGER,
    source     TEXT, -- any source that is not a line of its import
    PRIMARY KEY (year, respondent, unit, question),
    FOREIGN KEY (year, respondent) REFERENCES respondent (year, code),
    CHECK ((line IS NULL) <> (source IS NULL))
) WITHOUT ROWID;
INSERT INTO survey_answer_new (year, respondent, unit, question, option, import_id, line, source)
    SELECT year, respondent, unit, question, option, import_id, line,
           CASE WHEN line IS NULL THEN source END
    FROM (SELECT a.*,
                 CASE WHEN a.source = i.file || ':' || CAST(substr(a.source, length(i.file) + 2) AS INTEGER)
                       AND CAST(substr(a.source, length(i.file) + 2) AS INTEGER) > 0
                      THEN CAST(substr(a.source, length(i.file) + 2) AS INTEGER) END AS line
          FROM survey_answer AS a LEFT JOIN import AS i ON i.id = a.import_id);
DROP TABLE survey_answer;
ALTER TABLE survey_answer_new RENAME TO survey_answer;

-- Every fact with its source and time, as the table fact gave them before this migration.
CREATE VIEW fact_origin (unit, year, name, type, num, text, note, source, import_id, at) AS
SELECT f.unit, f.year, f.name, f.type, f.num, f.text, f.note,
       coalesce(f.source, i.file || ':' || f.line), f.import_id, coalesce(f.at, i.at)
FROM fact AS f LEFT JOIN import AS i ON i.id = f.import_id;

-- Every answer with its source, as the table survey_answer gave it before this migration.
CREATE VIEW survey_answer_origin (year, respondent, unit, question, option, source, import_id) AS
SELECT a.year, a.respondent, a.unit, a.question, a.option,
       coalesce(a.source, i.file || ':' || a.line), a.import_id
FROM survey_answer AS a LEFT JOIN import AS i ON i.id = a.import_id;
