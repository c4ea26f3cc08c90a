-- 011_drop_survey_answer_import.sql — the survey's answers without their index on import_id.
-- Nothing reads answers by their import any more (the tallies are counted while an import
-- reads its file, and an answer given twice is found by the answer's own key), and imports
-- are never deleted, so the foreign key from an answer to its import never searches answers;
-- keeping the index up to date was a second B-tree insert for every answer imported.
-- Applied by store.c in one transaction with PRAGMA user_version = 11.

DROP INDEX survey_answer_import;
