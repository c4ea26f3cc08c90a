-- 009_drop_fact_import.sql — the fact table without its index on import_id.  No statement
-- reads facts by their import (an import's repeats are found by the fact's own key, and
-- imports are never deleted, so the foreign key from fact to import never searches facts);
-- keeping the index up to date was a fifth of the instructions of an import of facts.
-- Applied by store.c in one transaction with PRAGMA user_version = 9.

DROP INDEX fact_import;
