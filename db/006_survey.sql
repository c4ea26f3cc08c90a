-- 006_survey.sql — the sociological survey: the respondents each agency lists for a group,
-- the answers the Post Office's data entry brings back (one per respondent, unit and
-- question), and their tallies, kept with the answers in the same transaction so that
-- scoring reads counts, never every answer.
-- Applied by store.c in one transaction with PRAGMA user_version = 6.

-- One person to be surveyed, as the agency's list gave them.  code is the list's mã, or
-- AGENCY-NNN (the row of the list) when it has none; the questionnaire carries it.
CREATE TABLE respondent (
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,   -- họ và tên, NFC, spaces collapsed
    name_key  TEXT NOT NULL,   -- the name folded (case, marks), for finding duplicates
    position  TEXT,            -- chức vụ
    grp       TEXT NOT NULL,   -- the survey group's code (nhóm)
    workplace TEXT,            -- cơ quan/đơn vị
    phone     TEXT,            -- digits only, 0 first
    email     TEXT,            -- lower case
    address   TEXT,
    agency    TEXT NOT NULL,   -- the agency whose list it is (import --from)
    source    TEXT NOT NULL,   -- "file:line"
    import_id INTEGER REFERENCES import (id),
    at        TEXT NOT NULL,
    PRIMARY KEY (year, code)
) WITHOUT ROWID;
CREATE INDEX respondent_agency ON respondent (year, agency);
CREATE INDEX respondent_name ON respondent (year, name_key);

-- One answer: respondent × unit assessed × question → the option ticked.
CREATE TABLE survey_answer (
    year       INTEGER NOT NULL,
    respondent TEXT NOT NULL,
    unit       TEXT NOT NULL REFERENCES unit (code),
    question   TEXT NOT NULL,
    option     TEXT NOT NULL,
    source     TEXT NOT NULL,
    import_id  INTEGER REFERENCES import (id),
    PRIMARY KEY (year, respondent, unit, question),
    FOREIGN KEY (year, respondent) REFERENCES respondent (year, code)
) WITHOUT ROWID;
CREATE INDEX survey_answer_import ON survey_answer (import_id);

-- How many answers chose each option, per unit, question and respondents' group.
CREATE TABLE survey_tally (
    year     INTEGER NOT NULL,
    unit     TEXT NOT NULL,
    question TEXT NOT NULL,
    grp      TEXT NOT NULL,
    option   TEXT NOT NULL,
    n        INTEGER NOT NULL CHECK (n > 0),
    PRIMARY KEY (year, unit, question, grp, option)
) WITHOUT ROWID;
