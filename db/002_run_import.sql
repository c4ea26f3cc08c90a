-- 002_run_import.sql — a run records the last import its data snapshot saw, so that a run
-- scored while an import was committing says which data it scored.
-- Applied by store.c in one transaction with PRAGMA user_version = 2.

-- NULL when the database had no import yet (or for runs stored before this migration).
ALTER TABLE run ADD COLUMN data_as_of_import INTEGER REFERENCES import (id);
